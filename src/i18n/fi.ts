/** Finnish (suomi). */
import type { Messages } from './messages';

export function fi(): Messages {
  return {
    languageName: 'Suomi',
    currency: '€',
    units: { hours: 'h', minutes: 'min' },
    tabs: {
      metrics: 'Kuukausimittarit',
      volume: 'Tikettimäärät',
      formulas: 'Kaavat ja määritelmät',
      team: 'Tiimi',
      weekly: 'Viikoittain',
      sla: 'SLA prioriteeteittain',
      tickets: 'Tiketit',
    },
    weekly: {
      title: 'Viikkokatsaus {year}',
      intro:
        'Viimeiset 13 viikkoa (maanantaista sunnuntaihin) Tiketit-välilehdeltä. Ensivastausajat ovat tiketin luontiviikon mukaan, CSAT ratkaisuviikon mukaan; jono on viikon lopussa ratkaisemattomat tiketit. Viikot seuraavat tätä päivää; kirjoita maanantai keltaiseen soluun pitääksesi ne paikallaan.',
      noExtract: 'Viikot tarvitsevat Tiketit-välilehden: BigQuery-otteissa on vain kuukausia.',
      latest: 'Viimeisin viikko alkaa',
      week: 'Viikko',
      columns: {
        start: 'Alkaa',
        created: 'Uudet tiketit',
        solved: 'Ratkaistut tiketit',
        frt: 'Ensivastausajan keskiarvo (h)',
        frt_median: 'Ensivastausajan mediaani (h)',
        csat: 'CSAT (% hyviä)',
        backlog: 'Ratkaisematta viikon lopussa',
      },
      dateFormat: 'd.m.yyyy',
    },
    sla: {
      title: 'SLA prioriteeteittain {year}',
      intro:
        'Tiketit, joiden ensivastaus ja ratkaisu täyttivät prioriteetin tavoitteen: ensivastaukset luontikuukauden mukaan, ratkaisut ratkaisukuukauden mukaan, kuten välilehti 1 laskee niiden ajat. Kirjoita kunkin prioriteetin tavoitteet tunteina keltaisiin soluihin.',
      noExtract:
        'SLA prioriteeteittain tarvitsee Tiketit-välilehden: BigQuery-otteissa ei ole prioriteetteja.',
      fromDesk:
        'Jos tiketillä on palvelupisteen oma SLA-tila (Tiketit-välilehden sarakkeet First reply SLA met ja Resolution SLA met), lasketaan se; muut tiketit lasketaan ajan ja tavoitteen perusteella.',
      fromTimes:
        'Kunkin tiketin aikaa verrataan sen prioriteetin tavoitteeseen: Tiketit-välilehdellä ei ole palvelupisteen SLA-tilaa.',
      month: 'Kuukausi',
      priority: 'Prioriteetti',
      targets: { frt: 'Ensivastauksen tavoite (h)', res: 'Ratkaisun tavoite (h)' },
      columns: {
        frt_n: 'Ensivastaukset',
        frt_met: 'Ensivastaukset tavoitteessa',
        frt_pct: 'Ensivastauksen SLA täyttyi (%)',
        res_n: 'Ratkaisut',
        res_met: 'Ratkaisut tavoitteessa',
        res_pct: 'Ratkaisun SLA täyttyi (%)',
      },
      other: 'Muut prioriteetit',
      none: 'Ei prioriteettia',
      all: 'Kaikki tiketit',
      defaults:
        'Uuden prioriteetin tavoitteet aluksi (ensivastaus, ratkaisu): kiireellinen tai kriittinen 1 h ja 4 h, korkea 4 h ja 24 h, normaali 8 h ja 72 h, matala 24 h ja 120 h, muut 8 h ja 72 h. Tavoite, joka ei ole luku, merkitään, ja sen rivi ja Kaikki tiketit jätetään tyhjiksi.',
    },
    backlog: {
      heading: 'Jonon ikä kuun lopussa',
      at: 'Laskettu hetkellä',
      ages: {
        lt1: 'Alle 1 päivä',
        d1: '1–3 päivää',
        d3: '3–7 päivää',
        d7: '7–30 päivää',
        d30: '30 päivää tai enemmän',
      },
      total: 'Ratkaisemattomat tiketit',
      oldest: 'Vanhin ratkaisematon (päivää)',
      note: 'Kunkin kuun lopussa (kuluvalta kuulta nyt) ratkaisemattomat tiketit sen mukaan, kuinka kauan ne olivat olleet avoinna; Tiketit-välilehdeltä. 1–3 päivää sisältää 1 päivän mutta ei 3:a.',
    },
    report: {
      title: 'Asiakaspalveluraportti {year}',
      intro:
        'Kirjoita kunkin kuukauden luvut Syötteet-osion keltaisiin soluihin; Mittarit-osio laskee itsensä. Aseta omat tavoitteesi: vihreä saavuttaa tavoitteen, punainen jää siitä.',
      metric: 'Mittari',
      inputs: 'Syötteet',
      metrics: 'Mittarit',
      target: 'Tavoite',
      goodWhen: 'Hyvä suunta',
      ytd: 'Vuoden alusta',
      volumeTitle: 'Tikettimäärät {year}',
      volumeIntro:
        'Tiketit luokittain ja kanavittain joka kuukausi. Kaaviot näyttävät kasvavat luokat ja piikit.',
      byCategory: 'Tiketit luokittain',
      byChannel: 'Tiketit kanavittain',
      total: 'Yhteensä',
      share: 'Osuus',
      difference: 'Ero uusiin tiketteihin (Kuukausimittarit)',
      formulasTitle: 'Kaavat ja määritelmät',
      formulasIntro:
        'Jokainen mittari määritelmineen ja kaavoineen. Muuta keltaisia soluja käyttääksesi laskuria; niissä on valmiina oppaiden esimerkit.',
      definition: 'Määritelmä',
      formula: 'Kaava',
      source: 'Lähde',
      result: 'Tulos',
      customFunction: 'Mukautettu funktio',
      noFunction: 'Seurataan Kuukausimittarit-välilehdellä',
      protectedWarning: 'Support Metricsin laskema. Muuta syötteitä tai luo raportti uudelleen.',
      validationCount: 'Anna kokonaisluku, vähintään 0.',
      validationAmount: 'Anna luku, vähintään 0.',
      validationNumber: 'Anna luku.',
      confidence: 'Luottamustaso muutosriveille',
      change: 'Muutos edelliseen kuukauteen',
      margin: 'Virhemarginaali (±)',
      changePoints: 'Muutos (pisteinä)',
      changeNote:
        'Näin luet muutokset: muutos väritetään vain, kun se on suurempi kuin sen virhemarginaali yllä olevalla luottamustasolla (vihreä ylös, punainen alas). Värittämätön muutos voi olla sattumaa; mitä vähemmän vastauksia, sitä leveämpi marginaali. Vuoden alusta -sarake vertaa edellisen kauden raporttiin.',
      pValue: 'p-arvo (todennäköisyys, että näin suuri muutos syntyy pelkästä sattumasta)',
      verdict: 'Johtopäätös',
      verdictReal: 'Todellinen: muutos on sattumaa suurempi',
      verdictNoise: 'Voi olla sattumaa: muutos on virhemarginaalin sisällä',
      calculatorBelow: 'Laskin alempana',
      fromTickets: '(Tiketit-välilehdeltä)',
      fromSheet: '({sheet}-välilehdeltä)',
      timeStatistics: {
        frt: { median: 'Ensivastausaika, mediaani', p90: 'Ensivastausaika, 90. persentiili' },
        resolution_time: { median: 'Ratkaisuaika, mediaani', p90: 'Ratkaisuaika, 90. persentiili' },
      },
      monthsCounted: 'Kuukausia mukana',
      staleTickets: 'Uusia tikettejä: päivitä raportti',
      input: 'Lähtötieto {n}',
      value: 'Arvo',
    },
    team: {
      title: 'Tiimi {period}',
      intro:
        'Jokainen agentti ja jokainen ryhmä niiden tikettien mukaan, jotka ne ratkaisivat valittuna kuukautena ja vuoden alusta. Valitse kuukausi ja ensivastauksen tavoiteaika keltaisiin soluihin. Määritelmät ovat Kaavat ja määritelmät -välilehdellä.',
      month: 'Kuukausi',
      target: 'Ensivastauksen tavoiteaika (h)',
      agents: 'Agentit',
      groups: 'Ryhmät',
      chosenMonth: 'Valittu kuukausi',
      others: 'Muut (ja osoittamattomat)',
      all: 'Kaikki ratkaistut tiketit',
      chart: 'Ratkaistut tiketit agenteittain (valittu kuukausi)',
      validationMonth: 'Valitse raportin kuukausi.',
      extractTarget:
        'Poiminta laski ensivastaukset {hours} tunnin tavoitteella: kirjoita tämä tavoite tähän tai kopioi kysely ”Agenteittain ja ryhmittäin” uudelleen omalla tavoitteellasi.',
      definitions: 'Tiimi-välilehti',
      columns: {
        solved: {
          name: 'Ratkaistut tiketit',
          definition:
            'Tiketit, jotka tämä agentti tai ryhmä ratkaisi jakson aikana. Kaikki muut sarakkeet lasketaan näistä tiketeistä.',
          formula: 'Tiketit, joiden ratkaisuaika osuu jaksoon',
        },
        frt: {
          name: 'Keskimääräinen ensivastausaika (h)',
          definition:
            'Keskimääräinen aika tiketin luonnista ensimmäiseen vastaukseen niissä ratkaistuissa tiketeissä, joissa vastaus on (työaikana, jos tuonnissa niin valittiin).',
          formula: 'Ensivastausaikojen summa / tiketit, joilla on ensivastausaika',
        },
        frt_median: {
          name: 'Ensivastausajan mediaani (h)',
          definition:
            'Niiden ratkaistujen tikettien keskimmäinen ensivastausaika, joissa vastaus on: puoleen vastattiin nopeammin, puoleen hitaammin. Zendesk ja Intercom näyttävät tämän; muutama hidas tiketti siirtää keskiarvoa mutta ei mediaania. Tyhjä, kun Tiimi-välilehti lukee BigQuery-otetta (sen summissa ei ole mediaaneja).',
          formula:
            'Ensivastausaikojen mediaani (parillisella määrällä kahden keskimmäisen keskiarvo)',
        },
        frt_p90: {
          name: 'Ensivastausajan 90. persentiili (h)',
          definition:
            'Yhdeksään kymmenestä ratkaistusta tiketistä, joissa vastaus on, vastattiin tässä ajassa; hitain kymmenys odotti kauemmin. Se näyttää odotukset, jotka keskiarvo ja mediaani peittävät. Tyhjä, kun Tiimi-välilehti lukee BigQuery-otetta (sen summissa ei ole persentiilejä).',
          formula:
            'Ensivastausaikojen 90. persentiili (PERCENTILE arvolla 0,9: kahden lähimmän ajan välissä, kun se osuu niiden väliin)',
        },
        resolution: {
          name: 'Keskimääräinen ratkaisuaika (h)',
          definition:
            'Keskimääräinen aika tiketin luonnista sen ratkaisuun (työaikana, jos tuonnissa niin valittiin).',
          formula: 'Ratkaisuaikojen summa / tiketit, joilla on ratkaisuaika',
        },
        resolution_median: {
          name: 'Ratkaisuajan mediaani (h)',
          definition:
            'Ratkaistujen tikettien keskimmäinen ratkaisuaika: puolet ratkaistiin nopeammin, puolet hitaammin. Tyhjä, kun Tiimi-välilehti lukee BigQuery-otetta (sen summissa ei ole mediaaneja).',
          formula: 'Ratkaisuaikojen mediaani (parillisella määrällä kahden keskimmäisen keskiarvo)',
        },
        resolution_p90: {
          name: 'Ratkaisuajan 90. persentiili (h)',
          definition:
            'Yhdeksän kymmenestä ratkaistusta tiketistä ratkaistiin tässä ajassa; hitain kymmenys kesti kauemmin. Tyhjä, kun Tiimi-välilehti lukee BigQuery-otetta (sen summissa ei ole persentiilejä).',
          formula:
            'Ratkaisuaikojen 90. persentiili (PERCENTILE arvolla 0,9: kahden lähimmän ajan välissä, kun se osuu niiden väliin)',
        },
        within: {
          name: 'Ensivastaukset tavoiteajassa (%)',
          definition:
            'Osuus ratkaistuista tiketeistä, joissa on ensivastaus ja joissa se tuli Tiimi-välilehden yläosassa asetetussa tavoiteajassa.',
          formula:
            'Tiketit, joiden ensivastausaika ≤ tavoite / tiketit, joilla on ensivastausaika × 100',
          of: 'Ensivastauksellisia',
        },
        csat: {
          name: 'CSAT (% hyviä)',
          definition:
            'Hyvä-arvioiden osuus ratkaistuista tiketeistä, jotka on arvioitu Hyväksi tai Huonoksi; arvioimattomia ei lasketa.',
          formula: 'Hyvä / (Hyvä + Huono) × 100',
          of: 'Arvioituja',
        },
        one_touch: {
          name: 'Yhdellä vastauksella (%)',
          definition:
            'Osuus ratkaistuista tiketeistä, jotka ratkaistiin täsmälleen yhdellä agentin vastauksella eikä niitä avattu uudelleen (tai jotka vienti merkitsi ratkaistuiksi ensimmäisellä yhteydenotolla).',
          formula:
            'Yhdellä vastauksella ratkaistut / ratkaistut tiketit, joiden vastausmäärä tiedetään × 100',
          of: 'Vastausmäärä tiedossa',
        },
        reopened: {
          name: 'Uudelleen avatut (%)',
          definition: 'Osuus ratkaistuista tiketeistä, jotka avattiin uudelleen vähintään kerran.',
          formula:
            'Vähintään kerran uudelleen avatut / ratkaistut tiketit, joiden uudelleenavaukset tiedetään × 100',
          of: 'Uudelleenavaukset tiedossa',
        },
      },
    },
    differ: {
      title: 'Miksi lukumme voivat poiketa tukijärjestelmäsi luvuista',
      intro:
        'Kun luku täällä ja luku tukijärjestelmän koontinäytöllä eivät täsmää, vertaa niitä kohta kohdalta. Jokainen rivi kertoo, mitä tämä raportti tekee, ja tunnistamiemme tukijärjestelmien osalta, mitä järjestelmän ohjeet sanovat, lähteineen.',
      check: 'Mitä verrata',
      inReport: 'Tässä raportissa',
      asDesk: 'Miten {desk} laskee',
      undocumented:
        'Tuonti ei käytä {desk}-kohtaisia määritelmiä: yllä olevat raportin määritelmät pätevät. Vertaa jokaista kohtaa {desk}-raporttiin.',
      deskCheck: '{desk}: {check}',
      checks: {
        population: {
          name: 'Samat tiketit?',
          ours: 'Jokainen {tickets}-välilehden tiketti lasketaan. Kun tuot tunnistamastamme tukijärjestelmästä, pois jätetään se, minkä järjestelmä itse jättää pois, ellet valinnut säilyttää niitä; tuonnin yhteenveto kertoo kunkin lajin määrän.',
        },
        solved: {
          name: 'Sama kuukausi?',
          ours: 'Tiketti lasketaan luoduksi luontipäivänsä kuukaudelle ja ratkaistuksi ratkaisupäivänsä kuukaudelle.',
        },
        clock: {
          name: 'Samat tunnit?',
          ours: 'Ajat ovat kalenteritunteja tai työaikaa, jos tuonti käytti viennin työaikasarakkeita.',
        },
        statistic: {
          name: 'Sama tunnusluku?',
          ours: '{metrics}-välilehti näyttää ensivastausajan ja ratkaisuajan keskiarvon, mediaanin ja 90. persentiilin. Jokainen rivi väritetään oman tavoitteensa mukaan; oppaiden kaavat ovat keskiarvoja.',
        },
        zone: {
          name: 'Sama aikavyöhyke?',
          ours: 'Tuonti lukee viennin ajat sille valitulla aikavyöhykkeellä; kuukaudet alkavat keskiyöllä laskentataulukon aikavyöhykkeellä.',
        },
        freshness: {
          name: 'Sama hetki?',
          ours: 'Raportti laskee viimeisimmän tuonnin tiketit eikä synkronoidu; uudemman viennin tuominen päivittää sen.',
        },
        oneTouch: {
          name: 'Sama yhden kosketuksen ratkaisu?',
          ours: 'Yhden kosketuksen ratkaisu: täsmälleen yksi agentin vastaus eikä uudelleenavausta, osuutena ratkaistuista tiketeistä.',
        },
        sla: {
          name: 'Sama SLA?',
          ours: '{sla}-välilehti: kunkin tiketin ensivastaus- ja ratkaisuaika sen prioriteetille kirjoitettuja tavoitteita vastaan, tai palvelupisteen oma SLA-tila, jos Tiketit-välilehdellä on se; ensivastaukset luontikuukauden, ratkaisut ratkaisukuukauden mukaan.',
        },
      },
      desks: {
        zendesk: {
          population: {
            desk: 'Poistettuja tikettejä ei ole Exploressa, ja roskapostiksi merkitty tiketti poistetaan. Toiseen yhdistetty tiketti suljetaan, joten se lasketaan ratkaistuksi; tiimit suodattavat usein pois tunnisteen closed_by_merge.',
            ours: 'Poistetut ja roskapostitiketit sekä tiketit, joilla on tunniste closed_by_merge, jätetään tuonnissa pois, ellet valinnut säilyttää niitä.',
          },
          solved: {
            desk: 'Tiketti lasketaan ratkaistuksi kerran, viimeisimmän ratkaisun kuukaudelle, ja vain niin kauan kuin se on ratkaistu tai suljettu: maaliskuussa ratkaistu, uudelleen avattu ja huhtikuussa taas ratkaistu tiketti lasketaan huhtikuulle.',
            ours: 'Ratkaisupäivä lasketaan vain, kun tiketin tila on ratkaistu tai suljettu; tuonnin yhteenveto kertoo sivuun jätettyjen uudelleen avattujen tikettien määrän.',
          },
          clock: {
            desk: 'Vastaus- ja ratkaisuajat tallennetaan sekä kalenteritunteina että työaikana; kukin raportti näyttää sen, jonka sen mittari nimeää.',
          },
          statistic: {
            desk: 'Vastaus- ja ratkaisuajat näytetään mediaaneina, ellei raportissa valita muuta koostetapaa.',
          },
          zone: {
            desk: 'Explore näyttää ajat kunkin katsojan oman profiilin aikavyöhykkeellä, ja ”viimeiset 7 päivää” päättyy eiliseen. CSV-vienti on tilin aikavyöhykkeellä.',
          },
          freshness: {
            desk: 'Explore synkronoi tietonsa päivittäin tai tunneittain tilauksen mukaan, joten koontinäyttö ja eri aikaan tehty vienti voivat sisältää eri tiketit.',
          },
          oneTouch: {
            desk: 'Yhden kosketuksen ratkaisu: ratkaistu tiketti, jossa on alle kaksi agentin vastausta (myös nolla), osuutena ratkaistuista tiketeistä. Asiakkaan ”kiitos”, joka avaa tiketin uudelleen, ei sulje sitä pois.',
            ours: 'Niin kuin Zendesk laskee: tuonti merkitsee tiketin yhden kosketuksen ratkaisuksi, kun siinä on alle kaksi agentin vastausta, uudelleenavauksista riippumatta.',
          },
          sla: {
            desk: 'SLA-toteuma on saavutetut tavoitteet jaettuna saavutetuilla ja rikotuilla, käytännöittäin ja mittareittain. Kellot pysähtyvät joissakin tiloissa ja noudattavat aikatauluja, käynnissä olevat tavoitteet jätetään pois ja poistetut tiketit lasketaan mukaan.',
            ours: 'Zendeskin tikettiviennissä ei ole SLA-tilaa, joten {sla}-välilehti vertaa kunkin tiketin aikoja siellä kirjoitettuihin tavoitteisiin: lähellä Zendeskin lukua vain, kun tavoitteet ja kellot vastaavat sen käytäntöjä.',
          },
        },
        freshdesk: {
          population: {
            desk: 'Raportit laskevat vain agentille tai ryhmälle osoitetut tiketit ja jättävät pois roskapostin ja yhdistetyt toissijaiset tiketit.',
            ours: 'Poistetut ja roskapostitiketit sekä tiketit, joilla ei ole agenttia eikä ryhmää, jätetään tuonnissa pois, ellet valinnut säilyttää niitä. Vienti ei merkitse yhdistettyjä toissijaisia tikettejä, joten ne lasketaan mukaan.',
          },
          solved: {
            desk: 'Ratkaistu tiketti lasketaan ratkaisupäivänsä jaksolle luontipäivästä riippumatta (näin se on kuvattu sisartuotteelle Freshservice).',
          },
          clock: {
            desk: 'Ensivastausaika ja ratkaisuaika ovat työaikaa (ryhmän kalenterin mukaan) raporteissa ja viennin ”(in hrs)”-sarakkeissa.',
          },
          statistic: {
            desk: 'Ajat näytetään keskiarvoina, kuten tämän raportin keskiarvorivit.',
          },
          oneTouch: {
            desk: 'Ensimmäisellä yhteydenotolla ratkaistulle on kuvattu kaksi määritelmää: ratkaistu ensimmäisellä vastauksella tai ratkaistu ilman asiakkaan vastausta. Raportti pitää oman määritelmänsä.',
          },
        },
        intercom: {
          statistic: {
            desk: 'Vastaus- ja ratkaisuajat näytetään oletuksena mediaaneina.',
          },
        },
      },
    },
    warehouse: {
      heading: 'Tiketit BigQueryssa?',
      intro:
        'Kun tikettejä on enemmän kuin laskentataulukkoon mahtuu: samat tikettiluvut laskettuna BigQueryssa yllä valitulle jaksolle tämän laskentataulukon aikavyöhykkeellä.',
      query: 'Kysely',
      source: 'Taulut',
      table: 'Taulu (dataset.table)',
      target: 'Ensivastauksen tavoiteaika (h)',
      queries: {
        monthly: 'Kuukausiluvut',
        breakdown: 'Luokittain, kanavittain, agenteittain, ryhmittäin',
        team: 'Agenteittain ja ryhmittäin (Tiimi-välilehti)',
        weekly: 'Viikoittain (Viikoittain-välilehti)',
        sla: 'SLA prioriteeteittain (SLA-välilehti)',
        backlog: 'Jonon ikäjakauma (välilehti 2)',
      },
      sources: {
        tickets: 'Support Metricsin tikettitaulu',
        dbt_zendesk: 'dbt_zendeskin tikettimittarit',
      },
      steps:
        'Kopioi ja valitse sitten Taulukoissa: Data ▸ Datayhdistimet ▸ Yhdistä BigQueryyn ▸ projektisi ▸ Mukautettu kysely. Liitä, Yhdistä ja pura sitten uudelle taulukolle (Pura).',
      badTable:
        'Kirjoita taulu muodossa dataset.table tai project.dataset.table (kirjaimet, numerot, _ ja -).',
      badTarget: 'Kirjoita tavoite tunteina, suurempana kuin 0.',
    },
    monthYear: '{month} {year}',
    months: [
      'tammi',
      'helmi',
      'maalis',
      'huhti',
      'touko',
      'kesä',
      'heinä',
      'elo',
      'syys',
      'loka',
      'marras',
      'joulu',
    ],
    categories: {
      sales: 'Myyntikysymys',
      technical: 'Tekninen kysymys',
      cancellation: 'Peruutus',
      return: 'Palautus',
      shipping: 'Toimitus',
      availability: 'Tuotteen saatavuus',
      other: 'Muu',
    },
    channels: {
      email: 'Sähköposti',
      phone: 'Puhelin',
      chat: 'Livechat',
      social: 'Sosiaalinen media',
      other: 'Muu',
    },
    inputs: {
      promoters: 'NPS: suosittelijat (9–10)',
      passives: 'NPS: passiiviset (7–8)',
      detractors: 'NPS: arvostelijat (0–6)',
      csat_satisfied: 'CSAT: tyytyväiset asiakkaat (4–5/5)',
      csat_responses: 'CSAT: kaikki vastaukset',
      surveys_offered: 'CSAT: lähetetyt kyselyt',
      ces_sum: 'CES: pisteiden summa (1–7)',
      ces_responses: 'CES: kaikki vastaukset',
      customers_start: 'Asiakkaat alussa (S)',
      customers_end: 'Asiakkaat lopussa (E)',
      customers_new: 'Uudet asiakkaat (N)',
      customers_lost: 'Menetetyt asiakkaat',
      spend: 'Myynnin ja markkinoinnin kulut',
      customers_acquired: 'Hankitut asiakkaat',
      avg_purchase: 'Keskimääräinen ostoksen arvo',
      purchase_frequency: 'Ostoja asiakasta kohden vuodessa',
      lifespan: 'Asiakkuuden kesto (vuotta)',
      frt_hours: 'Ensivastausaika yhteensä (tuntia)',
      frt_tickets: 'Tiketit, joihin on vastattu',
      resolution_hours: 'Ratkaisuaika yhteensä (tuntia)',
      open_start: 'Avoimet tiketit alussa',
      tickets_created: 'Uudet tiketit',
      tickets_resolved: 'Ratkaistut tiketit',
      tickets_first_contact: 'Ratkaistu ensimmäisellä yhteydenotolla',
    },
    metrics: {
      nps: {
        name: 'Nettosuositteluindeksi (NPS)',
        definition:
          'Kuinka todennäköisesti asiakkaat suosittelisivat teitä asteikolla 0–10. Suosittelijat vastaavat 9–10, passiiviset 7–8, arvostelijat 0–6.',
        formula: 'NPS = suosittelijoiden % − arvostelijoiden % (−100…100)',
        source:
          'Slovenian-, venäjän-, romanian- ja suomenkieliset oppaat; kiinankielisessä sitä ei ole. Esimerkki (70 % − 10 % = 60) on venäjänkielisestä oppaasta. Suomenkielinen opas kertoo asteikoksi 1–10; oikea on 0–10.',
        inputs: ['Suosittelijat (9–10)', 'Passiiviset (7–8)', 'Arvostelijat (0–6)'],
      },
      nps_moe: {
        name: 'NPS:n virhemarginaali',
        definition:
          'Kuinka monta pistettä todellinen NPS voi poiketa mitatusta vastaajamäärän perusteella. Pienillä otoksilla marginaali on leveä.',
        formula:
          'Marginaali = z × √((p + d − (p − d)²) / n) × 100; p ja d ovat suosittelijoiden ja arvostelijoiden osuudet, n vastausten määrä',
        source:
          'Osuuksien erotuksen keskivirhe; ei oppaissa, lisätty, jotta pieniä otoksia luetaan varoen.',
        inputs: [
          'Suosittelijat (9–10)',
          'Passiiviset (7–8)',
          'Arvostelijat (0–6)',
          'Luottamustaso (esim. 0,95)',
        ],
      },
      nps_change: {
        name: 'Onko NPS:n muutos todellinen?',
        definition:
          'Onko NPS:n muutos kahden kauden välillä suurempi kuin sattuma voisi aiheuttaa, kun otetaan huomioon vastaajien määrä kummallakin kaudella. Muutaman sadan kuukausittaisen vastauksen NPS heiluu sattumalta useita pisteitä.',
        formula:
          'Muutos = NPS₂ − NPS₁; virhemarginaali = z × √(v₁ + v₂) × 100, jossa v = (p + d − (p − d)²) / n; p-arvo = 2 × (1 − Φ(|muutos| / (√(v₁ + v₂) × 100)))',
        source:
          'Ei mukana viidessä oppaassa; kahden otoksen testi NPS:n varianssilla, jota NPS_MOE käyttää yhdelle kaudelle. Esimerkki on meidän: 160/84/36 ja sitten 136/85/59 280 vastauksesta on −16,8 ± 12,4 pistettä (p ≈ 0,008): todellinen lasku.',
        inputs: [
          'Suosittelijat, edellinen kausi',
          'Passiiviset, edellinen kausi',
          'Arvostelijat, edellinen kausi',
          'Suosittelijat, myöhempi kausi',
          'Passiiviset, myöhempi kausi',
          'Arvostelijat, myöhempi kausi',
          'Luottamustaso (esim. 0,95)',
        ],
      },
      csat: {
        name: 'Asiakastyytyväisyyspisteet (CSAT)',
        definition:
          'Tyytyväisten vastausten osuus kyselyssä: 4 tai 5 asteikolla 1–5 (kaksi parasta vastausta millä tahansa asteikolla).',
        formula: 'CSAT = tyytyväiset asiakkaat / kaikki vastaukset × 100',
        source:
          'Slovenian-, venäjän-, romanian- ja suomenkieliset oppaat; esimerkki (30 tyytyväistä asiakasta 50 vastauksesta = 60 %) on venäjänkielisestä oppaasta.',
        inputs: ['Tyytyväiset asiakkaat', 'Kaikki vastaukset'],
      },
      csat_change: {
        name: 'Onko CSAT:n muutos todellinen?',
        definition:
          'Onko CSAT:n muutos kahden kauden välillä suurempi kuin sattuma voisi aiheuttaa, kun otetaan huomioon vastaajien määrä kummallakin kaudella.',
        formula:
          'Muutos = CSAT₂ − CSAT₁ prosenttiyksikköinä; virhemarginaali = z × √(s₁(1 − s₁) / n₁ + s₂(1 − s₂) / n₂) × 100; p-arvo kuten NPS:llä',
        source:
          'Ei mukana viidessä oppaassa; kahden osuuden testi. Esimerkki on meidän: 240 tyytyväistä asiakasta 300:sta ja sitten 222 300:sta on −6,0 ± 6,7 pistettä (p ≈ 0,08): voi olla sattumaa.',
        inputs: [
          'Tyytyväiset asiakkaat, edellinen kausi',
          'Kaikki vastaukset, edellinen kausi',
          'Tyytyväiset asiakkaat, myöhempi kausi',
          'Kaikki vastaukset, myöhempi kausi',
          'Luottamustaso (esim. 0,95)',
        ],
      },
      csat_average: {
        name: 'Keskimääräinen tyytyväisyyspistemäärä',
        definition:
          'CSAT-vastausten keskiarvo tiimeille, jotka raportoivat keskiarvon tyytyväisten osuuden sijaan.',
        formula: 'Keskiarvo = pisteiden summa / vastausten määrä',
        source:
          'Romaniankielinen opas (keskimääräinen tyytyväisyys); slovenian-, venäjän- ja suomenkieliset laskevat sen sijaan tyytyväisten asiakkaiden osuuden (CSAT).',
        inputs: ['Pisteiden summa', 'Vastausten määrä'],
      },
      ces: {
        name: 'Asiakkaan vaivannäkö (CES)',
        definition:
          'Kuinka helppoa asian hoitaminen oli asteikolla 1–7, jossa 7 tarkoittaa ”erittäin helppoa” (suurempi on parempi). Kysy kysymys tähän suuntaan.',
        formula: 'CES = pisteiden summa / vastausten määrä',
        source:
          'Venäjänkielinen opas (1–7, keskiarvo); sloveniankielinen mainitsee sen. Venäjän- ja romaniankielinen kysyvät, kuinka paljon vaivaa tarvittiin, joten niissä korkea pistemäärä on huono; me kysymme, kuinka helppoa oli: suurempi on parempi.',
        inputs: ['Pisteiden summa', 'Vastausten määrä'],
      },
      ces_percent: {
        name: 'CES, helpoksi kokeneiden osuus',
        definition:
          'Niiden vastausten osuus, jotka ovat samaa mieltä siitä, että yritys teki asian hoitamisesta helppoa: 4–5 asteikolla 1–5.',
        formula: 'CES % = vähintään agree_from-arvon vastaukset / kaikki vastaukset × 100',
        source: 'Suomenkielinen opas.',
        inputs: ['Samaa mieltä olevat vastaukset (4–5)', 'Kaikki vastaukset'],
      },
      response_rate: {
        name: 'Palautekyselyjen vastausprosentti',
        definition: 'Niiden lähetettyjen kyselyjen osuus, joihin asiakkaat vastasivat.',
        formula: 'Vastausprosentti = vastatut kyselyt / lähetetyt kyselyt × 100',
        source:
          'Ei tässä muodossa viidessä oppaassa: venäjänkielisessä palautteen vastausprosentti on niiden asiakasarvioiden osuus, joihin yritys vastaa. Meillä se on vastattujen kyselyjen osuus.',
        inputs: ['Vastatut kyselyt', 'Lähetetyt kyselyt'],
      },
      crr: {
        name: 'Asiakaspysyvyysaste (CRR)',
        definition:
          'Kauden alun asiakkaista se osuus, joka on yhä asiakkaana kauden lopussa, kauden aikana tulleita lukuun ottamatta.',
        formula: 'CRR = ((E − N) / S) × 100; S alussa, E lopussa, N uusia kauden aikana',
        source:
          'Slovenian-, venäjän- ja suomenkieliset oppaat; esimerkit ovat venäjänkielisestä (S 200, E 200, N 20 → 90 %) ja suomenkielisestä oppaasta (S 100, E 90, N 15 → 75 %).',
        inputs: ['Asiakkaat alussa (S)', 'Asiakkaat lopussa (E)', 'Uudet asiakkaat (N)'],
      },
      churn: {
        name: 'Asiakkaiden poistuma',
        definition: 'Kauden alun asiakkaista se osuus, jonka menetitte kauden aikana.',
        formula: 'Poistuma = menetetyt asiakkaat / asiakkaat alussa × 100 (sama kuin 100 − CRR)',
        source:
          'Slovenian-, venäjän-, romanian- ja suomenkieliset oppaat; esimerkki (20 menetettyä 250:stä → 8 %) on venäjänkielisestä oppaasta.',
        inputs: ['Menetetyt asiakkaat', 'Asiakkaat alussa'],
      },
      cac: {
        name: 'Asiakashankintakustannukset (CAC)',
        definition: 'Paljonko myynti ja markkinointi maksavat yhtä uutta asiakasta kohden.',
        formula: 'CAC = myynnin ja markkinoinnin kulut / hankitut asiakkaat',
        source: 'Suomenkielinen opas (esimerkki: 10 000 $ / 20 000 = 0,50 $).',
        inputs: ['Myynnin ja markkinoinnin kulut', 'Hankitut asiakkaat'],
      },
      clv: {
        name: 'Asiakkaan elinkaariarvo (CLV)',
        definition: 'Paljonko keskimääräinen asiakas tuo koko asiakkuuden aikana.',
        formula:
          'CLV = keskimääräinen ostoksen arvo × ostoja vuodessa × asiakkuuden kesto vuosina (− CAC nettoarvoon)',
        source:
          'Slovenian-, venäjän- ja suomenkieliset oppaat; esimerkki (50 $ × 5 × 3 = 750 $) on venäjänkielisestä oppaasta; suomenkielinen vähentää CAC:n.',
        inputs: ['Keskimääräinen ostoksen arvo', 'Ostoja vuodessa', 'Asiakkuuden kesto (vuotta)'],
      },
      clv_historical: {
        name: 'Toteutunut CLV',
        definition:
          'Paljonko yksi asiakas on todella tuonut: ostostensa summa kerrottuna keskimääräisellä myyntikatteella.',
        formula: 'Toteutunut CLV = ostosten summa × myyntikate',
        source: 'Venäjänkielinen opas.',
        inputs: ['Ostosten summa', 'Myyntikate (%)'],
      },
      referral_rate: {
        name: 'Suositteluaste',
        definition: 'Niiden asiakkaiden osuus, jotka tulivat, koska joku suositteli teitä.',
        formula: 'Suositteluaste = suosituksesta tulleet asiakkaat / kaikki asiakkaat × 100',
        source: 'Slovenian- ja venäjänkieliset oppaat.',
        inputs: ['Suosituksesta tulleet asiakkaat', 'Kaikki asiakkaat'],
      },
      frt: {
        name: 'Keskimääräinen ensivastausaika',
        definition:
          'Aika tiketin luomisesta ensimmäiseen ihmisen vastaukseen, keskimäärin vastauksen saaneita tikettejä kohden.',
        formula:
          'Keskimääräinen ensivastausaika = ensivastausaika yhteensä / tiketit, joihin on vastattu',
        source:
          'Slovenian-, venäjän-, romanian- ja suomenkieliset oppaat. Venäjänkielinen jakaa ratkaistuilla tiketeillä; me vastatuilla.',
        inputs: ['Ensivastausaika yhteensä (tuntia)', 'Tiketit, joihin on vastattu'],
      },
      response_time: {
        name: 'Keskimääräinen vastausaika',
        definition:
          'Aika vastata mihin tahansa asiakkaan viestiin, ei vain ensimmäiseen, keskimäärin yhteydenottoa kohden.',
        formula: 'Keskimääräinen vastausaika = vastausaika yhteensä / yhteydenottojen määrä',
        source: 'Venäjän-, suomen- ja kiinankieliset oppaat.',
        inputs: ['Vastausaika yhteensä (tuntia)', 'Yhteydenotot'],
      },
      resolution_time: {
        name: 'Keskimääräinen ratkaisuaika',
        definition:
          'Aika tiketin avaamisesta täyteen ratkaisuun, keskimäärin ratkaistua tikettiä kohden.',
        formula:
          'Keskimääräinen ratkaisuaika = ratkaistujen tikettien aika yhteensä / ratkaistut tiketit',
        source: 'Slovenian-, venäjän-, romanian- ja suomenkieliset oppaat.',
        inputs: ['Ratkaisuaika yhteensä (tuntia)', 'Ratkaistut tiketit'],
      },
      business_hours: {
        name: 'Työaika (aukioloaika)',
        definition:
          'Kahden hetken välinen aika vain työaikana laskettuna, kuten asiakastukijärjestelmät raportoivat ensimmäisen vastauksen ja ratkaisun ajan. Yöt, viikonloput ja pyhäpäivät eivät lasketa.',
        formula:
          'Työaika = se osa välistä [alku, loppu], joka osuu aikataulun tunteihin, päivä kerrallaan',
        source:
          'Ei mukana viidessä oppaassa; aikataulut kuten asiakastukijärjestelmät (Zendesk) ne määrittelevät. Tavallinen NETWORKDAYS.INTL- ja MOD-kaava menee reunoilla väärin: maanantaille 08:00→18:00 aikataululla 09:00–17:00 se antaa 600 minuuttia (oikein 480) ja perjantain 20:00:sta maanantain 08:00:aan −240 (oikein 0). Laskin käyttää korjattua kaavaa yhdelle ma–pe-aikavälille; BUSINESS_HOURS ottaa huomioon minkä tahansa aikataulun, pyhäpäivät ja aikavyöhykkeet.',
        inputs: [
          'Alku (päivä ja kellonaika)',
          'Loppu (päivä ja kellonaika)',
          'Työ alkaa (tunti)',
          'Työ päättyy (tunti)',
        ],
      },
      aht: {
        name: 'Keskimääräinen käsittelyaika (AHT)',
        definition:
          'Aika, jonka agentti käyttää yhteen yhteydenottoon: puhe, pito ja jälkikäsittely.',
        formula: 'AHT = (puheaika + pitoaika + jälkikäsittely yhteensä) / käsitellyt yhteydenotot',
        source: 'Sloveniankielinen opas.',
        inputs: [
          'Puheaika yhteensä (minuuttia)',
          'Pitoaika yhteensä (minuuttia)',
          'Jälkikäsittely yhteensä (minuuttia)',
          'Käsitellyt yhteydenotot',
        ],
      },
      avg_wait: {
        name: 'Keskimääräinen jonotusaika (ASA)',
        definition:
          'Kuinka kauan asiakkaat odottavat agentin vastaamista, keskimäärin palveltua yhteydenottoa kohden.',
        formula: 'Keskimääräinen jonotus = jonotusaika yhteensä / palvellut yhteydenotot',
        source:
          'Venäjänkielinen opas (esimerkki: 500 minuuttia / 200 yhteydenottoa = 2,5 minuuttia); sloveniankielinen kutsuu sitä ASA:ksi.',
        inputs: ['Jonotusaika yhteensä (minuuttia)', 'Palvellut yhteydenotot'],
      },
      service_level: {
        name: 'Palvelutaso',
        definition: 'Tavoiteajassa vastattujen yhteydenottojen osuus, esim. 80 % 20 sekunnissa.',
        formula: 'Palvelutaso = tavoiteajassa vastatut / kaikki yhteydenotot × 100',
        source: 'Sloveniankielinen opas.',
        inputs: ['Vastattu tavoiteajassa', 'Kaikki yhteydenotot'],
      },
      fcr: {
        name: 'Ensimmäisen yhteydenoton ratkaisuprosentti (FCR)',
        definition:
          'Ratkaistuista tiketeistä se osuus, joka ratkesi jo ensimmäisellä yhteydenotolla ilman jatkoyhteyksiä.',
        formula: 'FCR = ensimmäisellä yhteydenotolla ratkaistut / ratkaistut tiketit × 100',
        source:
          'Suomenkielinen opas, joka jakaa ratkaistuilla tiketeillä kuten mekin; venäjänkielinen mainitsee sen ilman kaavaa.',
        inputs: ['Ratkaistu ensimmäisellä yhteydenotolla', 'Ratkaistut tiketit'],
      },
      resolution_rate: {
        name: 'Yleinen ratkaisuprosentti',
        definition:
          'Kauden kaikista tiketeistä ratkaistujen osuus. Kaikki tiketit = alussa avoimet + uudet.',
        formula: 'Ratkaisuaste = ratkaistut tiketit / (alussa avoimet + uudet) × 100',
        source:
          'Slovenian- ja suomenkieliset oppaat; korjattu: suomenkielinen kirjoittaa ratkaistut / ratkaisemattomat, mikä on suhdeluku, ei aste.',
        inputs: ['Ratkaistut tiketit', 'Avoimet alussa', 'Uudet tiketit'],
      },
      abandon_rate: {
        name: 'Keskeytysaste',
        definition:
          'Niiden yhteydenottojen osuus, joita ei palveltu: soittaja katkaisi puhelun tai linja oli varattu.',
        formula: 'Keskeytysaste = palvelemattomat yhteydenotot / tarjotut yhteydenotot × 100',
        source: 'Sloveniankielinen opas (”esto”: palvelematta jääneet puhelut).',
        inputs: ['Palvelemattomat yhteydenotot', 'Tarjotut yhteydenotot'],
      },
      ticket_volume: {
        name: 'Tikettimäärä',
        definition:
          'Kuinka monta tikettiä kaudella tuli; välilehti 2 jakaa ne luokittain ja kanavittain.',
        formula: 'Tikettimäärä = kauden uudet tiketit',
        source: 'Suomenkielinen opas (luokittain); sloveniankielinen opas (kanavittain).',
        inputs: ['Uudet tiketit'],
      },
      backlog: {
        name: 'Jono (avoimet tiketit)',
        definition: 'Kauden lopussa yhä avoimet tiketit.',
        formula: 'Jono = alussa avoimet + uudet − ratkaistut',
        source: 'Sloveniankielinen opas (avoimet tapaukset, tikettijono).',
        inputs: ['Avoimet alussa', 'Uudet tiketit', 'Ratkaistut tiketit'],
      },
      reopen_rate: {
        name: 'Uudelleenavausaste',
        definition:
          'Osuus tiketeistä, jotka avattiin ratkaisun jälkeen uudelleen vähintään kerran. Korkea osuus kertoo, että ongelmia suljettiin ennen kuin ne oli todella ratkaistu.',
        formula:
          'Uudelleenavausaste = vähintään kerran uudelleen avatut tiketit / kaikki tiketit × 100',
        source:
          'Ei mukana viidessä oppaassa; asiakastukijärjestelmät (Zendesk, Freshdesk) raportoivat sen kunkin tiketin uudelleenavausten määrästä. Esimerkki on meidän.',
        inputs: ['Vähintään kerran uudelleen avatut tiketit', 'Kaikki tiketit'],
      },
      one_touch_rate: {
        name: 'Yhden vastauksen ratkaisuaste',
        definition:
          'Osuus tiketeistä, jotka ratkaistiin täsmälleen yhdellä agentin vastauksella eikä niitä avattu uudelleen: asiakas sai tarvitsemansa yhdellä vastauksella.',
        formula:
          'Yhden vastauksen ratkaisuaste = tiketit, joissa yksi agentin vastaus eikä uudelleenavausta / kaikki tiketit × 100',
        source:
          'Ei mukana viidessä oppaassa; asiakastukijärjestelmät (Zendesk) raportoivat sen agenttien vastausmääristä ja uudelleenavauksista. Esimerkki on meidän.',
        inputs: ['Yhdellä vastauksella ratkaistut tiketit', 'Kaikki tiketit'],
      },
    },
    sidebar: {
      title: 'Support Metrics',
      reportHeading: 'Kuukausiraportti',
      year: 'Vuosi',
      firstMonth: 'Ensimmäinen kuukausi',
      language: 'Kieli',
      currency: 'Valuutta',
      generate: 'Luo kuukausiraportti',
      ticketsFrom: 'Tikettiluvut lähteestä',
      ticketsTab: 'Tiketit-välilehti',
      generating: 'Luodaan raporttia…',
      created: 'Raportti luotiin {seconds} sekunnissa.',
      updated:
        'Raportti päivitettiin {seconds} sekunnissa. Kaikki kirjoittamasi ja lisäämäsi säilyi.',
      openReport: 'Avaa raportti',
      reportTabs: 'Sen välilehdet:',
      failed: 'Raporttia ei luotu:',
      functionsHeading: 'Funktiot',
      search: 'Hae funktioita',
      noMatch: 'Mikään funktio ei vastaa hakua.',
      copy: 'Kopioi',
      copied: 'Kopioitu',
      example: 'Esimerkki',
    },
    import: {
      heading: 'Tikettien tuonti',
      intro:
        'CSV-vienti Zendeskistä, Freshdeskistä, Intercomista, HubSpotista tai Jira Service Managementista tai mikä tahansa tikettiluettelo. Vain mittareiden tarvitsemat tiedot säilytetään: ei aiheita, viestejä, nimiä eikä sähköpostiosoitteita.',
      choose: 'Valitse CSV-tiedosto',
      drop: 'tai pudota se tähän',
      recognised: 'Vienti: {desk}, rivejä {rows}.',
      unknown: 'Tuntematon vienti (rivejä {rows}). Kerro, mitä kukin sarake sisältää:',
      guessed:
        '{desk}-vienti toisessa muodossa tai kielellä. Rivejä: {rows}. Tarkista, mitä kukin sarake sisältää:',
      fields: {
        id: 'Tiketin tunnus (pakollinen)',
        created: 'Luotu (pakollinen)',
        first_reply_at: 'Ensimmäisen vastauksen ajankohta',
        solved: 'Ratkaistu',
        updated: 'Päivitetty',
        status: 'Tila',
        channel: 'Kanava',
        category: 'Luokka',
        rating: 'Tyytyväisyysarvio',
        reopens: 'Uudelleenavaukset',
        replies: 'Agenttien vastaukset',
        first_contact: 'Ratkaistu ensimmäisellä yhteydenotolla (kyllä/ei)',
        frt: 'Ensivastausaika',
        frt_business: 'Ensivastausaika työaikana',
        resolution: 'Ratkaisuaika',
        resolution_business: 'Ratkaisuaika työaikana',
        assignee: 'Käsittelijä (agentti)',
        group: 'Ryhmä',
        priority: 'Prioriteetti',
        tags: 'Tunnisteet',
        brand: 'Brändi',
        form: 'Tikettilomake',
        frt_sla: 'Ensivastauksen SLA-tila (palvelupisteen oma)',
        resolution_sla: 'Ratkaisun SLA-tila (palvelupisteen oma)',
      },
      notInFile: '— ei tiedostossa —',
      zone: 'Aikavyöhyke ajoille, joissa sitä ei ole merkitty',
      business: 'Käytä raportissa työajan mukaisia aikoja',
      keepAgents: 'Säilytä agenttien nimet (Tiimi-välilehteä varten)',
      start: 'Tuo',
      cancel: 'Peruuta',
      progress: 'Tikettejä lähetetty: {done}/{total}',
      done: 'Valmis: lisätty {added}, päivitetty {updated}, ennallaan {unchanged}; Tiketit-välilehdellä tikettejä yhteensä {total}.',
      rejected: 'Rivejä, joita ei voitu lukea ja jotka jätettiin pois: {count}.',
      duplicates:
        'Rivejä, jotka toistavat tiedostossa jo olevan tiketin: {count}. Jokainen tiketti tuodaan kerran, viimeksi päivitetyltä riviltään.',
      keepExcluded:
        'Säilytä poistetut, roskapostiksi merkityt ja yhdistetyt tiketit (tukijärjestelmä jättää ne pois)',
      excluded: {
        deleted: 'Poistetut tiketit jätettiin pois: {count} (tila Deleted), kuten {desk} tekee.',
        spam: 'Roskaposti jätettiin pois: {count} (tila tai tunniste ”spam”), kuten {desk} tekee.',
        merged:
          'Toiseen tikettiin yhdistetyt tiketit jätettiin pois: {count} (tunniste closed_by_merge). {desk} laskee ne suljetuiksi; tiimit suodattavat ne pois.',
        unassigned:
          'Tiketit, joilla ei ole agenttia eikä ryhmää, jätettiin pois: {count}, kuten {desk} tekee.',
      },
      keptExcluded:
        'Poistetut, roskaposti- ja yhdistetyt tiketit säilytettiin valintasi mukaan: {count}. Raportti laskee ne, {desk} ei.',
      unsolved:
        'Uudelleen avattuja tikettejä, joita ei ole sen jälkeen ratkaistu: {count}. Kuten {desk}issa, niitä ei lasketa ratkaistuiksi ennen kuin ne ratkaistaan uudelleen.',
      applied: {
        oneTouch:
          'Yhden kosketuksen ratkaisu niin kuin {desk} sen laskee: ratkaistu tiketti, jossa on alle kaksi agentin vastausta, vaikka asiakkaan ”kiitos” olisi avannut sen uudelleen.',
        stillSolved:
          'Ratkaistut niin kuin {desk} ne laskee: viimeisimmän ratkaisun kuukaudelle ja vain, jos tiketti on yhä ratkaistu tai suljettu.',
      },
      fallback: {
        oneTouch:
          'Saraketta ”{column}” ei ole: yhden kosketuksen ratkaisu lasketaan raportin määritelmällä (täsmälleen yksi agentin vastaus, ei uudelleenavausta), ei {desk}in määritelmällä.',
        stillSolved:
          'Saraketta ”{column}” ei ole: ratkaisupäivä lasketaan, vaikka tiketti olisi sen jälkeen avattu uudelleen; {desk} laskee vain yhä ratkaistut tiketit.',
        byStatus:
          'Saraketta ”{column}” ei ole: poistettuja ja roskapostitikettejä ei voi erottaa, joten ne lasketaan mukaan.',
        byTag:
          'Saraketta ”{column}” ei ole: yhdistettyjä tikettejä (tunniste closed_by_merge) ei voi erottaa, joten ne lasketaan mukaan.',
        unassigned:
          'Saraketta ”{column}” ei ole: tikettejä, joilla ei ole agenttia eikä ryhmää, ei voi erottaa, joten ne lasketaan mukaan.',
      },
      fed: 'Tästä tiedostosta raportti laskee: {inputs}.',
      unfed: 'Syötät edelleen itse: {inputs}. Ne saisi viennin sarakkeesta, kuten ”{column}”.',
      cancelled: 'Tuonti peruttiin. Tiketit-välilehteä ei muutettu.',
      row: 'Rivi {row}: {reason}',
      reasons: {
        noId: 'tiketin tunnus puuttuu',
        badDate: '{field}: ”{value}” ei ole päivämäärä',
        noCreated: 'luontipäivä puuttuu',
        beforeCreated: '{field} on ennen tiketin luontia',
        longId: 'tiketin tunnus on yli 200 merkkiä pitkä',
        farDate: '{field}: ”{value}” ei ole vuosien 2000–2099 välillä',
      },
      errors: {
        empty: 'Tiedosto on tyhjä.',
        headersOnly: 'Tiedostossa on otsikot mutta ei yhtään tikettiä.',
        binary: 'Tämä ei ole tekstitiedosto (CSV). Vie tiketit CSV-muodossa ja yritä uudelleen.',
        pdf: 'Tämä on PDF. Vie tiketit CSV-muodossa ja yritä uudelleen.',
        noId: 'Mikään sarake ei sisällä tiketin tunnusta.',
        noCreated: 'Mikään sarake ei sisällä luontipäivää.',
        noDates: 'Yhtään tiedoston luontipäivää ei voitu lukea.',
        summary:
          'Tämä tiedosto on yhteenveto (rivi agenttia, ryhmää, aikaväliä tai viikkoa kohden), ei tikettiluettelo. Vie sen sijaan tikettiluettelo: rivi tikettiä kohden, tunnus ja luontiaika mukana.',
        summaryExplore:
          'Tämä on Zendesk Explore -yhteenveto (rivi agenttia, aikaväliä tai viikkoa kohden), ei tikettiluettelo. Tee Explorissa raportti tietojoukosta Support: Tickets, riveinä Ticket ID ja Ticket created - Timestamp (lisää Ticket solved - Timestamp, Ticket channel, Ticket satisfaction rating ja First reply time), ja lataa se CSV-tiedostona.',
        tooLarge:
          'Tiedostossa on liikaa tikettejä yhteen laskentataulukkoon (Sheets sallii 10 miljoonaa solua).',
        unreadable: 'Tiedostoa ei voitu lukea.',
        payload: 'Tuonti lähetti jotain, mitä lisäosa ei hyväksy.',
      },
      reportUpdated: 'Raportti ({period}) hakee nyt tikettiluvut Tiketit-välilehdeltä.',
    },
    menu: {
      openSidebar: 'Avaa sivupalkki',
      generate: 'Luo kuukausiraportti',
      help: 'Ohje',
      helpText:
        'Kirjoita mihin tahansa soluun =NPS(B2:B500), =CRR(S, E, N) tai muu funktio, tai luo kuukausiraportti sivupalkista. Raportissa on vain sisäänrakennettuja kaavoja, joten kopiot ja .xlsx-lataukset toimivat.',
    },
    errors: {
      busy: 'Tähän tiedostoon luodaan jo toista raporttia. Yritä hetken kuluttua uudelleen.',
      year: 'Valitse vuosi väliltä 2000–2100.',
      firstMonth: 'Valitse ensimmäinen kuukausi väliltä 1–12.',
      language: 'Valitse jokin luettelon kielistä.',
      currency: 'Anna 1–12 merkin valuutta, esim. € tai EUR.',
      unexpected: 'Tapahtui odottamaton virhe. Taulukoihisi ei tehty muutoksia.',
      moved:
        'Mitään ei muutettu. Välilehdellä ”{tab}” otsikot eivät enää vastaa rivejään (rivejä: {count}; rivillä {row} lukee ”{found}”, vaikka siihen kuuluu ”{expected}”): lajittelu tai siirto erotti ne. Kumoa se (Muokkaa > Kumoa) tai palauta rivit paikoilleen ja päivitä uudelleen. Voit katsoa rivejä toisessa järjestyksessä suodatinnäkymällä.',
    },
  };
}
