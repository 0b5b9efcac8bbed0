/** Custom-function errors in Finnish. Names are quoted after "arvo" so no case has to agree. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

const where = (t: Say, place?: Place): string => (place ? ` (${t.at(place)})` : '');

export function fi(): ProblemCatalogue {
  return {
    words: {
      quantities: {
        promoters: 'suosittelijat',
        passives: 'passiiviset',
        detractors: 'arvostelijat',
        responses: 'vastaukset',
        'satisfied answers': 'tyytyväiset asiakkaat',
        'surveys sent': 'lähetetyt kyselyt',
        customers: 'asiakkaat',
        'customers at start': 'asiakkaat alussa',
        'customers at start (S)': 'asiakkaat alussa (S)',
        'customers at end (E)': 'asiakkaat lopussa (E)',
        'new customers (N)': 'uudet asiakkaat (N)',
        'customers lost': 'menetetyt asiakkaat',
        'customers acquired': 'hankitut asiakkaat',
        'customers referred': 'suosituksesta tulleet asiakkaat',
        'average purchase value': 'keskimääräinen ostoksen arvo',
        'purchases per year': 'ostoja vuodessa',
        'customer lifespan in years': 'asiakkuuden kesto vuosina',
        'acquisition cost (cac)': 'asiakashankintakustannukset (cac)',
        'gross margin': 'myyntikate',
        spend: 'kulut',
        contacts: 'yhteydenotot',
        'answered in time': 'tavoiteajassa vastatut yhteydenotot',
        'contacts offered': 'tarjotut yhteydenotot',
        'abandoned contacts': 'palvelemattomat yhteydenotot',
        'total wait': 'jonotusaika yhteensä',
        'contacts served': 'palvellut yhteydenotot',
        'total time': 'aika yhteensä',
        inquiries: 'yhteydenotot',
        tickets: 'tiketit',
        'all tickets': 'kaikki tiketit',
        'resolved tickets': 'ratkaistut tiketit',
        'resolved on first contact': 'ensimmäisellä yhteydenotolla ratkaistut',
        'open at start': 'avoimet tiketit alussa',
        'tickets created': 'uudet tiketit',
        'tickets resolved': 'ratkaistut tiketit',
        'tickets reopened': 'uudelleen avatut tiketit',
        'one-touch tickets': 'yhdellä vastauksella ratkaistut tiketit',
      },
      row: (n) => `rivi ${n}`,
      column: (n) => `sarake ${n}`,
      cell: (r, c) => `rivi ${r}, sarake ${c}`,
      show: {
        text: (x) => `”${x.text}”`,
        error: (x) => `virhe ”${x.text}”`,
        hugeText: (x) => `”${x.text}” (liian suuri luku laskentataulukolle)`,
        number: (x, t) => t.n(x.n),
        notFinite: (x) => `${x.text} (luku, jota laskentataulukko ei pysty esittämään)`,
        literal: (x) => x.text,
        date: () => 'päivämäärä',
        invalidDate: () => 'virheellinen päivämäärä',
        other: () => 'arvo (ei luku, teksti eikä päivämäärä)',
      },
      subject: (name, place) => (name && place ? `${name} (${place})` : (name ?? place ?? 'solu')),
    },
    texts: {
      notFinite: (p, t) => `arvon ”${t.name(p.what)}” on oltava äärellinen luku`,
      negative: (p, t) =>
        `arvo ”${t.name(p.what)}” ei voi olla negatiivinen (annettu ${t.n(p.got)})`,
      notWhole: (p, t) =>
        `arvon ”${t.name(p.what)}” on oltava kokonaisluku (annettu ${t.n(p.got)})`,
      notAboveZero: (p, t) => `arvon ”${t.name(p.what)}” on oltava suurempi kuin 0`,
      partOverWhole: (p, t) =>
        `arvo ”${t.name(p.part)}” (${t.n(p.partN)}) ei voi olla suurempi kuin ”${t.name(p.whole)}” (${t.n(p.wholeN)})`,
      noScores: () => 'vastauksia ei ole (ei arvosanoja välillä 0–10)',
      noScaleAnswers: () => 'asteikolla ei ole vastauksia',
      noValues: () => 'arvoja ei ole',
      noContacts: () => 'yhteydenottoja ei ole (kaikki rivit ovat tyhjiä)',
      noWaits: () => 'jonotusaikoja ei ole',
      noPurchases: () => 'ostosummia ei ole',
      noTickets: (p) => `tikettejä ei ole (${p.arg} ei sisällä lukuja)`,
      noPairs: (p) => `millään rivillä ei ole sekä ${p.start} että ${p.end}`,
      probability: (p, t) => `todennäköisyyden on oltava välillä 0–1 (annettu ${t.n(p.got)})`,
      confidence: (p, t) =>
        `confidence-arvon on oltava välillä 0–1, esim. ${t.n(0.95)} (annettu ${t.n(p.got)})`,
      scaleMax: (p, t) => `scale_max-arvon on oltava kokonaisluku 2–10 (annettu ${t.n(p.got)})`,
      threshold: (p, t) =>
        `${p.arg}-arvon on oltava kokonaisluku 1–${t.n(p.max)} (annettu ${t.n(p.got)})`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? 'on negatiivinen; ostosten on oltava vähintään 0'
            : f.kind === 'offScale'
              ? `on asteikon ${t.n(f.min)}–${t.n(f.max)} ulkopuolella`
              : `ei ole kokonaisluku asteikolla ${t.n(f.min)}–${t.n(f.max)}`;
        return `${t.at(p.place)}: ${t.n(p.n)} ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N on alle 0: E = ${t.n(p.end)}, N = ${t.n(p.added)} (N ei voi olla suurempi kuin E)`,
      keptOverStart: (p, t) =>
        `E − N (${t.n(p.kept)}) on suurempi kuin asiakasmäärä alussa (S = ${t.n(p.start)})`,
      marginOver100: (p, t) => `myyntikate ${t.n(p.got)} on yli 100 %`,
      backlogNegative: (p, t) =>
        `jono (avoimet alussa + uudet − ratkaistut = ${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)}) ei voi olla negatiivinen (tulos ${t.n(p.open + p.created - p.resolved)})`,
      unknownWord: (p) =>
        `tuntematon ${p.arg}-arvo ”${p.word}”; käytä jotakin näistä: ${p.accepted.join(', ')}`,
      periodEmpty: (p) => `${p.period}-kaudella ei ole vastauksia`,
      periodOver: (p) => `${p.period}-kaudella tyytyväisiä asiakkaita on enemmän kuin vastauksia`,
      emptyDay: (p) => `kohdasta ”${p.text}” puuttuu päivä`,
      notADay: (p) => `”${p.text}” ei ole viikonpäivä (käytä lyhenteitä ma–su tai Mon–Sun)`,
      notATimeOfDay: (p) => `”${p.text}”: ${p.time} ei ole kellonaika`,
      notATimeRange: (p) => `”${p.text}” ei ole aikaväli muotoa 09:00-17:00`,
      emptyShift: (p) => `aikaväli ”${p.text}” on tyhjä`,
      emptySchedule: () => 'aikataulu on tyhjä',
      daysFirst: (p) =>
        `kohdassa ”${p.text}” on oltava ensin päivät ja sitten kellonajat, esim. ”ma-pe 09:00-17:00”`,
      datesTooFar: () => 'päivämäärät ovat yli 400 vuoden päässä toisistaan',
      openingHours: (p, t) =>
        `aukioloajan ${t.n(p.opens)}–${t.n(p.closes)} on oltava välillä 0–24, alku ennen loppua`,
      holds: (p, t) => `${t.subject(p.subject)}: arvona on ${t.show(p.value)}`,
      notANumber: (p, t) => `${t.subject(p.subject)}: arvona on ${t.show(p.value)}, ei luku`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)}: ${t.show(p.value)} ei ole päivämäärä ja aika`
          : `${t.show(p.value)} ei ole päivämäärä ja aika`,
      notACount: (p, t) =>
        `${t.subject(p.subject)}: ${t.n(p.n)} ei ole kokonaisluku, joka on vähintään 0`,
      mixedRatings: (p, t) =>
        `sisältää sekä lukuja että Good/Bad-arvioita (${t.at(p.number)} on luku, ${t.at(p.rating)} arvio); käytä vain jompaakumpaa`,
      blankArg: (p) => `${p.arg} on tyhjä`,
      singleValue: (p) => `${p.arg}-arvon on oltava yksi arvo, ei alue`,
      numberArg: (p, t) => `${p.arg}-arvon on oltava luku, annettu: ${t.show(p.value)}`,
      wordArg: (p, t) =>
        `${p.arg}-arvon on oltava sana, kuten ”${p.example}”, annettu: ${t.show(p.value)}`,
      thresholdKind: () => 'threshold-arvon on oltava luku tai kesto',
      waitKinds: (p, t) =>
        `${t.at(p.place)}: arvona on ${p.thresholdIsDuration ? 'tavallinen luku' : 'kesto'}, mutta threshold on ${p.thresholdIsDuration ? 'kesto' : 'tavallinen luku'}; anna molemmat samassa muodossa`,
      shapes: (p, t) =>
        `alueiden ”${t.name(p.a)}” (${t.n(p.aRows)}×${t.n(p.aCols)}) ja ”${t.name(p.b)}” (${t.n(p.bRows)}×${t.n(p.bCols)}) on oltava samankokoiset`,
      emptyRange: (p, t) => `alue ”${t.name(p.what)}” on tyhjä`,
      endWithoutStart: (p, t) =>
        `${p.end} on annettu, mutta ${p.start} on tyhjä${where(t, p.place)}`,
      mixDateNumber: (p, t) =>
        `${p.start} ja ${p.end} ovat eri tyyppiä: toinen on päivämäärä, toinen tavallinen luku${where(t, p.place)}`,
      mixDateDuration: (p, t) =>
        `${p.start} ja ${p.end} ovat eri tyyppiä: toinen on päivämäärä ja aika, toinen kesto${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} on aikaisempi kuin ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) =>
        `aikataulua varten tarvitaan päivämääriä ja aikoja, ei kestoja${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} on negatiivinen`,
      dateTimeNotDuration: () =>
        'päivämäärä ja aika ei ole kesto (kirjoita kesto muodossa 0:05:30)',
      notATime: (p, t) => `${t.show(p.value)} ei ole kesto`,
      durationNotDate: (p, t) => `${t.subject(p.subject)}: arvona on kesto, ei päivämäärä`,
      durationNotDateTime: (p, t) =>
        `${t.subject(p.subject)}: arvona on kesto, ei päivämäärä ja aika`,
      notARow: (p) => `alueen rivi ${p.row + 1} ei ole solurivi`,
      arity: (p, t) =>
        `argumentteja on oltava ${p.min === p.max ? t.n(p.min) : `${t.n(p.min)}–${t.n(p.max)}`} (${p.params.join(', ')}), annettu ${t.n(p.got)}`,
      tooLarge: () => 'tulos on liian suuri laskentataulukolle; tarkista syötteet',
      unexpected: (p) => `odottamaton ongelma (${p.detail})`,
      context: (p, t) => `${p.arg ? `${p.arg}: ` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
