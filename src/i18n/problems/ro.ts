/** Custom-function errors in Romanian. Names are quoted after "valoarea" so no case has to agree. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

/** "un argument", "3 argumente", "20 de argumente" (Romanian puts "de" from 20 on). */
const argumente = (n: number, t: Say): string =>
  n === 1
    ? 'un argument'
    : n !== 0 && (n % 100 >= 20 || n % 100 === 0)
      ? `${t.n(n)} de argumente`
      : `${t.n(n)} argumente`;
const where = (t: Say, place?: Place): string => (place ? ` (${t.at(place)})` : '');
const v = (name: string): string => `valoarea „${name}”`;

export function ro(): ProblemCatalogue {
  return {
    words: {
      quantities: {
        promoters: 'promotori',
        passives: 'pasivi',
        detractors: 'detractori',
        responses: 'răspunsuri',
        'satisfied answers': 'răspunsuri pozitive',
        'surveys sent': 'sondaje trimise',
        customers: 'clienți',
        'customers at start': 'clienți la început',
        'customers at start (S)': 'clienți la început (S)',
        'customers at end (E)': 'clienți la sfârșit (E)',
        'new customers (N)': 'clienți noi (N)',
        'customers lost': 'clienți pierduți',
        'customers acquired': 'clienți atrași',
        'customers referred': 'clienți veniți prin recomandare',
        'average purchase value': 'valoarea medie a unei cumpărări',
        'purchases per year': 'cumpărări pe an',
        'customer lifespan in years': 'durata relației cu clientul, în ani',
        'acquisition cost (cac)': 'costul de achiziție a clientului (cac)',
        'gross margin': 'marja brută',
        spend: 'cheltuieli',
        contacts: 'contacte',
        'answered in time': 'contacte preluate în timpul țintă',
        'contacts offered': 'contacte primite',
        'abandoned contacts': 'contacte neservite',
        'total wait': 'timp total de așteptare',
        'contacts served': 'contacte preluate',
        'total time': 'timp total',
        inquiries: 'solicitări',
        tickets: 'tichete',
        'all tickets': 'toate tichetele',
        'resolved tickets': 'tichete rezolvate',
        'resolved on first contact': 'rezolvate la primul contact',
        'open at start': 'tichete deschise la început',
        'tickets created': 'tichete noi',
        'tickets resolved': 'tichete rezolvate',
        'tickets reopened': 'tichete redeschise',
        'one-touch tickets': 'tichete rezolvate dintr-un singur răspuns',
      },
      row: (n) => `rândul ${n}`,
      column: (n) => `coloana ${n}`,
      cell: (r, c) => `rândul ${r}, coloana ${c}`,
      show: {
        text: (x) => `„${x.text}”`,
        error: (x) => `eroarea „${x.text}”`,
        hugeText: (x) => `„${x.text}” (număr prea mare pentru o foaie de calcul)`,
        number: (x, t) => t.n(x.n),
        notFinite: (x) => `${x.text} (număr pe care foaia de calcul nu îl poate reprezenta)`,
        literal: (x) => x.text,
        date: () => 'o dată',
        invalidDate: () => 'o dată nevalidă',
        other: () => 'o valoare care nu este nici număr, nici text, nici dată',
      },
      subject: (name, place) =>
        name && place ? `${name} (${place})` : (name ?? place ?? 'o celulă'),
    },
    texts: {
      notFinite: (p, t) => `${v(t.name(p.what))} trebuie să fie un număr finit`,
      negative: (p, t) => `${v(t.name(p.what))} nu poate fi negativă (acum este ${t.n(p.got)})`,
      notWhole: (p, t) =>
        `${v(t.name(p.what))} trebuie să fie un număr întreg (acum este ${t.n(p.got)})`,
      notAboveZero: (p, t) => `${v(t.name(p.what))} trebuie să fie mai mare decât 0`,
      partOverWhole: (p, t) =>
        `${v(t.name(p.part))} (${t.n(p.partN)}) nu poate fi mai mare decât „${t.name(p.whole)}” (${t.n(p.wholeN)})`,
      noScores: () => 'nu există răspunsuri (niciun scor de la 0 la 10)',
      noScaleAnswers: () => 'nu există răspunsuri pe scară',
      noValues: () => 'nu există valori',
      noContacts: () => 'nu există contacte (toate rândurile sunt goale)',
      noWaits: () => 'nu există timpi de așteptare',
      noPurchases: () => 'nu există sume ale cumpărărilor',
      noTickets: (p) => `nu există tichete (niciun număr în ${p.arg})`,
      noPairs: (p) => `niciun rând nu are completate atât ${p.start}, cât și ${p.end}`,
      probability: (p, t) => `probabilitatea ${t.n(p.got)} trebuie să fie între 0 și 1`,
      confidence: (p, t) =>
        `confidence trebuie să fie între 0 și 1, de ex. ${t.n(0.95)} (acum este ${t.n(p.got)})`,
      scaleMax: (p, t) =>
        `scale_max trebuie să fie un număr întreg de la 2 la 10 (acum este ${t.n(p.got)})`,
      threshold: (p, t) =>
        `${p.arg} trebuie să fie un număr întreg de la 1 la ${t.n(p.max)} (acum este ${t.n(p.got)})`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? 'este negativ; sumele cumpărărilor trebuie să fie cel puțin 0'
            : f.kind === 'offScale'
              ? `este în afara scării ${t.n(f.min)}–${t.n(f.max)}`
              : `nu este un scor întreg pe scara ${t.n(f.min)}–${t.n(f.max)}`;
        return `${t.at(p.place)}: ${t.n(p.n)} ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N este sub 0: ${t.n(p.end)} la sfârșit minus ${t.n(p.added)} noi (N nu poate depăși E)`,
      keptOverStart: (p, t) =>
        `E − N (${t.n(p.kept)}) depășește numărul de clienți la început (S), adică ${t.n(p.start)}`,
      marginOver100: (p, t) => `marja brută ${t.n(p.got)} depășește 100 %`,
      backlogNegative: (p, t) =>
        `restanțele nu pot fi negative: deschise la început + noi − rezolvate = ${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)} = ${t.n(p.open + p.created - p.resolved)}`,
      unknownWord: (p) =>
        `valoare necunoscută pentru ${p.arg}: „${p.word}”; folosiți una dintre: ${p.accepted.join(', ')}`,
      periodEmpty: (p) => `perioada ${p.period} nu are răspunsuri`,
      periodOver: (p) =>
        `perioada ${p.period} are mai multe răspunsuri pozitive decât răspunsuri în total`,
      emptyDay: (p) => `în „${p.text}” lipsește o zi`,
      notADay: (p) =>
        `„${p.text}” nu este o zi a săptămânii (folosiți lun, mar, mie, joi, vin, sâm, dum sau Mon–Sun)`,
      notATimeOfDay: (p) => `„${p.text}”: ${p.time} nu este o oră validă`,
      notATimeRange: (p) => `„${p.text}” nu este un interval orar de tipul 09:00-17:00`,
      emptyShift: (p) => `intervalul orar „${p.text}” este gol`,
      emptySchedule: () => 'programul este gol',
      daysFirst: (p) =>
        `„${p.text}” trebuie să conțină întâi zilele, apoi orele, de ex. „lun-vin 09:00-17:00”`,
      datesTooFar: () => 'datele sunt la peste 400 de ani una de alta',
      openingHours: (p, t) =>
        `programul ${t.n(p.opens)}–${t.n(p.closes)} trebuie să fie între 0 și 24, cu deschiderea înainte de închidere`,
      holds: (p, t) => `${t.subject(p.subject)} conține ${t.show(p.value)}`,
      notANumber: (p, t) =>
        `${t.subject(p.subject)}: valoarea este ${t.show(p.value)}, nu un număr`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)}: ${t.show(p.value)} nu este o dată cu oră`
          : `${t.show(p.value)} nu este o dată cu oră`,
      notACount: (p, t) =>
        `${t.subject(p.subject)}: ${t.n(p.n)} nu este un număr întreg mai mare sau egal cu 0`,
      mixedRatings: (p, t) =>
        `amestecă numere și evaluări Good/Bad (${t.at(p.number)} este un număr, ${t.at(p.rating)} o evaluare); folosiți doar una dintre ele`,
      blankArg: (p) => `${p.arg} este gol`,
      singleValue: (p) => `${p.arg} trebuie să fie o singură valoare, nu un interval`,
      numberArg: (p, t) => `${p.arg} trebuie să fie un număr, dar este ${t.show(p.value)}`,
      wordArg: (p, t) =>
        `${p.arg} trebuie să fie un cuvânt precum „${p.example}”, dar este ${t.show(p.value)}`,
      thresholdKind: () => 'threshold trebuie să fie un număr sau o durată',
      waitKinds: (p, t) =>
        `${t.at(p.place)} conține ${p.thresholdIsDuration ? 'un număr simplu' : 'o durată'}, dar threshold este ${p.thresholdIsDuration ? 'o durată' : 'un număr simplu'}; folosiți același tip pentru ambele`,
      shapes: (p, t) =>
        `${t.name(p.a)} (${t.n(p.aRows)}×${t.n(p.aCols)}) și ${t.name(p.b)} (${t.n(p.bRows)}×${t.n(p.bCols)}) trebuie să aibă aceleași dimensiuni`,
      emptyRange: (p, t) => `intervalul „${t.name(p.what)}” este gol`,
      endWithoutStart: (p, t) =>
        `${p.end} este completat, dar ${p.start} este gol${where(t, p.place)}`,
      mixDateNumber: (p, t) =>
        `${p.start} și ${p.end} nu au același tip: unul este o dată, celălalt un număr simplu${where(t, p.place)}`,
      mixDateDuration: (p, t) =>
        `${p.start} și ${p.end} nu au același tip: unul este o dată cu oră, celălalt o durată${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} este înainte de ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) =>
        `programul necesită date cu oră, nu durate${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} este negativ`,
      dateTimeNotDuration: () => 'o dată cu oră nu este o durată (introduceți-o ca 0:05:30)',
      notATime: (p, t) => `${t.show(p.value)} nu este o durată`,
      durationNotDate: (p, t) =>
        `${t.subject(p.subject)}: valoarea este o durată, nu o dată calendaristică`,
      durationNotDateTime: (p, t) =>
        `${t.subject(p.subject)}: valoarea este o durată, nu o dată cu oră`,
      notARow: (p) => `rândul ${p.row + 1} al intervalului nu este un rând de celule`,
      arity: (p, t) =>
        `funcția acceptă ${p.min === p.max ? argumente(p.min, t) : `între ${t.n(p.min)} și ${argumente(p.max, t)}`} (${p.params.join(', ')}), dar a primit ${t.n(p.got)}`,
      tooLarge: () =>
        'rezultatul este prea mare pentru o foaie de calcul; verificați datele introduse',
      unexpected: (p) => `problemă neașteptată (${p.detail})`,
      context: (p, t) => `${p.arg ? `${p.arg}: ` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
