/** Romanian (română). */
import type { Messages } from './messages';

export function ro(): Messages {
  return {
    languageName: 'Română',
    currency: 'lei',
    units: { hours: 'h', minutes: 'min' },
    tabs: {
      metrics: 'Indicatori lunari',
      volume: 'Volumul de tichete',
      formulas: 'Formule și definiții',
      team: 'Echipa',
      weekly: 'Săptămânal',
      sla: 'SLA pe prioritate',
      tickets: 'Tichete',
    },
    weekly: {
      title: 'Analiza săptămânală {year}',
      intro:
        'Ultimele 13 săptămâni (de luni până duminică) din fila Tichete. Timpii până la primul răspuns sunt după săptămâna creării tichetului, CSAT după săptămâna rezolvării; restanțele sunt tichetele nerezolvate la sfârșitul săptămânii. Săptămânile urmează ziua de azi; scrieți o zi de luni în celula galbenă pentru a le fixa.',
      noExtract: 'Săptămânile au nevoie de fila Tichete: extrasele BigQuery conțin doar luni.',
      latest: 'Ultima săptămână începe',
      week: 'Săptămâna',
      columns: {
        start: 'Începe',
        created: 'Tichete noi',
        solved: 'Tichete rezolvate',
        frt: 'Timpul mediu până la primul răspuns (h)',
        frt_median: 'Mediana timpului până la primul răspuns (h)',
        csat: 'CSAT (% Bune)',
        backlog: 'Nerezolvate la sfârșitul săptămânii',
      },
      dateFormat: 'dd.mm.yyyy',
    },
    sla: {
      title: 'SLA pe prioritate {year}',
      intro:
        'Tichetele al căror prim răspuns și a căror rezolvare s-au încadrat în țintele priorității lor: primele răspunsuri după luna în care a fost creat tichetul, rezolvările după luna în care a fost rezolvat, așa cum fila 1 le numără timpii. Scrieți țintele fiecărei priorități, în ore, în celulele galbene.',
      noExtract:
        'SLA pe prioritate are nevoie de fila Tichete: extrasele BigQuery nu conțin priorități.',
      fromDesk:
        'Când un tichet are starea SLA dată de platforma de asistență (coloanele First reply SLA met și Resolution SLA met din fila Tichete), se numără acea stare; celelalte tichete se numără după timpul lor față de țintă.',
      fromTimes:
        'Timpul fiecărui tichet se compară cu ținta priorității sale: fila Tichete nu are stare SLA de la platforma de asistență.',
      month: 'Luna',
      priority: 'Prioritate',
      targets: { frt: 'Țintă prim răspuns (h)', res: 'Țintă rezolvare (h)' },
      columns: {
        frt_n: 'Prime răspunsuri',
        frt_met: 'Prime răspunsuri în țintă',
        frt_pct: 'SLA prim răspuns respectat (%)',
        res_n: 'Rezolvări',
        res_met: 'Rezolvări în țintă',
        res_pct: 'SLA rezolvare respectat (%)',
      },
      other: 'Alte priorități',
      none: 'Fără prioritate',
      all: 'Toate tichetele',
      defaults:
        'O prioritate nouă pornește cu aceste ținte (prim răspuns, rezolvare): urgentă sau critică 1 h și 4 h, ridicată 4 h și 24 h, normală sau medie 8 h și 72 h, scăzută 24 h și 120 h, oricare alta 8 h și 72 h. O țintă care nu este număr este marcată, iar rândul ei și Toate tichetele rămân goale.',
    },
    backlog: {
      heading: 'Restanțe după vechime la sfârșitul lunii',
      at: 'Numărate la',
      ages: {
        lt1: 'Sub 1 zi',
        d1: '1–3 zile',
        d3: '3–7 zile',
        d7: '7–30 de zile',
        d30: '30 de zile sau mai mult',
      },
      total: 'Tichete nerezolvate',
      oldest: 'Cel mai vechi nerezolvat (zile)',
      note: 'Tichetele nerezolvate la sfârșitul fiecărei luni (acum, pentru luna în curs), după cât timp fuseseră deschise; din fila Tichete. 1–3 zile include 1 zi, dar nu 3.',
    },
    report: {
      title: 'Raport de asistență pentru clienți {year}',
      intro:
        'Introduceți cifrele fiecărei luni în celulele galbene din blocul Date introduse; blocul Indicatori se calculează singur. Țintele le stabiliți dvs.: verde înseamnă țintă atinsă, roșu — ratată.',
      metric: 'Indicator',
      inputs: 'Date introduse',
      metrics: 'Indicatori',
      target: 'Țintă',
      goodWhen: 'Bine când',
      ytd: 'De la începutul anului',
      volumeTitle: 'Volumul de tichete {year}',
      volumeIntro:
        'Tichete pe categorii și pe canale în fiecare lună. Graficele arată categoriile în creștere și vârfurile.',
      byCategory: 'Tichete pe categorii',
      byChannel: 'Tichete pe canale',
      total: 'Total',
      share: 'Pondere',
      difference: 'Diferența față de tichetele noi (Indicatori lunari)',
      formulasTitle: 'Formule și definiții',
      formulasIntro:
        'Fiecare indicator cu definiția și formula lui. Modificați celulele galbene pentru a folosi un calculator; ele pornesc cu exemplele din ghiduri.',
      definition: 'Definiție',
      formula: 'Formulă',
      source: 'Sursă',
      result: 'Rezultat',
      customFunction: 'Funcție personalizată',
      noFunction: 'Urmărit în fila Indicatori lunari',
      protectedWarning:
        'Calculat de Support Metrics. Modificați datele introduse sau generați din nou raportul.',
      validationCount: 'Introduceți un număr întreg, 0 sau mai mare.',
      validationAmount: 'Introduceți un număr, 0 sau mai mare.',
      validationNumber: 'Introduceți un număr.',
      confidence: 'Nivel de încredere pentru rândurile de schimbare',
      change: 'Schimbare față de luna precedentă',
      margin: 'Marjă de eroare (±)',
      changePoints: 'Schimbare (în puncte)',
      changeNote:
        'Cum citiți schimbările: o schimbare este colorată doar când este mai mare decât marja ei de eroare la nivelul de încredere de mai sus (verde în sus, roșu în jos). O schimbare necolorată poate fi întâmplătoare; mai puține răspunsuri înseamnă o marjă mai largă. Coloana de la începutul anului compară cu raportul perioadei precedente.',
      pValue: 'Valoarea p (șansa unei asemenea schimbări doar din întâmplare)',
      verdict: 'Concluzie',
      verdictReal: 'Reală: schimbarea depășește variația întâmplătoare',
      verdictNoise: 'Poate fi întâmplătoare: schimbarea este în marja de eroare',
      calculatorBelow: 'Calculatorul este mai jos',
      fromTickets: '(din fila Tichete)',
      fromSheet: '(din fila {sheet})',
      timeStatistics: {
        frt: {
          median: 'Timpul până la primul răspuns, mediana',
          p90: 'Timpul până la primul răspuns, percentila 90',
        },
        resolution_time: {
          median: 'Timpul de rezolvare, mediana',
          p90: 'Timpul de rezolvare, percentila 90',
        },
      },
      monthsCounted: 'Luni incluse',
      staleTickets: 'Tichete noi: actualizați raportul',
      input: 'Parametrul {n}',
      value: 'Valoare',
    },
    team: {
      title: 'Echipa {period}',
      intro:
        'Fiecare agent și fiecare grup, după tichetele rezolvate în luna aleasă și de la începutul anului. Alegeți luna și ținta pentru primul răspuns în celulele galbene. Definițiile sunt în fila Formule și definiții.',
      month: 'Luna',
      target: 'Ținta pentru primul răspuns (h)',
      agents: 'Agenți',
      groups: 'Grupuri',
      chosenMonth: 'Luna aleasă',
      others: 'Alții (și neatribuite)',
      all: 'Toate tichetele rezolvate',
      chart: 'Tichete rezolvate pe agent (luna aleasă)',
      validationMonth: 'Alegeți o lună a raportului.',
      extractTarget:
        'Extragerea a numărat primele răspunsuri în {hours} h: introduceți aici această țintă sau copiați din nou interogarea „Pe agenți și grupuri” cu ținta dvs.',
      definitions: 'Fila Echipa',
      columns: {
        solved: {
          name: 'Tichete rezolvate',
          definition:
            'Tichetele rezolvate în perioadă de acest agent sau grup. Toate celelalte coloane se calculează pe aceste tichete.',
          formula: 'Tichetele a căror dată de rezolvare este în perioadă',
        },
        frt: {
          name: 'Timpul mediu până la primul răspuns (h)',
          definition:
            'Timpul mediu de la crearea tichetului până la primul răspuns, pe tichetele rezolvate care îl au (în programul de lucru, dacă așa s-a ales la import).',
          formula: 'Suma timpilor până la primul răspuns / tichete cu timp până la primul răspuns',
        },
        frt_median: {
          name: 'Mediana timpului până la primul răspuns (h)',
          definition:
            'Timpul din mijloc până la primul răspuns, pe tichetele rezolvate care îl au: jumătate au primit răspuns mai repede, jumătate mai târziu. Zendesk și Intercom o afișează; câteva tichete lente mută media, nu și mediana. Gol când fila Echipa citește un extras BigQuery (sumele lui nu conțin mediane).',
          formula:
            'Mediana timpilor până la primul răspuns (media celor două din mijloc, când numărul lor este par)',
        },
        frt_p90: {
          name: 'Percentila 90 a timpului până la primul răspuns (h)',
          definition:
            'Nouă din zece tichete rezolvate cu un prim răspuns l-au primit în acest timp; cea mai lentă zecime a așteptat mai mult. Arată așteptările pe care media și mediana le ascund. Gol când fila Echipa citește un extras BigQuery (sumele lui nu conțin percentile).',
          formula:
            'Percentila 90 a timpilor până la primul răspuns (PERCENTILE cu 0,9: între cei doi timpi cei mai apropiați, când cade între ei)',
        },
        resolution: {
          name: 'Timpul mediu de rezolvare (h)',
          definition:
            'Timpul mediu de la crearea tichetului până la rezolvare (în programul de lucru, dacă așa s-a ales la import).',
          formula: 'Suma timpilor de rezolvare / tichete cu timp de rezolvare',
        },
        resolution_median: {
          name: 'Mediana timpului de rezolvare (h)',
          definition:
            'Timpul de rezolvare din mijloc al tichetelor rezolvate: jumătate au fost rezolvate mai repede, jumătate mai târziu. Gol când fila Echipa citește un extras BigQuery (sumele lui nu conțin mediane).',
          formula:
            'Mediana timpilor de rezolvare (media celor două din mijloc, când numărul lor este par)',
        },
        resolution_p90: {
          name: 'Percentila 90 a timpului de rezolvare (h)',
          definition:
            'Nouă din zece tichete rezolvate au fost rezolvate în acest timp; cea mai lentă zecime a durat mai mult. Gol când fila Echipa citește un extras BigQuery (sumele lui nu conțin percentile).',
          formula:
            'Percentila 90 a timpilor de rezolvare (PERCENTILE cu 0,9: între cei doi timpi cei mai apropiați, când cade între ei)',
        },
        within: {
          name: 'Primele răspunsuri în termen (%)',
          definition:
            'Ponderea tichetelor rezolvate cu un prim răspuns la care primul răspuns a venit în ținta stabilită în partea de sus a filei Echipa.',
          formula:
            'Tichete cu timpul până la primul răspuns ≤ ținta / tichete cu timp până la primul răspuns × 100',
          of: 'Cu prim răspuns',
        },
        csat: {
          name: 'CSAT (% Bun)',
          definition:
            'Ponderea evaluărilor Bun între tichetele rezolvate evaluate Bun sau Rău; tichetele fără evaluare nu se numără.',
          formula: 'Bun / (Bun + Rău) × 100',
          of: 'Evaluate',
        },
        one_touch: {
          name: 'Dintr-un singur răspuns (%)',
          definition:
            'Ponderea tichetelor rezolvate cu exact un răspuns al agentului și niciodată redeschise (sau marcate în export ca rezolvate la primul contact).',
          formula:
            'Tichete rezolvate dintr-un singur răspuns / tichete rezolvate cu numărul de răspunsuri cunoscut × 100',
          of: 'Răspunsuri cunoscute',
        },
        reopened: {
          name: 'Redeschise (%)',
          definition: 'Ponderea tichetelor rezolvate care au fost redeschise cel puțin o dată.',
          formula:
            'Tichete redeschise cel puțin o dată / tichete rezolvate cu numărul de redeschideri cunoscut × 100',
          of: 'Redeschideri cunoscute',
        },
      },
    },
    differ: {
      title: 'De ce pot diferi cifrele noastre de cele din platforma de suport',
      intro:
        'Când o cifră de aici și una din panoul platformei de suport nu se potrivesc, comparați-le punct cu punct. Fiecare rând spune ce face acest raport și, pentru platformele pe care le recunoaștem, ce spune documentația platformei, cu sursa.',
      check: 'Ce comparați',
      inReport: 'În acest raport',
      asDesk: 'Cum numără {desk}',
      undocumented:
        'Importul nu aplică nicio definiție proprie pentru {desk}: rămân definițiile raportului de mai sus. Comparați fiecare punct cu raportul din {desk}.',
      deskCheck: '{desk}: {check}',
      checks: {
        population: {
          name: 'Aceleași tichete?',
          ours: 'Contează fiecare tichet din fila {tickets}. Un import dintr-o platformă de suport pe care o recunoaștem omite ce omite platforma, dacă nu ați ales să păstrați acele tichete; rezumatul importului numără fiecare fel.',
        },
        solved: {
          name: 'Aceeași lună?',
          ours: 'Un tichet contează ca creat în luna datei de creare și ca rezolvat în luna datei de rezolvare.',
        },
        clock: {
          name: 'Aceleași ore?',
          ours: 'Timpii sunt în ore calendaristice sau în programul de lucru, dacă importul a folosit coloanele exportului calculate în programul de lucru.',
        },
        statistic: {
          name: 'Aceeași statistică?',
          ours: 'Fila {metrics} arată media, mediana și percentila 90 pentru timpul până la primul răspuns și timpul de rezolvare. Fiecare rând este colorat față de propria țintă; formulele din ghiduri sunt medii.',
        },
        zone: {
          name: 'Același fus orar?',
          ours: 'Importul citește orele din export în fusul orar ales pentru el; lunile încep la miezul nopții în fusul orar al foii de calcul.',
        },
        freshness: {
          name: 'Același moment?',
          ours: 'Raportul numără tichetele ultimului import și nu se sincronizează; un export mai nou, odată importat, îl aduce la zi.',
        },
        oneTouch: {
          name: 'Aceeași rezolvare dintr-o singură interacțiune?',
          ours: 'Rezolvare dintr-o singură interacțiune: exact un răspuns al agentului și niciodată redeschis, ca pondere din tichetele rezolvate.',
        },
        sla: {
          name: 'Același SLA?',
          ours: 'Fila {sla}: timpul până la primul răspuns și timpul de rezolvare ale fiecărui tichet față de țintele scrise pentru prioritatea lui, sau starea SLA dată de platforma de asistență acolo unde fila Tichete o are; primele răspunsuri după luna creării, rezolvările după luna rezolvării.',
        },
      },
      desks: {
        zendesk: {
          population: {
            desk: 'Tichetele șterse nu apar în Explore, iar un tichet marcat ca spam este șters. Un tichet comasat în altul este închis, deci contează ca rezolvat; echipele exclud adesea eticheta closed_by_merge.',
            ours: 'Tichetele șterse și spam, precum și cele cu eticheta closed_by_merge, sunt omise la import, dacă nu ați ales să le păstrați.',
          },
          solved: {
            desk: 'Un tichet contează ca rezolvat o singură dată, în luna ultimei rezolvări, și numai cât timp este rezolvat sau închis: rezolvat în martie, redeschis și rezolvat din nou în aprilie, contează în aprilie.',
            ours: 'O dată de rezolvare contează numai cât timp starea tichetului este rezolvat sau închis; rezumatul importului numără tichetele redeschise lăsate deoparte.',
          },
          clock: {
            desk: 'Timpii de răspuns și de rezolvare sunt păstrați atât în ore calendaristice, cât și în programul de lucru; fiecare raport îl arată pe cel numit de indicatorul său.',
          },
          statistic: {
            desk: 'Timpii de răspuns și de rezolvare sunt afișați ca mediane, dacă un raport nu alege alt mod de agregare.',
          },
          zone: {
            desk: 'Explore afișează orele în fusul orar din profilul fiecărei persoane care vede raportul, iar „ultimele 7 zile” se încheie ieri. Exportul CSV este în fusul orar al contului.',
          },
          freshness: {
            desk: 'Explore își sincronizează datele zilnic sau din oră în oră, în funcție de plan, astfel că un panou și un export făcut în alt moment pot conține tichete diferite.',
          },
          oneTouch: {
            desk: 'Rezolvare dintr-o singură interacțiune: un tichet rezolvat cu mai puțin de două răspunsuri ale agentului (inclusiv fără niciunul), ca pondere din tichetele rezolvate. Un „mulțumesc” al clientului care îl redeschide nu îl exclude.',
            ours: 'Ca în Zendesk: importul marchează un tichet ca rezolvat dintr-o singură interacțiune când are mai puțin de două răspunsuri ale agentului, indiferent de redeschideri.',
          },
          sla: {
            desk: 'Îndeplinirea SLA înseamnă țintele atinse împărțite la cele atinse și încălcate, pe politică și pe indicator. Cronometrele se opresc în unele stări și urmează programe, țintele încă în curs sunt lăsate deoparte, iar tichetele șterse sunt numărate.',
            ours: 'Exporturile de tichete Zendesk nu au stare SLA, așa că fila {sla} compară timpii fiecărui tichet cu țintele scrise acolo: aproape de cifra Zendesk doar când țintele și cronometrele corespund politicilor lui.',
          },
        },
        freshdesk: {
          population: {
            desk: 'Rapoartele numără doar tichetele atribuite unui agent sau unui grup și omit spamul și tichetele secundare comasate.',
            ours: 'Tichetele șterse și spam, precum și cele fără agent și fără grup, sunt omise la import, dacă nu ați ales să le păstrați. Exportul nu marchează tichetele secundare comasate, deci acestea sunt numărate.',
          },
          solved: {
            desk: 'Un tichet rezolvat contează în perioada datei de rezolvare, oricare ar fi data de creare (așa cum este documentat pentru Freshservice, produsul înrudit).',
          },
          clock: {
            desk: 'Timpul până la primul răspuns și timpul de rezolvare sunt în programul de lucru (calendarul grupului), în rapoarte și în coloanele „(in hrs)” ale exportului.',
          },
          statistic: {
            desk: 'Timpii sunt afișați ca medii, ca rândurile cu medii din acest raport.',
          },
          oneTouch: {
            desk: 'Pentru rezolvarea la primul contact sunt documentate două definiții: rezolvat cu primul răspuns sau rezolvat fără niciun răspuns al clientului. Raportul o păstrează pe a sa.',
          },
        },
        intercom: {
          statistic: {
            desk: 'Timpii de răspuns și de rezolvare sunt afișați implicit ca mediane.',
          },
        },
      },
    },
    warehouse: {
      heading: 'Tichete în BigQuery?',
      intro:
        'Pentru mai multe tichete decât încap într-o foaie de calcul: aceleași cifre ale tichetelor, calculate în BigQuery pentru perioada aleasă mai sus, în fusul orar al acestei foi de calcul.',
      query: 'Interogare',
      source: 'Tabele',
      table: 'Tabel (dataset.table)',
      target: 'Ținta pentru primul răspuns (h)',
      queries: {
        monthly: 'Cifre lunare',
        breakdown: 'Pe categorii, canale, agenți, grupuri',
        team: 'Pe agenți și grupuri (fila Echipa)',
        weekly: 'Săptămânal (fila Săptămânal)',
        sla: 'SLA pe prioritate (fila SLA)',
        backlog: 'Restanțe după vechime (fila 2)',
      },
      sources: {
        tickets: 'Tabelul de tichete Support Metrics',
        dbt_zendesk: 'Indicatorii tichetelor dbt_zendesk',
      },
      steps:
        'Copiați, apoi în Foi de calcul: Date ▸ Conectori de date ▸ Conectați-vă la BigQuery ▸ proiectul dvs. ▸ Interogare personalizată. Lipiți, Conectați, apoi Extrageți într-o foaie nouă.',
      badTable:
        'Scrieți tabelul ca dataset.table sau project.dataset.table (litere, cifre, _ și -).',
      badTarget: 'Introduceți ținta ca număr de ore mai mare decât 0.',
    },
    monthYear: '{month} {year}',
    months: [
      'ian.',
      'feb.',
      'mar.',
      'apr.',
      'mai',
      'iun.',
      'iul.',
      'aug.',
      'sept.',
      'oct.',
      'nov.',
      'dec.',
    ],
    categories: {
      sales: 'Întrebare despre vânzări',
      technical: 'Întrebare tehnică',
      cancellation: 'Anulare',
      return: 'Retur',
      shipping: 'Livrare',
      availability: 'Disponibilitatea produsului',
      other: 'Altele',
    },
    channels: {
      email: 'E-mail',
      phone: 'Telefon',
      chat: 'Chat live',
      social: 'Rețele sociale',
      other: 'Altele',
    },
    inputs: {
      promoters: 'NPS – promotori (9–10)',
      passives: 'NPS – pasivi (7–8)',
      detractors: 'NPS – detractori (0–6)',
      csat_satisfied: 'CSAT – răspunsuri pozitive (4–5 din 5)',
      csat_responses: 'CSAT – toate răspunsurile',
      surveys_offered: 'CSAT – sondaje trimise',
      ces_sum: 'CES – suma scorurilor (1–7)',
      ces_responses: 'CES – toate răspunsurile',
      customers_start: 'Clienți la început (S)',
      customers_end: 'Clienți la sfârșit (E)',
      customers_new: 'Clienți noi (N)',
      customers_lost: 'Clienți pierduți',
      spend: 'Cheltuieli de vânzări și marketing',
      customers_acquired: 'Clienți atrași',
      avg_purchase: 'Valoarea medie a unei cumpărări',
      purchase_frequency: 'Achiziții per client pe an',
      lifespan: 'Durata relației cu clientul (ani)',
      frt_hours: 'Timp până la primul răspuns, total (ore)',
      frt_tickets: 'Tichete cu un prim răspuns',
      resolution_hours: 'Timp de rezolvare, total (ore)',
      open_start: 'Tichete deschise la început',
      tickets_created: 'Tichete noi',
      tickets_resolved: 'Tichete rezolvate',
      tickets_first_contact: 'Rezolvate la primul contact',
    },
    metrics: {
      nps: {
        name: 'Net Promoter Score (NPS)',
        definition:
          'Cât de probabil este ca clienții să vă recomande, pe o scară de la 0 la 10. Promotorii răspund 9–10, pasivii 7–8, detractorii 0–6.',
        formula: 'NPS = % promotori − % detractori (de la −100 la 100)',
        source:
          'Ghidurile slovene, ruse, române și finlandeze; ghidul chinezesc nu îl are. Exemplul (70 % − 10 % = 60) este din ghidul rus. Ghidul finlandez indică scara 1–10; corect este 0–10.',
        inputs: ['Promotori (9–10)', 'Pasivi (7–8)', 'Detractori (0–6)'],
      },
      nps_moe: {
        name: 'Marja de eroare a NPS',
        definition:
          'Cu câte puncte poate diferi NPS-ul real de cel măsurat, după numărul de răspunsuri. Eșantioanele mici dau marje largi.',
        formula:
          'Marja = z × √((p + d − (p − d)²) / n) × 100; p și d sunt ponderile promotorilor și detractorilor, n numărul de răspunsuri',
        source:
          'Eroarea standard a diferenței de proporții; nu apare în ghiduri, am adăugat-o pentru citirea prudentă a eșantioanelor mici.',
        inputs: [
          'Promotori (9–10)',
          'Pasivi (7–8)',
          'Detractori (0–6)',
          'Nivel de încredere (de ex. 0,95)',
        ],
      },
      nps_change: {
        name: 'Este reală schimbarea NPS?',
        definition:
          'Dacă schimbarea NPS între două perioade este mai mare decât ar produce-o întâmplarea, ținând cont de câte persoane au răspuns de fiecare dată. La câteva sute de răspunsuri pe lună, NPS se mișcă din întâmplare cu câteva puncte.',
        formula:
          'Schimbare = NPS₂ − NPS₁; marjă = z × √(v₁ + v₂) × 100, unde v = (p + d − (p − d)²) / n; valoarea p = 2 × (1 − Φ(|schimbare| / (√(v₁ + v₂) × 100)))',
        source:
          'Nu apare în cele cinci ghiduri; testul pe două eșantioane al varianței NPS pe care NPS_MOE o folosește pentru o singură perioadă. Exemplul este al nostru: 160/84/36, apoi 136/85/59 din 280 de răspunsuri înseamnă −16,8 ± 12,4 puncte (p ≈ 0,008): o scădere reală.',
        inputs: [
          'Promotori, perioada anterioară',
          'Pasivi, perioada anterioară',
          'Detractori, perioada anterioară',
          'Promotori, perioada următoare',
          'Pasivi, perioada următoare',
          'Detractori, perioada următoare',
          'Nivel de încredere (de ex. 0,95)',
        ],
      },
      csat: {
        name: 'Satisfacția clienților (CSAT)',
        definition:
          'Ponderea răspunsurilor pozitive din sondaj: 4 sau 5 pe o scară 1–5 (primele două răspunsuri pe orice scară).',
        formula: 'CSAT = răspunsuri pozitive / toate răspunsurile × 100',
        source:
          'Ghidurile slovene, ruse, române și finlandeze; exemplul (30 de răspunsuri pozitive din 50 = 60 %) este din ghidul rus.',
        inputs: ['Răspunsuri pozitive', 'Toate răspunsurile'],
      },
      csat_change: {
        name: 'Este reală schimbarea CSAT?',
        definition:
          'Dacă schimbarea CSAT între două perioade este mai mare decât ar produce-o întâmplarea, ținând cont de câte persoane au răspuns de fiecare dată.',
        formula:
          'Schimbare = CSAT₂ − CSAT₁ în puncte; marjă = z × √(s₁(1 − s₁) / n₁ + s₂(1 − s₂) / n₂) × 100; valoarea p ca la NPS',
        source:
          'Nu apare în cele cinci ghiduri; testul pe două eșantioane pentru două ponderi. Exemplul este al nostru: 240 de răspunsuri pozitive din 300, apoi 222 din 300, înseamnă −6,0 ± 6,7 puncte (p ≈ 0,08): poate fi întâmplare.',
        inputs: [
          'Răspunsuri pozitive, perioada anterioară',
          'Toate răspunsurile, perioada anterioară',
          'Răspunsuri pozitive, perioada următoare',
          'Toate răspunsurile, perioada următoare',
          'Nivel de încredere (de ex. 0,95)',
        ],
      },
      csat_average: {
        name: 'Scorul mediu de satisfacție',
        definition:
          'Răspunsul CSAT mediu, pentru echipele care raportează media în loc de ponderea mulțumiților.',
        formula: 'Media = suma scorurilor / numărul de răspunsuri',
        source:
          'Ghidul român (satisfacția medie); ghidurile slovene, ruse și finlandeze numără în schimb răspunsurile pozitive (CSAT).',
        inputs: ['Suma scorurilor', 'Numărul de răspunsuri'],
      },
      ces: {
        name: 'Scorul efortului clientului (CES)',
        definition:
          'Cât de ușor a fost de rezolvat problema, pe o scară 1–7 unde 7 înseamnă „foarte ușor” (mai mare e mai bine). Puneți întrebarea în acest sens.',
        formula: 'CES = suma scorurilor / numărul de răspunsuri',
        source:
          'Ghidul rus (1–7, media); ghidul sloven îl menționează. Ghidurile rus și român întreabă cât efort a fost necesar, deci acolo un scor mare e rău; noi întrebăm cât de ușor a fost: mai mare e mai bine.',
        inputs: ['Suma scorurilor', 'Numărul de răspunsuri'],
      },
      ces_percent: {
        name: 'CES, ponderea celor cărora le-a fost ușor',
        definition:
          'Ponderea răspunsurilor de acord că firma a făcut ușoară rezolvarea problemei: 4–5 pe o scară 1–5.',
        formula: 'CES % = răspunsuri de la agree_from în sus / toate răspunsurile × 100',
        source: 'Ghidul finlandez.',
        inputs: ['Răspunsuri de acord (4–5)', 'Toate răspunsurile'],
      },
      response_rate: {
        name: 'Rata de răspuns la sondaje',
        definition: 'Ponderea sondajelor trimise la care clienții au răspuns.',
        formula: 'Rata de răspuns = sondaje completate / sondaje trimise × 100',
        source:
          'Nu apare așa în cele cinci ghiduri: în ghidul rus, rata de răspuns la recenzii este ponderea recenziilor clienților la care firma răspunde. La noi este ponderea chestionarelor completate.',
        inputs: ['Sondaje completate', 'Sondaje trimise'],
      },
      crr: {
        name: 'Rata de retenție a clienților (CRR)',
        definition:
          'Ponderea clienților de la începutul perioadei pe care îi mai aveți la sfârșit, fără clienții veniți în perioadă.',
        formula: 'CRR = ((E − N) / S) × 100; S la început, E la sfârșit, N noi în perioadă',
        source:
          'Ghidurile slovene, ruse și finlandeze; exemplele sunt din ghidul rus (S 200, E 200, N 20 → 90 %) și din cel finlandez (S 100, E 90, N 15 → 75 %).',
        inputs: ['Clienți la început (S)', 'Clienți la sfârșit (E)', 'Clienți noi (N)'],
      },
      churn: {
        name: 'Rata de pierdere a clienților',
        definition:
          'Ponderea clienților de la începutul perioadei pe care i-ați pierdut în perioadă.',
        formula: 'Pierdere = clienți pierduți / clienți la început × 100 (echivalent cu 100 − CRR)',
        source:
          'Ghidurile slovene, ruse, române și finlandeze; exemplul (20 pierduți din 250 → 8 %) este din ghidul rus.',
        inputs: ['Clienți pierduți', 'Clienți la început'],
      },
      cac: {
        name: 'Costul de achiziție a unui client (CAC)',
        definition: 'Cât costă vânzările și marketingul pentru a câștiga un client nou.',
        formula: 'CAC = cheltuieli de vânzări și marketing / clienți atrași',
        source: 'Ghidul finlandez (exemplu: 10 000 $ / 20 000 = 0,50 $).',
        inputs: ['Cheltuieli de vânzări și marketing', 'Clienți atrași'],
      },
      clv: {
        name: 'Valoarea pe durata de viață a clientului (CLV)',
        definition: 'Cât aduce un client mediu pe toată durata relației.',
        formula:
          'CLV = valoarea medie a unei cumpărări × cumpărări pe an × durata relației în ani (− CAC pentru valoarea netă)',
        source:
          'Ghidurile slovene, ruse și finlandeze; exemplul (50 $ × 5 × 3 = 750 $) este din ghidul rus; ghidul finlandez scade CAC.',
        inputs: ['Valoarea medie a unei cumpărări', 'Cumpărări pe an', 'Durata relației (ani)'],
      },
      clv_historical: {
        name: 'CLV istorică',
        definition:
          'Cât a adus efectiv un client: suma cumpărărilor sale înmulțită cu marja brută medie.',
        formula: 'CLV istorică = suma cumpărărilor × marja brută',
        source: 'Ghidul rus.',
        inputs: ['Suma cumpărărilor', 'Marja brută (%)'],
      },
      referral_rate: {
        name: 'Rata de recomandare',
        definition: 'Ponderea clienților veniți pentru că cineva v-a recomandat.',
        formula: 'Rata de recomandare = clienți veniți prin recomandare / toți clienții × 100',
        source: 'Ghidurile slovene și ruse.',
        inputs: ['Clienți veniți prin recomandare', 'Toți clienții'],
      },
      frt: {
        name: 'Timpul mediu până la primul răspuns',
        definition:
          'Timpul de la crearea tichetului până la primul răspuns uman, în medie pe tichetele care au primit răspuns.',
        formula:
          'Timpul mediu până la primul răspuns = timpul total până la primul răspuns / tichete cu un prim răspuns',
        source:
          'Ghidurile slovene, ruse, române și finlandeze. Ghidul rus împarte la tichetele rezolvate; noi, la cele care au primit răspuns.',
        inputs: ['Timpul total până la primul răspuns (ore)', 'Tichete cu un prim răspuns'],
      },
      response_time: {
        name: 'Timpul mediu de răspuns',
        definition:
          'Timpul de răspuns la orice mesaj al clientului, nu doar la primul, în medie pe solicitări.',
        formula: 'Timpul mediu de răspuns = timpul total de răspuns / numărul de solicitări',
        source: 'Ghidurile ruse, finlandeze și chinezești.',
        inputs: ['Timpul total de răspuns (ore)', 'Solicitări'],
      },
      resolution_time: {
        name: 'Timpul mediu de rezolvare',
        definition:
          'Timpul de la deschiderea tichetului până la rezolvarea completă, în medie pe tichetele rezolvate.',
        formula:
          'Timpul mediu de rezolvare = timpul total al tichetelor rezolvate / tichete rezolvate',
        source: 'Ghidurile slovene, ruse, române și finlandeze.',
        inputs: ['Timpul total de rezolvare (ore)', 'Tichete rezolvate'],
      },
      business_hours: {
        name: 'Ore lucrătoare (program de lucru)',
        definition:
          'Timpul dintre două momente, socotit doar în orele de program, așa cum platformele de asistență raportează timpul primului răspuns și timpul de rezolvare. Nopțile, weekendurile și sărbătorile nu se socotesc.',
        formula:
          'Timp lucrat = partea din intervalul [început, sfârșit] care cade în orele programului, zi cu zi',
        source:
          'Nu apare în cele cinci ghiduri; programele sunt definite ca în platformele de asistență (Zendesk). Formula obișnuită cu NETWORKDAYS.INTL și MOD greșește la capete: pentru luni 08:00→18:00, cu programul 09:00–17:00, dă 600 de minute (corect: 480), iar pentru vineri 20:00→luni 08:00 dă −240 (corect: 0). Calculatorul folosește o formulă corectată pentru un singur interval luni–vineri; BUSINESS_HOURS ține cont de orice program, de sărbători și de fusul orar.',
        inputs: [
          'Început (data și ora)',
          'Sfârșit (data și ora)',
          'Deschidere (ora)',
          'Închidere (ora)',
        ],
      },
      aht: {
        name: 'Timpul mediu de gestionare (AHT)',
        definition:
          'Timpul pe care un agent îl petrece cu un contact: convorbire, punere în așteptare și munca de după contact.',
        formula:
          'AHT = (timp de convorbire + timp de punere în așteptare + muncă după contact) / contacte gestionate',
        source: 'Ghidul sloven.',
        inputs: [
          'Timp total de convorbire (minute)',
          'Timp total de punere în așteptare (minute)',
          'Muncă totală după contact (minute)',
          'Contacte gestionate',
        ],
      },
      avg_wait: {
        name: 'Timpul mediu de așteptare (ASA)',
        definition:
          'Cât așteaptă clienții până răspunde un agent, în medie pe contactele preluate.',
        formula: 'Așteptarea medie = timpul total de așteptare / contacte preluate',
        source:
          'Ghidul rus (exemplu: 500 de minute / 200 de contacte = 2,5 minute); ghidul sloven îl numește ASA.',
        inputs: ['Timpul total de așteptare (minute)', 'Contacte preluate'],
      },
      service_level: {
        name: 'Nivelul de serviciu',
        definition: 'Ponderea contactelor preluate în timpul țintă, de ex. 80 % în 20 de secunde.',
        formula: 'Nivelul de serviciu = contacte preluate în timpul țintă / toate contactele × 100',
        source: 'Ghidul sloven.',
        inputs: ['Preluate în timpul țintă', 'Toate contactele'],
      },
      fcr: {
        name: 'Rezolvarea la primul contact (FCR)',
        definition:
          'Ponderea tichetelor rezolvate care au fost rezolvate chiar la primul contact, fără reveniri.',
        formula: 'FCR = rezolvate la primul contact / tichete rezolvate × 100',
        source:
          'Ghidul finlandez, care împarte la tichetele rezolvate, ca noi; ghidul rus îl numește fără formulă.',
        inputs: ['Rezolvate la primul contact', 'Tichete rezolvate'],
      },
      resolution_rate: {
        name: 'Rata generală de rezolvare',
        definition:
          'Ponderea tuturor tichetelor din perioadă care au fost rezolvate. Toate tichetele = deschise la început + noi.',
        formula: 'Rata de rezolvare = tichete rezolvate / (deschise la început + noi) × 100',
        source:
          'Ghidurile slovene și finlandeze; corectat: ghidul finlandez scrie rezolvate / nerezolvate, ceea ce este un raport, nu o rată.',
        inputs: ['Tichete rezolvate', 'Deschise la început', 'Tichete noi'],
      },
      abandon_rate: {
        name: 'Rata de abandon',
        definition:
          'Ponderea contactelor care nu au fost servite: apelantul a închis sau a găsit linia ocupată.',
        formula: 'Abandon = contacte neservite / contacte primite × 100',
        source: 'Ghidul sloven („blocaj”: apeluri nedeservite).',
        inputs: ['Contacte neservite', 'Contacte primite'],
      },
      ticket_volume: {
        name: 'Volumul de tichete',
        definition: 'Câte tichete au sosit în perioadă; fila 2 le împarte pe categorii și canale.',
        formula: 'Volumul de tichete = tichete noi în perioadă',
        source: 'Ghidul finlandez (pe categorii); ghidul sloven (pe canale).',
        inputs: ['Tichete noi'],
      },
      backlog: {
        name: 'Restanțe (tichete deschise)',
        definition: 'Tichetele încă deschise la sfârșitul perioadei.',
        formula: 'Restanțe = deschise la început + noi − rezolvate',
        source: 'Ghidul sloven (cazuri deschise, restanțe).',
        inputs: ['Deschise la început', 'Tichete noi', 'Tichete rezolvate'],
      },
      reopen_rate: {
        name: 'Rata tichetelor redeschise',
        definition:
          'Ponderea tichetelor redeschise cel puțin o dată după ce au fost rezolvate. O rată mare arată că problemele au fost închise înainte de a fi rezolvate cu adevărat.',
        formula:
          'Rata de redeschidere = tichete redeschise cel puțin o dată / toate tichetele × 100',
        source:
          'Nu apare în cele cinci ghiduri; platformele de asistență (Zendesk, Freshdesk) o raportează din numărul de redeschideri al fiecărui tichet. Exemplul este al nostru.',
        inputs: ['Tichete redeschise cel puțin o dată', 'Toate tichetele'],
      },
      one_touch_rate: {
        name: 'Rata de rezolvare dintr-un singur răspuns',
        definition:
          'Ponderea tichetelor rezolvate cu exact un răspuns al agentului și niciodată redeschise: clientul a primit ce îi trebuia dintr-un singur răspuns.',
        formula:
          'Rata dintr-un singur răspuns = tichete cu un singur răspuns al agentului și fără redeschidere / toate tichetele × 100',
        source:
          'Nu apare în cele cinci ghiduri; platformele de asistență (Zendesk) o raportează din numărul de răspunsuri ale agenților și de redeschideri. Exemplul este al nostru.',
        inputs: ['Tichete rezolvate dintr-un răspuns', 'Toate tichetele'],
      },
    },
    sidebar: {
      title: 'Support Metrics',
      reportHeading: 'Raport lunar',
      year: 'An',
      firstMonth: 'Prima lună',
      language: 'Limbă',
      currency: 'Monedă',
      generate: 'Generează raportul lunar',
      ticketsFrom: 'Cifrele tichetelor din',
      ticketsTab: 'Fila Tichete',
      generating: 'Se generează raportul…',
      created: 'Raportul a fost creat în {seconds} s.',
      updated:
        'Raportul a fost actualizat în {seconds} s. Tot ce ați introdus sau adăugat a fost păstrat.',
      openReport: 'Deschide raportul',
      reportTabs: 'Filele lui:',
      failed: 'Raportul nu a fost generat:',
      functionsHeading: 'Funcții',
      search: 'Caută funcții',
      noMatch: 'Nicio funcție nu se potrivește.',
      copy: 'Copiază',
      copied: 'Copiat',
      example: 'Exemplu',
    },
    import: {
      heading: 'Import de tichete',
      intro:
        'Un export CSV din Zendesk, Freshdesk, Intercom, HubSpot sau Jira Service Management ori orice listă de tichete. Se păstrează doar ce le trebuie indicatorilor: fără subiecte, mesaje, nume sau adrese de e-mail.',
      choose: 'Alegeți un fișier CSV',
      drop: 'sau trageți-l aici',
      recognised: 'Export {desk} recunoscut. Rânduri: {rows}.',
      unknown: 'Export necunoscut (rânduri: {rows}). Indicați ce conține fiecare coloană:',
      guessed:
        'Export {desk} în alt format sau în altă limbă. Rânduri: {rows}. Verificați ce conține fiecare coloană:',
      fields: {
        id: 'ID tichet (obligatoriu)',
        created: 'Data creării (obligatoriu)',
        first_reply_at: 'Data primului răspuns',
        solved: 'Data rezolvării',
        updated: 'Data actualizării',
        status: 'Stare',
        channel: 'Canal',
        category: 'Categorie',
        rating: 'Evaluarea satisfacției',
        reopens: 'Redeschideri',
        replies: 'Răspunsuri ale agenților',
        first_contact: 'Rezolvat la primul contact (da/nu)',
        frt: 'Timp până la primul răspuns',
        frt_business: 'Timp până la primul răspuns (în programul de lucru)',
        resolution: 'Timp de rezolvare',
        resolution_business: 'Timp de rezolvare (în programul de lucru)',
        assignee: 'Responsabil (agent)',
        group: 'Grup',
        priority: 'Prioritate',
        tags: 'Etichete',
        brand: 'Marcă',
        form: 'Formular de tichet',
        frt_sla: 'Starea SLA a primului răspuns (a platformei de asistență)',
        resolution_sla: 'Starea SLA a rezolvării (a platformei de asistență)',
      },
      notInFile: '— nu este în fișier —',
      zone: 'Fusul orar pentru orele fără fus orar',
      business: 'Folosește în raport timpii din programul de lucru',
      keepAgents: 'Păstrează numele agenților (pentru foaia Echipa)',
      start: 'Importă',
      cancel: 'Anulează',
      progress: 'Tichete trimise: {done} din {total}',
      done: 'Gata. Adăugate: {added}; actualizate: {updated}; neschimbate: {unchanged}. Total tichete în fila Tichete: {total}.',
      rejected: 'Rânduri omise pentru că nu au putut fi citite ({count}):',
      duplicates:
        'Rânduri care repetă un tichet deja prezent în fișier: {count}. Fiecare tichet este importat o singură dată, din rândul actualizat cel mai recent.',
      keepExcluded: 'Păstrează tichetele șterse, spam și comasate (platforma de suport le omite)',
      excluded: {
        deleted: 'Tichete șterse omise: {count} (starea Deleted), așa cum le omite {desk}.',
        spam: 'Spam omis: {count} (starea sau eticheta „spam”), așa cum îl omite {desk}.',
        merged:
          'Tichete comasate în altele, omise: {count} (eticheta closed_by_merge). {desk} le socotește închise; echipele le exclud.',
        unassigned: 'Tichete fără agent și fără grup, omise: {count}, așa cum le omite {desk}.',
      },
      keptExcluded:
        'Tichete șterse, spam și comasate păstrate, așa cum ați ales: {count}. Raportul le numără; {desk} nu.',
      unsolved:
        'Tichete redeschise și nerezolvate de atunci: {count}. Ca în {desk}, nu sunt socotite rezolvate până nu sunt rezolvate din nou.',
      applied: {
        oneTouch:
          'Rezolvare dintr-o singură interacțiune, ca în {desk}: un tichet rezolvat cu mai puțin de două răspunsuri ale agentului, chiar dacă un „mulțumesc” l-a redeschis.',
        stillSolved:
          'Rezolvate, ca în {desk}: în luna ultimei rezolvări și numai cât timp tichetul este încă rezolvat sau închis.',
      },
      fallback: {
        oneTouch:
          'Nu există coloana „{column}”: rezolvarea dintr-o singură interacțiune urmează definiția raportului (exact un răspuns al agentului, niciodată redeschis), nu pe cea din {desk}.',
        stillSolved:
          'Nu există coloana „{column}”: data rezolvării contează chiar dacă tichetul a fost redeschis între timp; {desk} numără doar tichetele încă rezolvate.',
        byStatus:
          'Nu există coloana „{column}”: tichetele șterse și spam nu pot fi deosebite și sunt numărate.',
        byTag:
          'Nu există coloana „{column}”: tichetele comasate (eticheta closed_by_merge) nu pot fi deosebite și sunt numărate.',
        unassigned:
          'Nu există coloana „{column}”: tichetele fără agent și fără grup nu pot fi deosebite și sunt numărate.',
      },
      fed: 'Din acest fișier, raportul calculează: {inputs}.',
      unfed:
        'Le introduceți în continuare dumneavoastră: {inputs}. Le-ar furniza o coloană din export precum „{column}”.',
      cancelled: 'Import anulat. Fila Tichete nu a fost modificată.',
      row: 'Rândul {row}: {reason}',
      reasons: {
        noId: 'lipsește ID-ul tichetului',
        badDate: '{field}: „{value}” nu este o dată',
        noCreated: 'lipsește data creării',
        beforeCreated: '{field} este înainte de crearea tichetului',
        longId: 'ID-ul tichetului are peste 200 de caractere',
        farDate: '{field}: „{value}” nu este între anii 2000 și 2099',
      },
      errors: {
        empty: 'Fișierul este gol.',
        headersOnly: 'Fișierul are antet, dar niciun tichet.',
        binary: 'Nu este un fișier text (CSV). Exportați tichetele ca CSV și încercați din nou.',
        pdf: 'Este un PDF. Exportați tichetele ca CSV și încercați din nou.',
        noId: 'Nicio coloană nu conține ID-ul tichetului.',
        noCreated: 'Nicio coloană nu conține data creării.',
        noDates: 'Nicio dată de creare din fișier nu a putut fi citită.',
        summary:
          'Acest fișier este un rezumat (un rând pe agent, grup, interval sau săptămână), nu o listă de tichete. Exportați lista de tichete: un rând pe tichet, cu ID-ul și momentul creării.',
        summaryExplore:
          'Acesta este un rezumat Zendesk Explore (un rând pe agent, interval sau săptămână), nu o listă de tichete. În Explore, creați un raport pe setul Support: Tickets cu rândurile Ticket ID și Ticket created - Timestamp (adăugați Ticket solved - Timestamp, Ticket channel, Ticket satisfaction rating și First reply time), apoi descărcați-l ca CSV.',
        tooLarge:
          'Fișierul are prea multe tichete pentru o singură foaie de calcul (Sheets permite 10 milioane de celule).',
        unreadable: 'Fișierul nu a putut fi citit.',
        payload: 'Importul a trimis ceva ce suplimentul nu acceptă.',
      },
      reportUpdated: 'Raportul pentru {period} preia acum datele despre tichete din fila Tichete.',
    },
    menu: {
      openSidebar: 'Deschide bara laterală',
      generate: 'Generează raportul lunar',
      help: 'Ajutor',
      helpText:
        'Scrieți =NPS(B2:B500), =CRR(S, E, N) sau altă funcție în orice celulă ori generați raportul lunar din bara laterală. Raportul folosește doar formule native, așa că funcționează și copiile, și descărcările .xlsx.',
    },
    errors: {
      busy: 'În acest fișier se generează deja alt raport. Încercați din nou peste puțin timp.',
      year: 'Alegeți un an între 2000 și 2100.',
      firstMonth: 'Alegeți prima lună, de la 1 la 12.',
      language: 'Alegeți una dintre limbile din listă.',
      currency: 'Introduceți o monedă de 1–12 caractere, de ex. lei sau RON.',
      unexpected: 'A apărut o eroare neașteptată. Nimic nu s-a schimbat în foile dvs.',
      moved:
        'Nu s-a modificat nimic. În „{tab}”, etichetele nu mai corespund rândurilor lor (rânduri: {count}; rândul {row} arată „{found}” acolo unde trebuie „{expected}”): o sortare sau o mutare le-a separat. Anulați-o (Editare > Anulați) sau readuceți rândurile la locul lor, apoi actualizați din nou. Pentru a vedea rândurile în altă ordine, folosiți o vizualizare cu filtru.',
    },
  };
}
