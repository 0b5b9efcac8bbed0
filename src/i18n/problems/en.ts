/** Custom-function errors in English: the words Sheets users have seen since the start. */
import type { Place } from '../../metrics/errors';
import type { ProblemCatalogue, Say } from './types';

const arguments_ = (n: number, t: Say): string => `${t.n(n)} argument${n === 1 ? '' : 's'}`;
const where = (t: Say, place?: Place): string => (place ? ` (${t.at(place)})` : '');

export function en(): ProblemCatalogue {
  return {
    words: {
      quantities: {
        promoters: 'promoters',
        passives: 'passives',
        detractors: 'detractors',
        responses: 'responses',
        'satisfied answers': 'satisfied answers',
        'surveys sent': 'surveys sent',
        customers: 'customers',
        'customers at start': 'customers at start',
        'customers at start (S)': 'customers at start (S)',
        'customers at end (E)': 'customers at end (E)',
        'new customers (N)': 'new customers (N)',
        'customers lost': 'customers lost',
        'customers acquired': 'customers acquired',
        'customers referred': 'customers referred',
        'average purchase value': 'average purchase value',
        'purchases per year': 'purchases per year',
        'customer lifespan in years': 'customer lifespan in years',
        'acquisition cost (cac)': 'acquisition cost (cac)',
        'gross margin': 'gross margin',
        spend: 'spend',
        contacts: 'contacts',
        'answered in time': 'answered in time',
        'contacts offered': 'contacts offered',
        'abandoned contacts': 'abandoned contacts',
        'total wait': 'total wait',
        'contacts served': 'contacts served',
        'total time': 'total time',
        inquiries: 'inquiries',
        tickets: 'tickets',
        'all tickets': 'all tickets',
        'resolved tickets': 'resolved tickets',
        'resolved on first contact': 'resolved on first contact',
        'open at start': 'open at start',
        'tickets created': 'tickets created',
        'tickets resolved': 'tickets resolved',
        'tickets reopened': 'tickets reopened',
        'one-touch tickets': 'one-touch tickets',
      },
      row: (n) => `row ${n}`,
      column: (n) => `column ${n}`,
      cell: (r, c) => `row ${r}, column ${c}`,
      show: {
        text: (v) => `"${v.text}"`,
        error: (v) => `the error "${v.text}"`,
        hugeText: (v) => `"${v.text}", a number too large for a spreadsheet`,
        number: (v, t) => t.n(v.n),
        notFinite: (v) => `${v.text}, which is not a number a spreadsheet can hold`,
        literal: (v) => v.text,
        date: () => 'a date',
        invalidDate: () => 'an invalid date',
        other: () => 'a value that is not a number, text or date',
      },
      subject: (name, place) =>
        name && place ? `${name} in ${place}` : (name ?? place ?? 'a cell'),
    },
    texts: {
      notFinite: (p, t) => `${t.name(p.what)} must be a finite number`,
      negative: (p, t) => `${t.name(p.what)} must not be negative (got ${t.n(p.got)})`,
      notWhole: (p, t) => `${t.name(p.what)} must be a whole number (got ${t.n(p.got)})`,
      notAboveZero: (p, t) => `${t.name(p.what)} must be greater than 0`,
      partOverWhole: (p, t) =>
        `${t.name(p.part)} (${t.n(p.partN)}) cannot be more than ${t.name(p.whole)} (${t.n(p.wholeN)})`,
      noScores: () => 'there are no responses (no scores from 0 to 10)',
      noScaleAnswers: () => 'there are no responses on the scale',
      noValues: () => 'there are no values',
      noContacts: () => 'there are no contacts (every row is blank)',
      noWaits: () => 'there are no wait times',
      noPurchases: () => 'there are no purchase amounts',
      noTickets: (p) => `there are no tickets (no numbers in ${p.arg})`,
      noPairs: (p) => `no row has both ${p.start} and ${p.end}`,
      probability: (p, t) => `probability ${t.n(p.got)} must be between 0 and 1`,
      confidence: (p, t) =>
        `confidence must be between 0 and 1, e.g. ${t.n(0.95)} (got ${t.n(p.got)})`,
      scaleMax: (p, t) => `scale_max must be a whole number from 2 to 10 (got ${t.n(p.got)})`,
      threshold: (p, t) =>
        `${p.arg} must be a whole number from 1 to ${t.n(p.max)} (got ${t.n(p.got)})`,
      badNumber: (p, t) => {
        const f = p.flaw;
        const why =
          f.kind === 'negativePurchase'
            ? 'is negative; purchases must be 0 or more'
            : f.kind === 'offScale'
              ? `is outside the ${t.n(f.min)}–${t.n(f.max)} scale`
              : `is not a whole score on the ${t.n(f.min)}–${t.n(f.max)} scale`;
        return `${t.n(p.n)} in ${t.at(p.place)} ${why}`;
      },
      keptBelowZero: (p, t) =>
        `E − N is below 0: ${t.n(p.end)} at end minus ${t.n(p.added)} new (N cannot exceed E)`,
      keptOverStart: (p, t) =>
        `E − N (${t.n(p.kept)}) is more than the ${t.n(p.start)} customers at start (S)`,
      marginOver100: (p, t) => `gross margin ${t.n(p.got)} is above 100 %`,
      backlogNegative: (p, t) =>
        `open at start + created − resolved (${t.n(p.open)} + ${t.n(p.created)} − ${t.n(p.resolved)}) must not be negative (got ${t.n(p.open + p.created - p.resolved)})`,
      unknownWord: (p) => `unknown ${p.arg} "${p.word}"; use one of: ${p.accepted.join(', ')}`,
      periodEmpty: (p) => `the period ${p.period} has no responses`,
      periodOver: (p) => `the period ${p.period} has more satisfied answers than answers`,
      emptyDay: (p) => `"${p.text}" has an empty day`,
      notADay: (p) =>
        `"${p.text}" is not a day (use Mon–Sun, or pon–ned, пн–вс, lun–dum, ma–su, 周一–周日)`,
      notATimeOfDay: (p) => `"${p.text}": ${p.time} is not a time of day`,
      notATimeRange: (p) => `"${p.text}" is not a time range like 09:00-17:00`,
      emptyShift: (p) => `"${p.text}" is empty`,
      emptySchedule: () => 'the schedule is empty',
      daysFirst: (p) => `"${p.text}" needs days, then hours, like "Mon-Fri 09:00-17:00"`,
      datesTooFar: () => 'the dates are more than 400 years apart',
      openingHours: (p, t) =>
        `opening hours ${t.n(p.opens)}–${t.n(p.closes)} must lie within 0–24, opening first`,
      holds: (p, t) => `${t.subject(p.subject)} holds ${t.show(p.value)}`,
      notANumber: (p, t) => `${t.subject(p.subject)} is ${t.show(p.value)}, not a number`,
      notADateTime: (p, t) =>
        p.subject.name || p.subject.place
          ? `${t.subject(p.subject)} is ${t.show(p.value)}, not a date-time`
          : `${t.show(p.value)} is not a date-time`,
      notACount: (p, t) =>
        `${t.subject(p.subject)} is ${t.n(p.n)}, not a whole number of 0 or more`,
      mixedRatings: (p, t) =>
        `mixes numbers and Good/Bad ratings (${t.at(p.number)} is a number, ${t.at(p.rating)} a rating); use one or the other`,
      blankArg: (p) => `${p.arg} is blank`,
      singleValue: (p) => `${p.arg} must be a single value, not a range`,
      numberArg: (p, t) => `${p.arg} must be a number, got ${t.show(p.value)}`,
      wordArg: (p, t) => `${p.arg} must be a word such as "${p.example}", got ${t.show(p.value)}`,
      thresholdKind: () => 'threshold must be a number or a duration',
      waitKinds: (p, t) =>
        `${t.at(p.place)} is ${p.thresholdIsDuration ? 'a plain number' : 'a duration'} but the threshold is ${p.thresholdIsDuration ? 'a duration' : 'a plain number'}; give both the same way`,
      shapes: (p, t) =>
        `${t.name(p.a)} (${t.n(p.aRows)}×${t.n(p.aCols)}) and ${t.name(p.b)} (${t.n(p.bRows)}×${t.n(p.bCols)}) must have the same shape`,
      emptyRange: (p, t) => `${t.name(p.what)} is an empty range`,
      endWithoutStart: (p, t) => `${p.end} is set but ${p.start} is blank${where(t, p.place)}`,
      mixDateNumber: (p, t) =>
        `${p.start} and ${p.end} mix a date and a plain number${where(t, p.place)}`,
      mixDateDuration: (p, t) =>
        `${p.start} and ${p.end} mix a date-time and a duration${where(t, p.place)}`,
      endBeforeStart: (p, t) => `${p.end} is before ${p.start}${where(t, p.place)}`,
      scheduleNeedsDateTimes: (p, t) =>
        `a schedule needs date-times, not durations${where(t, p.place)}`,
      negativeTime: (p, t) => `${t.n(p.n)} is negative`,
      dateTimeNotDuration: () => 'a date-time is not a duration (type it like 0:05:30)',
      notATime: (p, t) => `${t.show(p.value)} is not a time`,
      durationNotDate: (p, t) => `${t.subject(p.subject)} is a duration, not a date`,
      durationNotDateTime: (p, t) => `${t.subject(p.subject)} is a duration, not a date-time`,
      notARow: (p) => `row ${p.row + 1} of the range is not a row of cells`,
      arity: (p, t) =>
        `expects ${p.min === p.max ? arguments_(p.min, t) : `${t.n(p.min)} to ${t.n(p.max)} arguments`} (${p.params.join(', ')}), got ${t.n(p.got)}`,
      tooLarge: () => 'the result is too large for a spreadsheet; check the inputs',
      unexpected: (p) => `unexpected problem (${p.detail})`,
      context: (p, t) => `${p.arg ? `${p.arg}: ` : ''}${t.inner(p.inner)}${where(t, p.place)}`,
    },
  };
}
