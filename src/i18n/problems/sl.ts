/** Custom-function errors in Slovenian. Names are quoted after "vrednost" so no case has to agree. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

const where = (t: Say, place?: Place): string => (place ? ` (${t.at(place)})` : '');
const v = (name: string): string => `vrednost »${name}«`;

export function sl(): ProblemCatalogue {
  return {
    words: {
      quantities: {
        promoters: 'promotorji',
        passives: 'pasivni',
        detractors: 'kritiki',
        responses: 'odgovori',
        'satisfied answers': 'pozitivni odgovori',
        'surveys sent': 'poslane ankete',
        customers: 'stranke',
        'customers at start': 'stranke na začetku',
        'customers at start (S)': 'stranke na začetku (S)',
        'customers at end (E)': 'stranke na koncu (E)',
        'new customers (N)': 'nove stranke (N)',
        'customers lost': 'izgubljene stranke',
        'customers acquired': 'pridobljene stranke',
        'customers referred': 'stranke po priporočilu',
        'average purchase value': 'povprečna vrednost nakupa',
        'purchases per year': 'nakupi na leto',
        'customer lifespan in years': 'življenjska doba stranke v letih',
        'acquisition cost (cac)': 'strošek pridobitve stranke (cac)',
        'gross margin': 'bruto marža',
        spend: 'stroški',
        contacts: 'stiki',
        'answered in time': 'stiki, odgovorjeni v ciljnem času',
        'contacts offered': 'prejeti stiki',
        'abandoned contacts': 'opuščeni stiki',
        'total wait': 'skupni čas čakanja',
        'contacts served': 'postreženi stiki',
        'total time': 'skupni čas',
        inquiries: 'povpraševanja',
        tickets: 'zahtevki',
        'all tickets': 'vsi zahtevki',
        'resolved tickets': 'rešeni zahtevki',
        'resolved on first contact': 'rešeni ob prvem stiku',
        'open at start': 'odprti zahtevki na začetku',
        'tickets created': 'novi zahtevki',
        'tickets resolved': 'rešeni zahtevki',
        'tickets reopened': 'ponovno odprti zahtevki',
        'one-touch tickets': 'zahtevki, rešeni z enim odgovorom',
      },
      row: (n) => `vrstica ${n}`,
      column: (n) => `stolpec ${n}`,
      cell: (r, c) => `vrstica ${r}, stolpec ${c}`,
      show: {
        text: (x) => `»${x.text}«`,
        error: (x) => `napaka »${x.text}«`,
        hugeText: (x) => `»${x.text}« (preveliko število za preglednico)`,
        number: (x, t) => t.n(x.n),
        notFinite: (x) => `${x.text} (število, ki ga preglednica ne more shraniti)`,
        literal: (x) => x.text,
        date: () => 'datum',
        invalidDate: () => 'neveljaven datum',
        other: () => 'vrednost, ki ni število, besedilo ali datum',
      },
      subject: (name, place) =>
        name && place ? `${name} (${place})` : (name ?? place ?? 'celica'),
    },
    texts: {
      notFinite: (p, t) => `${v(t.name(p.what))} mora biti končno število`,
      negative: (p, t) => `${v(t.name(p.what))} ne sme biti negativna (vneseno: ${t.n(p.got)})`,
      notWhole: (p, t) => `${v(t.name(p.what))} mora biti celo število (vneseno: ${t.n(p.got)})`,
      notAboveZero: (p, t) => `${v(t.name(p.what))} mora biti večja od 0`,
      partOverWhole: (p, t) =>
        `${v(t.name(p.part))} (${t.n(p.partN)}) ne sme biti večja od vrednosti »${t.name(p.whole)}« (${t.n(p.wholeN)})`,
      noScores: () => 'ni odgovorov (nobene ocene od 0 do 10)',
      noScaleAnswers: () => 'na lestvici ni odgovorov',
      noValues: () => 'ni vrednosti',
      noContacts: () => 'ni stikov (vse vrstice so prazne)',
      noWaits: () => 'ni časov čakanja',
      noPurchases: () => 'ni zneskov nakupov',
      noTickets: (p) => `ni zahtevkov (v ${p.arg} ni števil)`,
      noPairs: (p) => `nobena vrstica nima hkrati ${p.start} in ${p.end}`,
      probability: (p, t) => `verjetnost ${t.n(p.got)} mora biti med 0 in 1`,
      confidence: (p, t) =>
        `confidence mora biti med 0 in 1, npr. ${t.n(0.95)} (vneseno: ${t.n(p.got)})`,
      scaleMax: (p, t) => `scale_max mora biti celo število od 2 do 10 (vneseno: ${t.n(p.got)})`,
      threshold: (p, t) =>
        `${p.arg} mora biti celo število od 1 do ${t.n(p.max)} (vneseno: ${t.n(p.got)})`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? 'je negativno število; zneski nakupov ne smejo biti negativni'
            : f.kind === 'offScale'
              ? `je zunaj lestvice ${t.n(f.min)}–${t.n(f.max)}`
              : `ni cela ocena na lestvici ${t.n(f.min)}–${t.n(f.max)}`;
        return `${t.at(p.place)}: ${t.n(p.n)} ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N je manjše od 0: E = ${t.n(p.end)}, N = ${t.n(p.added)} (N ne sme preseči E)`,
      keptOverStart: (p, t) =>
        `E − N (${t.n(p.kept)}) presega število strank na začetku (S), ki je ${t.n(p.start)}`,
      marginOver100: (p, t) => `bruto marža ${t.n(p.got)} je nad 100 %`,
      backlogNegative: (p, t) =>
        `vrednost »odprti na začetku + novi − rešeni« (${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)}) ne sme biti negativna (izid: ${t.n(p.open + p.created - p.resolved)})`,
      unknownWord: (p) =>
        `neznana vrednost »${p.word}« za ${p.arg}; dovoljene vrednosti: ${p.accepted.join(', ')}`,
      periodEmpty: (p) => `v obdobju ${p.period} ni odgovorov`,
      periodOver: (p) => `v obdobju ${p.period} je pozitivnih odgovorov več kot vseh odgovorov`,
      emptyDay: (p) => `v »${p.text}« manjka dan`,
      notADay: (p) => `»${p.text}« ni dan v tednu (uporabite pon–ned ali Mon–Sun)`,
      notATimeOfDay: (p) => `»${p.text}«: ${p.time} ni veljavna ura`,
      notATimeRange: (p) => `»${p.text}« ni časovni razpon, kot je 09:00-17:00`,
      emptyShift: (p) => `razpon »${p.text}« je prazen`,
      emptySchedule: () => 'urnik je prazen',
      daysFirst: (p) =>
        `v »${p.text}« morajo biti najprej dnevi, nato ure, npr. »pon-pet 09:00-17:00«`,
      datesTooFar: () => 'datumi so med seboj oddaljeni več kot 400 let',
      openingHours: (p, t) =>
        `delovni čas ${t.n(p.opens)}–${t.n(p.closes)} mora biti znotraj 0–24, začetek pa pred koncem`,
      holds: (p, t) => `${t.subject(p.subject)}: v celici je ${t.show(p.value)}`,
      notANumber: (p, t) => `${t.subject(p.subject)}: ${t.show(p.value)} ni število`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)}: ${t.show(p.value)} ni datum z uro`
          : `${t.show(p.value)} ni datum z uro`,
      notACount: (p, t) =>
        `${t.subject(p.subject)}: ${t.n(p.n)} ni celo število, enako 0 ali večje`,
      mixedRatings: (p, t) =>
        `pomešana so števila in ocene Good/Bad (${t.at(p.number)} je število, ${t.at(p.rating)} ocena); uporabite le eno ali drugo`,
      blankArg: (p) => `${p.arg} je prazen`,
      singleValue: (p) => `${p.arg} mora biti ena vrednost, ne obseg`,
      numberArg: (p, t) => `${p.arg} mora biti število, vneseno: ${t.show(p.value)}`,
      wordArg: (p, t) =>
        `${p.arg} mora biti beseda, kot je »${p.example}«, vneseno: ${t.show(p.value)}`,
      thresholdKind: () => 'threshold mora biti število ali trajanje',
      waitKinds: (p, t) =>
        `${t.at(p.place)}: ${p.thresholdIsDuration ? 'navadno število' : 'trajanje'}, threshold pa ${p.thresholdIsDuration ? 'trajanje' : 'navadno število'}; podajte oboje na isti način`,
      shapes: (p, t) =>
        `obsega »${t.name(p.a)}« (${t.n(p.aRows)}×${t.n(p.aCols)}) in »${t.name(p.b)}« (${t.n(p.bRows)}×${t.n(p.bCols)}) morata biti enake velikosti`,
      emptyRange: (p, t) => `obseg »${t.name(p.what)}« je prazen`,
      endWithoutStart: (p, t) =>
        `${p.end} je izpolnjen, ${p.start} pa je prazen${where(t, p.place)}`,
      mixDateNumber: (p, t) =>
        `${p.start} in ${p.end} mešata datum in navadno število${where(t, p.place)}`,
      mixDateDuration: (p, t) =>
        `${p.start} in ${p.end} mešata datum z uro in trajanje${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} je pred ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) =>
        `urnik zahteva datume z uro, ne trajanja${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} je negativna vrednost`,
      dateTimeNotDuration: () => 'datum z uro ni trajanje (trajanje vnesite kot 0:05:30)',
      notATime: (p, t) => `${t.show(p.value)} ni trajanje`,
      durationNotDate: (p, t) => `${t.subject(p.subject)}: trajanje, ne datum`,
      durationNotDateTime: (p, t) => `${t.subject(p.subject)}: trajanje, ne datum z uro`,
      notARow: (p) => `vrstica ${p.row + 1} obsega ni vrstica celic`,
      arity: (p, t) =>
        `število argumentov mora biti ${p.min === p.max ? t.n(p.min) : `od ${t.n(p.min)} do ${t.n(p.max)}`} (${p.params.join(', ')}), podanih argumentov: ${t.n(p.got)}`,
      tooLarge: () => 'rezultat je prevelik za preglednico; preverite vhodne podatke',
      unexpected: (p) => `nepričakovana težava (${p.detail})`,
      context: (p, t) => `${p.arg ? `${p.arg}: ` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
