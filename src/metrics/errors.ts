/**
 * The one error type of the metric library: bad input, described as a problem (a key and
 * its facts) rather than as words. The custom-function layer turns a problem into a
 * sentence in the spreadsheet's language (src/i18n/problems.ts) and prefixes the function
 * name ("NPS: 11 in row 3 is outside the 0–10 scale").
 */

/** The quantities a message can name; every language's catalogue translates each one. */
export const QUANTITIES = [
  'promoters',
  'passives',
  'detractors',
  'responses',
  'satisfied answers',
  'surveys sent',
  'customers',
  'customers at start',
  'customers at start (S)',
  'customers at end (E)',
  'new customers (N)',
  'customers lost',
  'customers acquired',
  'customers referred',
  'average purchase value',
  'purchases per year',
  'customer lifespan in years',
  'acquisition cost (cac)',
  'gross margin',
  'spend',
  'contacts',
  'answered in time',
  'contacts offered',
  'abandoned contacts',
  'total wait',
  'contacts served',
  'total time',
  'inquiries',
  'tickets',
  'all tickets',
  'resolved tickets',
  'resolved on first contact',
  'open at start',
  'tickets created',
  'tickets resolved',
  'tickets reopened',
  'one-touch tickets',
] as const;
export type Quantity = (typeof QUANTITIES)[number];

/** An argument's own name (`scale_max`, `start`): kept in English in every language. */
export interface Arg {
  arg: string;
}
/** What a message names: a quantity (translated) or an argument (as typed). */
export type Name = Quantity | Arg;

/** A cell in a range, 0-based, with the range's shape (a column says "row 3"). */
export interface Place {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A cell's value as a message shows it (built on the error path only, in src/sheets). */
export type Shown =
  | { kind: 'text'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'hugeText'; text: string }
  | { kind: 'number'; n: number }
  | { kind: 'notFinite'; text: string }
  | { kind: 'literal'; text: string }
  | { kind: 'date' }
  | { kind: 'invalidDate' }
  | { kind: 'other' };

/** Who or what a message is about: an argument or quantity, a cell, or both. */
export interface Subject {
  name?: Name;
  place?: Place;
}

/** Why a number in a scanned range is refused. */
export type Flaw =
  | { kind: 'offScale'; min: number; max: number }
  | { kind: 'notWholeScore'; min: number; max: number }
  | { kind: 'negativePurchase' };

/** Every problem and the facts its message needs. */
export interface ProblemParams {
  notFinite: { what: Name };
  negative: { what: Name; got: number };
  notWhole: { what: Name; got: number };
  notAboveZero: { what: Name };
  partOverWhole: { part: Name; partN: number; whole: Name; wholeN: number };
  noScores: Record<string, never>;
  noScaleAnswers: Record<string, never>;
  noValues: Record<string, never>;
  noContacts: Record<string, never>;
  noWaits: Record<string, never>;
  noPurchases: Record<string, never>;
  noTickets: { arg: string };
  noPairs: { start: string; end: string };
  probability: { got: number };
  confidence: { got: number };
  scaleMax: { got: number };
  threshold: { arg: string; max: number; got: number };
  badNumber: { n: number; place: Place; flaw: Flaw };
  keptBelowZero: { end: number; added: number };
  keptOverStart: { kept: number; start: number };
  marginOver100: { got: number };
  backlogNegative: { open: number; created: number; resolved: number };
  unknownWord: { arg: string; word: string; accepted: readonly string[] };
  periodEmpty: { period: string };
  periodOver: { period: string };
  emptyDay: { text: string };
  notADay: { text: string };
  notATimeOfDay: { text: string; time: string };
  notATimeRange: { text: string };
  emptyShift: { text: string };
  emptySchedule: Record<string, never>;
  daysFirst: { text: string };
  datesTooFar: Record<string, never>;
  openingHours: { opens: number; closes: number };
  holds: { subject: Subject; value: Shown };
  notANumber: { subject: Subject; value: Shown };
  notADateTime: { subject: Subject; value: Shown };
  notACount: { subject: Subject; n: number };
  mixedRatings: { number: Place; rating: Place };
  blankArg: { arg: string };
  singleValue: { arg: string };
  numberArg: { arg: string; value: Shown };
  wordArg: { arg: string; example: string; value: Shown };
  thresholdKind: Record<string, never>;
  waitKinds: { place: Place; thresholdIsDuration: boolean };
  shapes: { a: Name; aRows: number; aCols: number; b: Name; bRows: number; bCols: number };
  emptyRange: { what: Name };
  endWithoutStart: { start: string; end: string; place?: Place };
  mixDateNumber: { start: string; end: string; place?: Place };
  mixDateDuration: { start: string; end: string; place?: Place };
  endBeforeStart: { start: string; end: string; place?: Place };
  scheduleNeedsDateTimes: { place: Place };
  negativeTime: { n: number };
  dateTimeNotDuration: Record<string, never>;
  notATime: { value: Shown };
  durationNotDate: { subject: Subject };
  durationNotDateTime: { subject: Subject };
  notARow: { row: number };
  arity: { got: number; min: number; max: number; params: readonly string[] };
  tooLarge: Record<string, never>;
  unexpected: { detail: string };
  /** Another problem, said of an argument and/or a cell: "hold: 5 is negative (row 3)". */
  context: { inner: Problem; arg?: string; place?: Place };
}
export type ProblemKey = keyof ProblemParams;
export type Problem = { [K in ProblemKey]: { key: K; p: ProblemParams[K] } }[ProblemKey];

export class MetricInputError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
    this.name = 'MetricInputError';
  }
}

/**
 * A divisor of 0 (no customers at start, no tickets): a single calculation cannot be done,
 * but in a column of months that month is simply blank, as in the report.
 */
export class ZeroDivisor extends MetricInputError {}

/** A problem from its key and facts, typed together. */
export function problem<K extends ProblemKey>(key: K, p: ProblemParams[K]): Problem {
  return { key, p } as Problem;
}

export function fail<K extends ProblemKey>(
  key: K,
  ...p: ProblemParams[K] extends Record<string, never> ? [] : [ProblemParams[K]]
): never {
  throw new MetricInputError(problem(key, (p[0] ?? {}) as ProblemParams[K]));
}

/** A finite number ≥ 0. */
export function nonNegative(value: number, what: Name): number {
  if (!Number.isFinite(value)) fail('notFinite', { what });
  if (value < 0) fail('negative', { what, got: value });
  return value;
}

/** A whole number ≥ 0: a count of customers, tickets or answers. */
export function count(value: number, what: Name): number {
  nonNegative(value, what);
  if (!Number.isInteger(value)) fail('notWhole', { what, got: value });
  return value;
}

/** A count that divides: a whole number > 0. */
export function positiveCount(value: number, what: Name): number {
  count(value, what);
  if (value === 0) throw new ZeroDivisor(problem('notAboveZero', { what }));
  return value;
}

/** A finite number > 0 (an amount that divides). */
export function positive(value: number, what: Name): number {
  nonNegative(value, what);
  if (value === 0) throw new ZeroDivisor(problem('notAboveZero', { what }));
  return value;
}

/** part / whole × 100 for counts, with part ≤ whole. */
export function countShare(part: number, partName: Name, whole: number, wholeName: Name): number {
  count(part, partName);
  positiveCount(whole, wholeName);
  if (part > whole)
    fail('partOverWhole', { part: partName, partN: part, whole: wholeName, wholeN: whole });
  return (part / whole) * 100;
}
