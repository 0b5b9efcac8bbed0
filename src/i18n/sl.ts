/** Slovenian (slovenščina). */
import type { Messages } from './messages';

export function sl(): Messages {
  return {
    languageName: 'Slovenščina',
    currency: '€',
    units: { hours: 'h', minutes: 'min' },
    tabs: {
      metrics: 'Mesečni kazalniki',
      volume: 'Število zahtevkov',
      formulas: 'Formule in definicije',
      team: 'Ekipa',
      weekly: 'Tedensko',
      sla: 'SLA po prioriteti',
      tickets: 'Zahtevki',
    },
    weekly: {
      title: 'Tedenski pregled {year}',
      intro:
        'Zadnjih 13 tednov (od ponedeljka do nedelje) iz zavihka Zahtevki. Časi prvega odziva so po tednu nastanka zahtevka, CSAT po tednu rešitve; zaostanek so zahtevki, nerešeni ob koncu tedna. Tedni sledijo današnjemu dnevu; v rumeno celico vpišite ponedeljek, da jih zadržite.',
      noExtract: 'Tedni potrebujejo zavihek Zahtevki: izvlečki iz BigQuery imajo le mesece.',
      latest: 'Zadnji teden se začne',
      week: 'Teden',
      columns: {
        start: 'Začetek',
        created: 'Novi zahtevki',
        solved: 'Rešeni zahtevki',
        frt: 'Povprečni čas prvega odziva (h)',
        frt_median: 'Mediana časa prvega odziva (h)',
        csat: 'CSAT (% dobrih)',
        backlog: 'Nerešeni ob koncu tedna',
      },
      dateFormat: 'd. mmm yyyy',
    },
    sla: {
      title: 'SLA po prioriteti {year}',
      intro:
        'Zahtevki, katerih prvi odgovor in rešitev sta dosegla cilja njihove prioritete: prvi odgovori po mesecu, ko je bil zahtevek ustvarjen, rešitve po mesecu, ko je bil rešen, tako kot zavihek 1 šteje njihove čase. V rumene celice vpišite cilje vsake prioritete v urah.',
      noExtract:
        'SLA po prioriteti potrebuje zavihek Zahtevki: izvlečki BigQuery nimajo prioritet.',
      fromDesk:
        'Kjer ima zahtevek lastno stanje SLA iz sistema za pomoč (stolpca First reply SLA met in Resolution SLA met na zavihku Zahtevki), se šteje to stanje; drugi zahtevki se štejejo po času glede na cilj.',
      fromTimes:
        'Čas vsakega zahtevka se primerja s ciljem njegove prioritete: zavihek Zahtevki nima stanja SLA iz sistema za pomoč.',
      month: 'Mesec',
      priority: 'Prioriteta',
      targets: { frt: 'Cilj prvega odgovora (h)', res: 'Cilj rešitve (h)' },
      columns: {
        frt_n: 'Prvi odgovori',
        frt_met: 'Prvi odgovori v cilju',
        frt_pct: 'SLA prvega odgovora dosežen (%)',
        res_n: 'Rešitve',
        res_met: 'Rešitve v cilju',
        res_pct: 'SLA rešitve dosežen (%)',
      },
      other: 'Druge prioritete',
      none: 'Brez prioritete',
      all: 'Vsi zahtevki',
      defaults:
        'Nova prioriteta začne s temi cilji (prvi odgovor, rešitev): nujna ali kritična 1 h in 4 h, visoka 4 h in 24 h, običajna ali srednja 8 h in 72 h, nizka 24 h in 120 h, katera koli druga 8 h in 72 h. Cilj, ki ni število, je označen, njegova vrstica in Vsi zahtevki pa ostanejo prazni.',
    },
    backlog: {
      heading: 'Zaostanek po starosti ob koncu meseca',
      at: 'Šteto ob',
      ages: {
        lt1: 'Manj kot 1 dan',
        d1: '1 do 3 dni',
        d3: '3 do 7 dni',
        d7: '7 do 30 dni',
        d30: '30 dni ali več',
      },
      total: 'Nerešeni zahtevki',
      oldest: 'Najstarejši nerešeni (dni)',
      note: 'Zahtevki, nerešeni ob koncu vsakega meseca (za tekoči mesec zdaj), po tem, kako dolgo so bili odprti; iz zavihka Zahtevki. 1 do 3 dni vključuje 1 dan, 3 pa ne.',
    },
    report: {
      title: 'Poročilo o podpori strankam {year}',
      intro:
        'Mesečne številke vpišite v rumene celice bloka Vnosi; blok Kazalniki se izračuna sam. Cilje določite sami: zeleno pomeni dosežen cilj, rdeče nedosežen.',
      metric: 'Kazalnik',
      inputs: 'Vnosi',
      metrics: 'Kazalniki',
      target: 'Cilj',
      goodWhen: 'Dobro, ko',
      ytd: 'Od začetka leta',
      volumeTitle: 'Število zahtevkov {year}',
      volumeIntro:
        'Zahtevki po kategorijah in kanalih za vsak mesec. Grafa pokažeta rastoče kategorije in nenadne skoke.',
      byCategory: 'Zahtevki po kategorijah',
      byChannel: 'Zahtevki po kanalih',
      total: 'Skupaj',
      share: 'Delež',
      difference: 'Razlika od novih zahtevkov (Mesečni kazalniki)',
      formulasTitle: 'Formule in definicije',
      formulasIntro:
        'Vsi kazalniki z definicijo in formulo. Za izračun spremenite rumene celice; na začetku vsebujejo zglede iz vodnikov.',
      definition: 'Definicija',
      formula: 'Formula',
      source: 'Vir',
      result: 'Rezultat',
      customFunction: 'Funkcija po meri',
      noFunction: 'Spremljano na zavihku Mesečni kazalniki',
      protectedWarning: 'Izračuna Support Metrics. Spremenite vnose ali znova ustvarite poročilo.',
      validationCount: 'Vpišite celo število, 0 ali več.',
      validationAmount: 'Vpišite število, 0 ali več.',
      validationNumber: 'Vpišite število.',
      confidence: 'Stopnja zaupanja za vrstice sprememb',
      change: 'Sprememba glede na prejšnji mesec',
      margin: 'Statistična napaka (±)',
      changePoints: 'Sprememba (v točkah)',
      changeNote:
        'Kako brati spremembe: sprememba je obarvana le, če je večja od svoje statistične napake pri zgornji stopnji zaupanja (zeleno navzgor, rdeče navzdol). Neobarvana sprememba je lahko naključje; manj odgovorov pomeni širšo mejo. Stolpec od začetka leta primerja s poročilom prejšnjega obdobja.',
      pValue: 'Vrednost p (verjetnost takšne spremembe zgolj po naključju)',
      verdict: 'Ocena',
      verdictReal: 'Resnična: sprememba je večja od naključnih nihanj',
      verdictNoise: 'Lahko je naključje: sprememba je znotraj statistične napake',
      calculatorBelow: 'Kalkulator spodaj',
      fromTickets: '(iz zavihka Zahtevki)',
      fromSheet: '(iz zavihka {sheet})',
      timeStatistics: {
        frt: { median: 'Prvi odzivni čas, mediana', p90: 'Prvi odzivni čas, 90. percentil' },
        resolution_time: { median: 'Čas reševanja, mediana', p90: 'Čas reševanja, 90. percentil' },
      },
      monthsCounted: 'Upoštevani meseci',
      staleTickets: 'Novi zahtevki: posodobite poročilo',
      input: 'Parameter {n}',
      value: 'Vrednost',
    },
    team: {
      title: 'Ekipa {period}',
      intro:
        'Vsak agent in vsaka skupina po zahtevkih, ki so jih rešili v izbranem mesecu in od začetka leta. Mesec in ciljni čas prvega odziva izberite v rumenih celicah. Definicije so na zavihku Formule in definicije.',
      month: 'Mesec',
      target: 'Ciljni čas prvega odziva (h)',
      agents: 'Agenti',
      groups: 'Skupine',
      chosenMonth: 'Izbrani mesec',
      others: 'Drugi (in nedodeljeni)',
      all: 'Vsi rešeni zahtevki',
      chart: 'Rešeni zahtevki po agentih (izbrani mesec)',
      validationMonth: 'Izberite mesec poročila.',
      extractTarget:
        'Izvleček je štel prve odzive v {hours} h: tukaj vpišite ta cilj ali znova kopirajte poizvedbo »Po agentih in skupinah« s svojim ciljem.',
      definitions: 'Zavihek Ekipa',
      columns: {
        solved: {
          name: 'Rešeni zahtevki',
          definition:
            'Zahtevki, ki jih je ta agent ali skupina rešila v obdobju. Vsi drugi stolpci so izračunani iz teh zahtevkov.',
          formula: 'Zahtevki, katerih čas rešitve je v obdobju',
        },
        frt: {
          name: 'Povprečni čas prvega odziva (h)',
          definition:
            'Povprečni čas od nastanka zahtevka do prvega odgovora, na rešenih zahtevkih, ki ga imajo (v delovnem času, če je tako izbrano ob uvozu).',
          formula: 'Vsota časov prvega odziva / zahtevki s časom prvega odziva',
        },
        frt_median: {
          name: 'Mediana časa prvega odziva (h)',
          definition:
            'Srednji čas prvega odziva rešenih zahtevkov, ki ga imajo: polovica je dobila odgovor prej, polovica pozneje. Tega prikazujeta Zendesk in Intercom; nekaj počasnih zahtevkov premakne povprečje, mediane ne. Prazno, ko zavihek Ekipa bere izvleček iz BigQuery (njegove vsote median nimajo).',
          formula: 'Mediana časov prvega odziva (pri sodem številu povprečje srednjih dveh)',
        },
        frt_p90: {
          name: '90. percentil časa prvega odziva (h)',
          definition:
            'Devet od desetih rešenih zahtevkov s prvim odgovorom je dobilo odgovor v tem času; najpočasnejša desetina je čakala dlje. Pokaže čakanja, ki jih povprečje in mediana skrijeta. Prazno, ko zavihek Ekipa bere izvleček iz BigQuery (njegove vsote percentilov nimajo).',
          formula:
            '90. percentil časov prvega odziva (PERCENTILE z 0,9: med dvema najbližjima časoma, če pade mednju)',
        },
        resolution: {
          name: 'Povprečni čas reševanja (h)',
          definition:
            'Povprečni čas od nastanka zahtevka do rešitve (v delovnem času, če je tako izbrano ob uvozu).',
          formula: 'Vsota časov reševanja / zahtevki s časom reševanja',
        },
        resolution_median: {
          name: 'Mediana časa reševanja (h)',
          definition:
            'Srednji čas reševanja rešenih zahtevkov: polovica je bila rešena prej, polovica pozneje. Prazno, ko zavihek Ekipa bere izvleček iz BigQuery (njegove vsote median nimajo).',
          formula: 'Mediana časov reševanja (pri sodem številu povprečje srednjih dveh)',
        },
        resolution_p90: {
          name: '90. percentil časa reševanja (h)',
          definition:
            'Devet od desetih rešenih zahtevkov je bilo rešenih v tem času; najpočasnejša desetina je trajala dlje. Prazno, ko zavihek Ekipa bere izvleček iz BigQuery (njegove vsote percentilov nimajo).',
          formula:
            '90. percentil časov reševanja (PERCENTILE z 0,9: med dvema najbližjima časoma, če pade mednju)',
        },
        within: {
          name: 'Prvi odzivi v ciljnem času (%)',
          definition:
            'Delež rešenih zahtevkov s prvim odgovorom, pri katerih je prvi odgovor prišel v ciljnem času, ki je določen na vrhu zavihka Ekipa.',
          formula: 'Zahtevki s časom prvega odziva ≤ cilj / zahtevki s časom prvega odziva × 100',
          of: 'S prvim odgovorom',
        },
        csat: {
          name: 'CSAT (% dobrih)',
          definition:
            'Delež ocen Dobro med rešenimi zahtevki z oceno Dobro ali Slabo; zahtevki brez ocene se ne štejejo.',
          formula: 'Dobro / (Dobro + Slabo) × 100',
          of: 'Ocenjeni',
        },
        one_touch: {
          name: 'Z enim odgovorom (%)',
          definition:
            'Delež rešenih zahtevkov, rešenih z natanko enim odgovorom agenta in nikoli ponovno odprtih (ali v izvozu označenih kot rešene ob prvem stiku).',
          formula: 'Zahtevki z enim odgovorom / rešeni zahtevki z znanim številom odgovorov × 100',
          of: 'Znani odgovori',
        },
        reopened: {
          name: 'Ponovno odprti (%)',
          definition: 'Delež rešenih zahtevkov, ki so bili vsaj enkrat ponovno odprti.',
          formula:
            'Zahtevki, vsaj enkrat ponovno odprti / rešeni zahtevki z znanim številom ponovnih odprtij × 100',
          of: 'Znana ponovna odprtja',
        },
      },
    },
    differ: {
      title: 'Zakaj se naše številke lahko razlikujejo od številk vašega sistema za podporo',
      intro:
        'Če se številka tu in številka na nadzorni plošči sistema za podporo ne ujemata, ju primerjajte točko za točko. Vsaka vrstica pove, kaj naredi to poročilo, za sisteme, ki jih prepoznamo, pa tudi, kaj navaja dokumentacija sistema, z virom.',
      check: 'Kaj primerjati',
      inReport: 'V tem poročilu',
      asDesk: 'Kako šteje {desk}',
      undocumented:
        'Uvoz ne uporablja lastnih definicij sistema {desk}: veljajo definicije poročila zgoraj. Vsako točko primerjajte s poročilom sistema {desk}.',
      deskCheck: '{desk}: {check}',
      checks: {
        population: {
          name: 'Isti zahtevki?',
          ours: 'Šteje vsak zahtevek na zavihku {tickets}. Uvoz iz sistema za podporo, ki ga prepoznamo, izpusti, kar izpusti ta sistem, razen če ste izbrali, da te zahtevke ohranite; povzetek uvoza prešteje vsako vrsto.',
        },
        solved: {
          name: 'Isti mesec?',
          ours: 'Zahtevek šteje kot ustvarjen v mesecu datuma ustvarjenja in kot rešen v mesecu datuma rešitve.',
        },
        clock: {
          name: 'Iste ure?',
          ours: 'Časi so v koledarskih urah ali v delovnem času, če je uvoz uporabil stolpce izvoza z delovnim časom.',
        },
        statistic: {
          name: 'Ista statistika?',
          ours: 'Zavihek {metrics} prikaže povprečje, mediano in 90. percentil prvega odzivnega časa in časa reševanja. Vsaka vrstica je obarvana glede na svoj cilj; formule iz vodnikov so povprečja.',
        },
        zone: {
          name: 'Isti časovni pas?',
          ours: 'Uvoz prebere čase izvoza v časovnem pasu, izbranem zanj; meseci se začnejo ob polnoči v časovnem pasu preglednice.',
        },
        freshness: {
          name: 'Isti trenutek?',
          ours: 'Poročilo šteje zahtevke zadnjega uvoza in se ne sinhronizira; novejši izvoz, ko ga uvozite, ga posodobi.',
        },
        oneTouch: {
          name: 'Isto reševanje ob prvem stiku?',
          ours: 'Rešeno ob prvem stiku: natanko en odgovor agenta in nikoli ponovno odprt, kot delež rešenih zahtevkov.',
        },
        sla: {
          name: 'Enak SLA?',
          ours: 'Zavihek {sla}: čas prvega odgovora in rešitve vsakega zahtevka glede na cilja, vpisana za njegovo prioriteto, ali lastno stanje SLA iz sistema za pomoč, kjer ga ima zavihek Zahtevki; prvi odgovori po mesecu nastanka, rešitve po mesecu rešitve.',
        },
      },
      desks: {
        zendesk: {
          population: {
            desk: 'Izbrisanih zahtevkov v Explore ni, zahtevek, označen kot neželena pošta, pa je izbrisan. Zahtevek, združen v drugega, je zaprt, zato šteje kot rešen; ekipe pogosto izločijo oznako closed_by_merge.',
            ours: 'Izbrisani in neželeni zahtevki ter zahtevki z oznako closed_by_merge so pri uvozu izpuščeni, razen če ste izbrali, da jih ohranite.',
          },
          solved: {
            desk: 'Zahtevek šteje kot rešen enkrat, v mesecu zadnje rešitve, in le, dokler je rešen ali zaprt: zahtevek, rešen marca, ponovno odprt in znova rešen aprila, šteje v aprilu.',
            ours: 'Datum rešitve šteje le, dokler je status zahtevka rešen ali zaprt; povzetek uvoza prešteje ponovno odprte zahtevke, ki so bili odloženi.',
          },
          clock: {
            desk: 'Časi odziva in reševanja so shranjeni v koledarskih urah in v delovnem času; vsako poročilo prikaže tistega, ki ga navaja njegova metrika.',
          },
          statistic: {
            desk: 'Časi odziva in reševanja so prikazani kot mediane, razen če poročilo izbere drug način združevanja.',
          },
          zone: {
            desk: 'Explore prikaže čase v časovnem pasu profila vsakega gledalca, »zadnjih 7 dni« pa se konča včeraj. Izvoz CSV je v časovnem pasu računa.',
          },
          freshness: {
            desk: 'Explore sinhronizira podatke dnevno ali vsako uro, odvisno od paketa, zato lahko nadzorna plošča in izvoz iz drugega trenutka vsebujeta različne zahtevke.',
          },
          oneTouch: {
            desk: 'Rešeno ob prvem stiku: rešen zahtevek z manj kot dvema odgovoroma agenta (tudi brez odgovora), kot delež rešenih zahtevkov. Če ga stranka s »hvala« ponovno odpre, še vedno šteje.',
            ours: 'Kot šteje Zendesk: uvoz označi zahtevek kot rešen ob prvem stiku, ko ima manj kot dva odgovora agenta, ne glede na ponovna odprtja.',
          },
          sla: {
            desk: 'Doseganje SLA so doseženi cilji, deljeni z doseženimi in kršenimi, po pravilniku in meritvi. Ure se v nekaterih stanjih ustavijo in sledijo urnikom, cilji, ki še tečejo, so izpuščeni, izbrisani zahtevki pa šteti.',
            ours: 'Izvozi zahtevkov iz Zendeska nimajo stanja SLA, zato zavihek {sla} primerja čase vsakega zahtevka s tam vpisanimi cilji: blizu Zendeskove številke le, ko se cilji in ure ujemajo z njegovimi pravilniki.',
          },
        },
        freshdesk: {
          population: {
            desk: 'Poročila štejejo le zahtevke, dodeljene agentu ali skupini, ter izpustijo neželeno pošto in združene sekundarne zahtevke.',
            ours: 'Izbrisani in neželeni zahtevki ter zahtevki brez agenta in skupine so pri uvozu izpuščeni, razen če ste izbrali, da jih ohranite. Izvoz združenih sekundarnih zahtevkov ne označi, zato so šteti.',
          },
          solved: {
            desk: 'Razrešen zahtevek šteje v obdobju datuma razrešitve, ne glede na datum ustvarjenja (tako je opisano za sorodni izdelek Freshservice).',
          },
          clock: {
            desk: 'Prvi odzivni čas in čas reševanja sta v delovnem času (po koledarju skupine), v poročilih in v stolpcih izvoza »(in hrs)«.',
          },
          statistic: {
            desk: 'Časi so prikazani kot povprečja, kot vrstice s povprečji v tem poročilu.',
          },
          oneTouch: {
            desk: 'Za reševanje ob prvem stiku sta opisani dve definiciji: rešeno s prvim odgovorom ali rešeno brez odgovora stranke. Poročilo ohrani svojo.',
          },
        },
        intercom: {
          statistic: {
            desk: 'Časi odziva in reševanja so privzeto prikazani kot mediane.',
          },
        },
      },
    },
    warehouse: {
      heading: 'Zahtevki v BigQueryju?',
      intro:
        'Za več zahtevkov, kot jih sprejme preglednica: enake številke zahtevkov, izračunane v BigQueryju za zgoraj izbrano obdobje, v časovnem pasu te preglednice.',
      query: 'Poizvedba',
      source: 'Tabele',
      table: 'Tabela (dataset.table)',
      target: 'Ciljni čas prvega odziva (h)',
      queries: {
        monthly: 'Mesečne številke',
        breakdown: 'Po kategorijah, kanalih, agentih, skupinah',
        team: 'Po agentih in skupinah (zavihek Ekipa)',
        weekly: 'Tedensko (zavihek Tedensko)',
        sla: 'SLA po prioriteti (zavihek SLA)',
        backlog: 'Zaostanek po starosti (zavihek 2)',
      },
      sources: {
        tickets: 'Tabela zahtevkov Support Metrics',
        dbt_zendesk: 'Kazalniki zahtevkov dbt_zendesk',
      },
      steps:
        'Kopirajte, nato v Preglednicah: Podatki ▸ Podatkovni povezovalniki ▸ Poveži z BigQueryjem ▸ vaš projekt ▸ Poizvedba po meri. Prilepite, Poveži, nato Izvleči na nov list.',
      badTable:
        'Vpišite tabelo kot dataset.table ali project.dataset.table (črke, števke, _ in -).',
      badTarget: 'Vpišite cilj kot število ur, večje od 0.',
    },
    monthYear: '{month} {year}',
    months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'],
    categories: {
      sales: 'Prodajno vprašanje',
      technical: 'Tehnično vprašanje',
      cancellation: 'Preklic',
      return: 'Vračilo',
      shipping: 'Dostava',
      availability: 'Razpoložljivost izdelka',
      other: 'Drugo',
    },
    channels: {
      email: 'E-pošta',
      phone: 'Telefon',
      chat: 'Klepet v živo',
      social: 'Družbena omrežja',
      other: 'Drugo',
    },
    inputs: {
      promoters: 'NPS – promotorji (9–10)',
      passives: 'NPS – pasivni (7–8)',
      detractors: 'NPS – kritiki (0–6)',
      csat_satisfied: 'CSAT – pozitivni odgovori (4–5 od 5)',
      csat_responses: 'CSAT – vsi odgovori',
      surveys_offered: 'CSAT – poslane ankete',
      ces_sum: 'CES – vsota ocen (1–7)',
      ces_responses: 'CES – vsi odgovori',
      customers_start: 'Stranke na začetku (S)',
      customers_end: 'Stranke na koncu (E)',
      customers_new: 'Nove stranke (N)',
      customers_lost: 'Izgubljene stranke',
      spend: 'Stroški prodaje in trženja',
      customers_acquired: 'Pridobljene stranke',
      avg_purchase: 'Povprečna vrednost nakupa',
      purchase_frequency: 'Nakupi na stranko na leto',
      lifespan: 'Življenjska doba stranke (leta)',
      frt_hours: 'Čas prvega odziva, skupaj (ure)',
      frt_tickets: 'Zahtevki s prvim odgovorom',
      resolution_hours: 'Čas rešitve, skupaj (ure)',
      open_start: 'Odprti zahtevki na začetku',
      tickets_created: 'Novi zahtevki',
      tickets_resolved: 'Rešeni zahtevki',
      tickets_first_contact: 'Rešeni ob prvem stiku',
    },
    metrics: {
      nps: {
        name: 'Ocena neto promotorja (NPS)',
        definition:
          'Kako verjetno bi vas stranke priporočile, na lestvici 0–10. Promotorji odgovorijo 9–10, pasivni 7–8, kritiki 0–6.',
        formula: 'NPS = % promotorjev − % kritikov (od −100 do 100)',
        source:
          'Slovenski, ruski, romunski in finski vodnik; kitajski ga nima. Zgled (70 % − 10 % = 60) je iz ruskega vodnika. Finski vodnik navaja lestvico 1–10; pravilna je 0–10.',
        inputs: ['Promotorji (9–10)', 'Pasivni (7–8)', 'Kritiki (0–6)'],
      },
      nps_moe: {
        name: 'Statistična napaka NPS',
        definition:
          'Za koliko točk se pravi NPS lahko razlikuje od izmerjenega glede na število odgovorov. Majhni vzorci dajo široke meje.',
        formula:
          'Napaka = z × √((p + d − (p − d)²) / n) × 100; p in d sta deleža promotorjev in kritikov, n število odgovorov',
        source:
          'Standardna napaka razlike deležev; v vodnikih je ni, dodali smo jo za previdno branje majhnih vzorcev.',
        inputs: [
          'Promotorji (9–10)',
          'Pasivni (7–8)',
          'Kritiki (0–6)',
          'Stopnja zaupanja (npr. 0,95)',
        ],
      },
      nps_change: {
        name: 'Je sprememba NPS resnična?',
        definition:
          'Ali je sprememba NPS med dvema obdobjema večja, kot bi jo povzročilo naključje, glede na število odgovorov v vsakem obdobju. Pri nekaj sto odgovorih na mesec se NPS zaradi naključja premakne za več točk.',
        formula:
          'Sprememba = NPS₂ − NPS₁; napaka = z × √(v₁ + v₂) × 100, pri čemer je v = (p + d − (p − d)²) / n; vrednost p = 2 × (1 − Φ(|sprememba| / (√(v₁ + v₂) × 100)))',
        source:
          'Ni ga v petih vodnikih; test dveh vzorcev na varianci NPS, ki jo za eno obdobje uporablja NPS_MOE. Zgled je naš: 160/84/36 in nato 136/85/59 od 280 odgovorov je −16,8 ± 12,4 točke (p ≈ 0,008): resničen padec.',
        inputs: [
          'Promotorji, prejšnje obdobje',
          'Pasivni, prejšnje obdobje',
          'Kritiki, prejšnje obdobje',
          'Promotorji, poznejše obdobje',
          'Pasivni, poznejše obdobje',
          'Kritiki, poznejše obdobje',
          'Stopnja zaupanja (npr. 0,95)',
        ],
      },
      csat: {
        name: 'Ocena zadovoljstva strank (CSAT)',
        definition:
          'Delež pozitivnih odgovorov v anketi: 4 ali 5 na lestvici 1–5 (najvišja dva odgovora na vsaki lestvici).',
        formula: 'CSAT = pozitivni odgovori / vsi odgovori × 100',
        source:
          'Slovenski, ruski, romunski in finski vodnik; zgled (30 pozitivnih od 50 odgovorov = 60 %) je iz ruskega vodnika.',
        inputs: ['Pozitivni odgovori', 'Vsi odgovori'],
      },
      csat_change: {
        name: 'Je sprememba CSAT resnična?',
        definition:
          'Ali je sprememba CSAT med dvema obdobjema večja, kot bi jo povzročilo naključje, glede na število odgovorov v vsakem obdobju.',
        formula:
          'Sprememba = CSAT₂ − CSAT₁ v točkah; napaka = z × √(s₁(1 − s₁) / n₁ + s₂(1 − s₂) / n₂) × 100; vrednost p kot pri NPS',
        source:
          'Ni ga v petih vodnikih; test dveh deležev. Zgled je naš: 240 od 300 pozitivnih odgovorov in nato 222 od 300 je −6,0 ± 6,7 točke (p ≈ 0,08): lahko je naključje.',
        inputs: [
          'Pozitivni odgovori, prejšnje obdobje',
          'Vsi odgovori, prejšnje obdobje',
          'Pozitivni odgovori, poznejše obdobje',
          'Vsi odgovori, poznejše obdobje',
          'Stopnja zaupanja (npr. 0,95)',
        ],
      },
      csat_average: {
        name: 'Povprečna ocena zadovoljstva',
        definition:
          'Povprečni odgovor CSAT, za ekipe, ki namesto deleža pozitivnih odgovorov poročajo povprečje.',
        formula: 'Povprečje = vsota ocen / število odgovorov',
        source:
          'Romunski vodnik (povprečno zadovoljstvo); slovenski, ruski in finski namesto tega štejejo pozitivne odgovore (CSAT).',
        inputs: ['Vsota ocen', 'Število odgovorov'],
      },
      ces: {
        name: 'Ocena napora strank (CES)',
        definition:
          'Kako enostavno je bilo rešiti težavo, na lestvici 1–7, kjer 7 pomeni »zelo enostavno« (višje je bolje). Vprašanje zastavite v tej smeri.',
        formula: 'CES = vsota ocen / število odgovorov',
        source:
          'Ruski vodnik (1–7, povprečje); slovenski ga omenja. Ruski in romunski vprašata, koliko truda je bilo potrebnega, zato je tam visoka ocena slaba; mi vprašamo, kako enostavno je bilo: višje je bolje.',
        inputs: ['Vsota ocen', 'Število odgovorov'],
      },
      ces_percent: {
        name: 'CES, delež z lahko izkušnjo',
        definition:
          'Delež odgovorov, ki se strinjajo, da je podjetje olajšalo reševanje težave: 4–5 na lestvici 1–5.',
        formula: 'CES % = odgovori od agree_from navzgor / vsi odgovori × 100',
        source: 'Finski vodnik.',
        inputs: ['Odgovori, ki se strinjajo (4–5)', 'Vsi odgovori'],
      },
      response_rate: {
        name: 'Stopnja odziva na ankete',
        definition: 'Delež poslanih anket, na katere so stranke odgovorile.',
        formula: 'Stopnja odziva = izpolnjene ankete / poslane ankete × 100',
        source:
          'V tej obliki ga v petih vodnikih ni: v ruskem je stopnja odziva na povratne informacije delež mnenj strank, na katera podjetje odgovori. Pri nas je to delež izpolnjenih anket.',
        inputs: ['Izpolnjene ankete', 'Poslane ankete'],
      },
      crr: {
        name: 'Stopnja zadrževanja strank (CRR)',
        definition:
          'Delež strank z začetka obdobja, ki jih imate še na koncu, brez strank, ki so se pridružile med obdobjem.',
        formula: 'CRR = ((E − N) / S) × 100; S na začetku, E na koncu, N novih v obdobju',
        source:
          'Slovenski, ruski in finski vodnik; zgleda sta iz ruskega (S 200, E 200, N 20 → 90 %) in finskega vodnika (S 100, E 90, N 15 → 75 %).',
        inputs: ['Stranke na začetku (S)', 'Stranke na koncu (E)', 'Nove stranke (N)'],
      },
      churn: {
        name: 'Stopnja odliva strank',
        definition: 'Delež strank z začetka obdobja, ki ste jih v obdobju izgubili.',
        formula: 'Odliv = izgubljene stranke / stranke na začetku × 100 (enako 100 − CRR)',
        source:
          'Slovenski, ruski, romunski in finski vodnik; zgled (20 izgubljenih od 250 → 8 %) je iz ruskega vodnika.',
        inputs: ['Izgubljene stranke', 'Stranke na začetku'],
      },
      cac: {
        name: 'Strošek pridobitve stranke (CAC)',
        definition: 'Koliko stane prodaja in trženje za eno novo stranko.',
        formula: 'CAC = stroški prodaje in trženja / pridobljene stranke',
        source: 'Finski vodnik (zgled: 10 000 $ / 20 000 = 0,50 $).',
        inputs: ['Stroški prodaje in trženja', 'Pridobljene stranke'],
      },
      clv: {
        name: 'Življenjska vrednost stranke (CLV)',
        definition: 'Koliko povprečna stranka prinese v celotnem odnosu.',
        formula:
          'CLV = povprečna vrednost nakupa × nakupi na leto × življenjska doba v letih (− CAC za neto vrednost)',
        source:
          'Slovenski, ruski in finski vodnik; zgled (50 $ × 5 × 3 = 750 $) je iz ruskega vodnika; finski odšteje CAC.',
        inputs: ['Povprečna vrednost nakupa', 'Nakupi na leto', 'Življenjska doba (leta)'],
      },
      clv_historical: {
        name: 'Zgodovinska CLV',
        definition:
          'Koliko je ena stranka dejansko prinesla: vsota njenih nakupov, pomnožena s povprečno bruto maržo.',
        formula: 'Zgodovinska CLV = vsota nakupov × bruto marža',
        source: 'Ruski vodnik.',
        inputs: ['Vsota nakupov', 'Bruto marža (%)'],
      },
      referral_rate: {
        name: 'Stopnja napotitve',
        definition: 'Delež strank, ki so prišle, ker vas je nekdo priporočil.',
        formula: 'Stopnja napotitve = stranke po priporočilu / vse stranke × 100',
        source: 'Slovenski in ruski vodnik.',
        inputs: ['Stranke po priporočilu', 'Vse stranke'],
      },
      frt: {
        name: 'Prvi odzivni čas (FRT)',
        definition:
          'Čas od odprtja zahtevka do prvega odgovora človeka, povprečno na zahtevke, ki so dobili odgovor.',
        formula:
          'Povprečni čas prvega odziva = skupni čas prvega odziva / zahtevki s prvim odgovorom',
        source:
          'Slovenski, ruski, romunski in finski vodnik. Ruski vodnik deli z rešenimi zahtevki; mi delimo z zahtevki, ki so dobili odgovor.',
        inputs: ['Skupni čas prvega odziva (ure)', 'Zahtevki s prvim odgovorom'],
      },
      response_time: {
        name: 'Povprečni odzivni čas',
        definition:
          'Čas do odgovora na katero koli sporočilo stranke, ne le na prvo, povprečno na povpraševanja.',
        formula: 'Povprečni odzivni čas = skupni čas do odgovorov / število povpraševanj',
        source: 'Ruski, finski in kitajski vodnik.',
        inputs: ['Skupni čas do odgovorov (ure)', 'Povpraševanja'],
      },
      resolution_time: {
        name: 'Povprečni čas reševanja',
        definition: 'Čas od odprtja zahtevka do popolne rešitve, povprečno na rešene zahtevke.',
        formula: 'Povprečni čas reševanja = skupni čas rešenih zahtevkov / rešeni zahtevki',
        source: 'Slovenski, ruski, romunski in finski vodnik.',
        inputs: ['Skupni čas rešitve (ure)', 'Rešeni zahtevki'],
      },
      business_hours: {
        name: 'Delovni čas (poslovne ure)',
        definition:
          'Čas med dvema trenutkoma, štet le v delovnem času, kot sistemi za podporo poročajo čas prvega odziva in čas rešitve. Noči, vikendi in prazniki ne štejejo.',
        formula: 'Delovni čas = del intervala [začetek, konec], ki pade v ure urnika, dan za dnem',
        source:
          'Ni ga v petih vodnikih; urniki, kot jih opredeljujejo sistemi za podporo (Zendesk). Običajna formula z NETWORKDAYS.INTL in MOD se na robovih zmoti: za ponedeljek 08:00→18:00 pri urniku 09:00–17:00 da 600 minut (prav je 480), za petek 20:00→ponedeljek 08:00 pa −240 (prav je 0). Kalkulator uporablja popravljeno formulo za eno okno pon–pet; BUSINESS_HOURS upošteva vsak urnik, praznike in časovne pasove.',
        inputs: [
          'Začetek (datum in ura)',
          'Konec (datum in ura)',
          'Začetek dela (ura)',
          'Konec dela (ura)',
        ],
      },
      aht: {
        name: 'Povprečni čas obravnave (AHT)',
        definition:
          'Čas, ki ga agent porabi za en stik: pogovor, čakanje na liniji in delo po stiku.',
        formula: 'AHT = (skupni čas pogovora + zadrževanja + dela po stiku) / obravnavani stiki',
        source: 'Slovenski vodnik.',
        inputs: [
          'Skupni čas pogovora (minute)',
          'Skupni čas zadrževanja (minute)',
          'Skupno delo po stiku (minute)',
          'Obravnavani stiki',
        ],
      },
      avg_wait: {
        name: 'Povprečni čakalni čas (ASA)',
        definition: 'Kako dolgo stranke čakajo, da se oglasi agent, povprečno na postrežene stike.',
        formula: 'Povprečni čakalni čas = skupni čas čakanja / postreženi stiki',
        source:
          'Ruski vodnik (zgled: 500 minut / 200 stikov = 2,5 minute); slovenski ga imenuje ASA.',
        inputs: ['Skupni čas čakanja (minute)', 'Postreženi stiki'],
      },
      service_level: {
        name: 'Raven storitev',
        definition: 'Delež stikov, odgovorjenih v ciljnem času, npr. 80 % v 20 sekundah.',
        formula: 'Raven storitev = stiki, odgovorjeni v ciljnem času / vsi stiki × 100',
        source: 'Slovenski vodnik.',
        inputs: ['Odgovorjeni v ciljnem času', 'Vsi stiki'],
      },
      fcr: {
        name: 'Rešitev ob prvem stiku (FCR)',
        definition: 'Delež rešenih zahtevkov, rešenih že ob prvem stiku, brez nadaljnjih stikov.',
        formula: 'FCR = rešeni ob prvem stiku / rešeni zahtevki × 100',
        source: 'Finski vodnik, ki kot mi deli z rešenimi zahtevki; ruski ga omenja brez formule.',
        inputs: ['Rešeni ob prvem stiku', 'Rešeni zahtevki'],
      },
      resolution_rate: {
        name: 'Skupna stopnja razrešitve',
        definition:
          'Delež vseh zahtevkov v obdobju, ki so bili rešeni. Vsi zahtevki so odprti na začetku in novi.',
        formula: 'Stopnja rešenih = rešeni zahtevki / (odprti na začetku + novi) × 100',
        source:
          'Slovenski in finski vodnik; popravljeno: finski piše rešeni / nerešeni, kar je razmerje, ne stopnja.',
        inputs: ['Rešeni zahtevki', 'Odprti na začetku', 'Novi zahtevki'],
      },
      abandon_rate: {
        name: 'Stopnja opuščenih klicev',
        definition:
          'Delež stikov, ki niso bili obravnavani: klicatelj je prekinil ali naletel na zasedeno linijo.',
        formula: 'Opuščeni = opuščeni stiki / prejeti stiki × 100',
        source: 'Slovenski vodnik (»blokada«: nepostreženi klici).',
        inputs: ['Opuščeni stiki', 'Prejeti stiki'],
      },
      ticket_volume: {
        name: 'Obseg zahtevkov',
        definition:
          'Koliko zahtevkov je prispelo v obdobju; zavihek 2 jih razdeli po kategorijah in kanalih.',
        formula: 'Obseg zahtevkov = novi zahtevki v obdobju',
        source: 'Finski vodnik (po kategorijah); slovenski vodnik (po kanalih).',
        inputs: ['Novi zahtevki'],
      },
      backlog: {
        name: 'Zaostanek zahtevkov',
        definition: 'Zahtevki, ki so ob koncu obdobja še odprti.',
        formula: 'Zaostanek = odprti na začetku + novi − rešeni',
        source: 'Slovenski vodnik (odprti primeri, zaostanek zahtevkov).',
        inputs: ['Odprti na začetku', 'Novi zahtevki', 'Rešeni zahtevki'],
      },
      reopen_rate: {
        name: 'Delež ponovno odprtih zahtevkov',
        definition:
          'Delež zahtevkov, ki so bili po rešitvi vsaj enkrat ponovno odprti. Visok delež pomeni, da so bile težave zaprte, preden so bile zares rešene.',
        formula:
          'Delež ponovno odprtih = zahtevki, ponovno odprti vsaj enkrat / vsi zahtevki × 100',
        source:
          'Ni ga v petih vodnikih; poročajo ga sistemi za podporo (Zendesk, Freshdesk) iz števila ponovnih odprtij vsakega zahtevka. Zgled je naš.',
        inputs: ['Zahtevki, ponovno odprti vsaj enkrat', 'Vsi zahtevki'],
      },
      one_touch_rate: {
        name: 'Delež rešitev z enim odgovorom',
        definition:
          'Delež zahtevkov, rešenih z natanko enim odgovorom agenta in nikoli ponovno odprtih: stranka je v enem odgovoru dobila, kar je potrebovala.',
        formula:
          'Delež z enim odgovorom = zahtevki z enim odgovorom agenta in brez ponovnega odprtja / vsi zahtevki × 100',
        source:
          'Ni ga v petih vodnikih; poročajo ga sistemi za podporo (Zendesk) iz števila odgovorov agentov in ponovnih odprtij. Zgled je naš.',
        inputs: ['Zahtevki z enim odgovorom', 'Vsi zahtevki'],
      },
    },
    sidebar: {
      title: 'Support Metrics',
      reportHeading: 'Mesečno poročilo',
      year: 'Leto',
      firstMonth: 'Prvi mesec',
      language: 'Jezik',
      currency: 'Valuta',
      generate: 'Ustvari mesečno poročilo',
      ticketsFrom: 'Številke zahtevkov iz',
      ticketsTab: 'Zavihek Zahtevki',
      generating: 'Ustvarjam poročilo …',
      created: 'Poročilo je ustvarjeno v {seconds} s.',
      updated:
        'Poročilo je posodobljeno v {seconds} s. Vse, kar ste vpisali ali dodali, je ostalo.',
      openReport: 'Odpri poročilo',
      reportTabs: 'Njegovi zavihki:',
      failed: 'Poročilo ni bilo ustvarjeno:',
      functionsHeading: 'Funkcije',
      search: 'Iskanje funkcij',
      noMatch: 'Nobena funkcija ne ustreza.',
      copy: 'Kopiraj',
      copied: 'Kopirano',
      example: 'Zgled',
    },
    import: {
      heading: 'Uvoz zahtevkov',
      intro:
        'Izvoz CSV iz sistemov Zendesk, Freshdesk, Intercom, HubSpot ali Jira Service Management oziroma kateri koli seznam zahtevkov. Ohrani se le, kar potrebujejo kazalniki: brez zadev, sporočil, imen in e-poštnih naslovov.',
      choose: 'Izberite datoteko CSV',
      drop: 'ali jo spustite sem',
      recognised: 'Izvoz iz sistema {desk}, vrstic: {rows}.',
      unknown: 'Neprepoznan izvoz (vrstic: {rows}). Določite, kaj je v katerem stolpcu:',
      guessed:
        'Izvoz iz sistema {desk} v drugačni obliki ali jeziku, vrstic: {rows}. Preverite, kaj je v katerem stolpcu:',
      fields: {
        id: 'ID zahtevka (obvezno)',
        created: 'Datum nastanka (obvezno)',
        first_reply_at: 'Datum prvega odgovora',
        solved: 'Datum rešitve',
        updated: 'Datum posodobitve',
        status: 'Stanje',
        channel: 'Kanal',
        category: 'Kategorija',
        rating: 'Ocena zadovoljstva',
        reopens: 'Ponovna odprtja',
        replies: 'Odgovori agentov',
        first_contact: 'Rešen ob prvem stiku (da/ne)',
        frt: 'Čas prvega odziva',
        frt_business: 'Čas prvega odziva v delovnem času',
        resolution: 'Čas rešitve',
        resolution_business: 'Čas rešitve v delovnem času',
        assignee: 'Dodeljeni agent',
        group: 'Skupina',
        priority: 'Prioriteta',
        tags: 'Oznake',
        brand: 'Blagovna znamka',
        form: 'Obrazec zahtevka',
        frt_sla: 'Stanje SLA prvega odgovora (iz sistema za pomoč)',
        resolution_sla: 'Stanje SLA rešitve (iz sistema za pomoč)',
      },
      notInFile: '— ni v datoteki —',
      zone: 'Časovni pas za čase brez navedenega pasu',
      business: 'V poročilu uporabi čase, štete le v delovnem času',
      keepAgents: 'Ohrani imena agentov (za list Ekipa)',
      start: 'Uvozi',
      cancel: 'Prekliči',
      progress: 'Poslanih zahtevkov: {done} od {total}',
      done: 'Končano. Dodano: {added}, posodobljeno: {updated}, nespremenjeno: {unchanged}. Zahtevkov na zavihku Zahtevki: {total}.',
      rejected: 'Vrstic, ki jih ni bilo mogoče prebrati in so bile izpuščene: {count}.',
      duplicates:
        'Vrstic, ki ponovijo zahtevek, ki je že v datoteki: {count}. Vsak zahtevek je uvožen enkrat, iz vrstice z zadnjo posodobitvijo.',
      keepExcluded:
        'Ohrani izbrisane, neželene in združene zahtevke (sistem za podporo jih izpusti)',
      excluded: {
        deleted: 'Izpuščeni izbrisani zahtevki: {count} (status Deleted), kot jih izpusti {desk}.',
        spam: 'Izpuščena neželena pošta: {count} (status ali oznaka »spam«), kot jo izpusti {desk}.',
        merged:
          'Izpuščeni zahtevki, združeni v drugega: {count} (oznaka closed_by_merge). {desk} jih šteje kot zaprte; ekipe jih izločijo.',
        unassigned:
          'Izpuščeni zahtevki brez agenta in brez skupine: {count}, kot jih izpusti {desk}.',
      },
      keptExcluded:
        'Izbrisani, neželeni in združeni zahtevki so ohranjeni, kot ste izbrali: {count}. Poročilo jih šteje, {desk} ne.',
      unsolved:
        'Zahtevki, ki so bili ponovno odprti in od tedaj niso rešeni: {count}. Kot v sistemu {desk} ne štejejo za rešene, dokler niso znova rešeni.',
      applied: {
        oneTouch:
          'Rešeno ob prvem stiku, kot šteje {desk}: rešen zahtevek z manj kot dvema odgovoroma agenta, tudi če ga je »hvala« ponovno odprla.',
        stillSolved:
          'Rešeno, kot šteje {desk}: v mesecu zadnje rešitve in le, dokler je zahtevek še rešen ali zaprt.',
      },
      fallback: {
        oneTouch:
          'Ni stolpca »{column}«: rešeno ob prvem stiku sledi definiciji poročila (natanko en odgovor agenta, nikoli ponovno odprt), ne definiciji sistema {desk}.',
        stillSolved:
          'Ni stolpca »{column}«: datum rešitve šteje, tudi če je bil zahtevek medtem ponovno odprt; {desk} šteje le zahtevke, ki so še rešeni.',
        byStatus:
          'Ni stolpca »{column}«: izbrisanih in neželenih zahtevkov ni mogoče ločiti, zato so šteti.',
        byTag:
          'Ni stolpca »{column}«: združenih zahtevkov (oznaka closed_by_merge) ni mogoče ločiti, zato so šteti.',
        unassigned:
          'Ni stolpca »{column}«: zahtevkov brez agenta in skupine ni mogoče ločiti, zato so šteti.',
      },
      fed: 'Iz te datoteke poročilo šteje: {inputs}.',
      unfed: 'Še naprej vnašate sami: {inputs}. Dal bi jih stolpec izvoza, kot je »{column}«.',
      cancelled: 'Uvoz je preklican. Zavihek Zahtevki ni spremenjen.',
      row: 'Vrstica {row}: {reason}',
      reasons: {
        noId: 'ni ID-ja zahtevka',
        badDate: '{field} »{value}« ni datum',
        noCreated: 'ni datuma nastanka',
        beforeCreated: '{field} je pred nastankom zahtevka',
        longId: 'ID zahtevka je daljši od 200 znakov',
        farDate: '{field} »{value}« ni med letoma 2000 in 2099',
      },
      errors: {
        empty: 'Datoteka je prazna.',
        headersOnly: 'Datoteka ima le naslovno vrstico, zahtevkov pa ni.',
        binary: 'To ni besedilna datoteka (CSV). Zahtevke izvozite kot CSV in poskusite znova.',
        pdf: 'To je PDF. Zahtevke izvozite kot CSV in poskusite znova.',
        noId: 'Noben stolpec ne vsebuje ID-ja zahtevka.',
        noCreated: 'Noben stolpec ne vsebuje datuma nastanka.',
        noDates: 'Nobenega datuma nastanka v datoteki ni bilo mogoče prebrati.',
        summary:
          'Ta datoteka je povzetek (ena vrstica na agenta, skupino, razpon ali teden), ne seznam zahtevkov. Izvozite seznam zahtevkov: ena vrstica na zahtevek, z ID-jem in časom nastanka.',
        summaryExplore:
          'To je povzetek iz Zendesk Explore (ena vrstica na agenta, razpon ali teden), ne seznam zahtevkov. V Explore naredite poročilo na naboru Support: Tickets z vrsticama Ticket ID in Ticket created - Timestamp (dodajte Ticket solved - Timestamp, Ticket channel, Ticket satisfaction rating in First reply time) ter ga prenesite kot CSV.',
        tooLarge:
          'Datoteka ima preveč zahtevkov za eno preglednico (Google Preglednice dovolijo največ 10 milijonov celic).',
        unreadable: 'Datoteke ni bilo mogoče prebrati.',
        payload: 'Uvoz je poslal podatke, ki jih dodatek ne sprejme.',
      },
      reportUpdated: 'Poročilo {period} zdaj črpa podatke o zahtevkih iz zavihka Zahtevki.',
    },
    menu: {
      openSidebar: 'Odpri stransko vrstico',
      generate: 'Ustvari mesečno poročilo',
      help: 'Pomoč',
      helpText:
        'V katero koli celico vpišite =NPS(B2:B500), =CRR(S, E, N) ali drugo funkcijo ali pa v stranski vrstici ustvarite mesečno poročilo. Poročilo uporablja samo vgrajene formule, zato delujejo tudi kopije in prenosi .xlsx.',
    },
    errors: {
      busy: 'V tej datoteki se že ustvarja drugo poročilo. Poskusite znova čez trenutek.',
      year: 'Izberite leto od 2000 do 2100.',
      firstMonth: 'Izberite prvi mesec od 1 do 12.',
      language: 'Izberite enega od ponujenih jezikov.',
      currency: 'Vpišite valuto z 1 do 12 znaki, npr. € ali EUR.',
      unexpected: 'Prišlo je do nepričakovane napake. V vaših listih se ni nič spremenilo.',
      moved:
        'Nič ni bilo spremenjeno. Na zavihku »{tab}« se oznake ne ujemajo več s svojimi vrsticami (število vrstic: {count}; v vrstici {row} piše »{found}«, kjer sodi »{expected}«): razvrščanje ali premik jih je ločil. Razveljavite ga (Urejanje > Razveljavi) ali vrnite vrstice na mesto in znova posodobite. Za drugačen vrstni red uporabite pogled filtra.',
    },
  };
}
