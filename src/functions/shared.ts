/**
 * What the custom functions of several families share: tallies of survey scores, the
 * scale-based shares and means, the time between two columns, and the month-range spill of
 * the count functions. Arguments are coerced by src/sheets; the math is in src/metrics.
 */
import * as m from '../metrics';
import { elementwise, type Spilled } from '../sheets/elementwise';
import { checkArity, place, raise } from '../sheets/errors';
import { omitted, optionalNumber, optionalWord } from '../sheets/options';
import { scanNumbers } from '../sheets/scan';
import { gridOf } from '../sheets/cells';
import { instantIn, workCalendar } from '../sheets/hours';
import { elapsedDays, type PairLabels } from '../sheets/time';

export type Table = (number | string)[][];

export function tallyNps(scores: unknown): m.NpsCounts & { ignored: number } {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const scan = scanNumbers(scores, (n) => {
    const problem = m.scoreProblem(n, 0, 10);
    if (problem) return problem;
    if (n >= m.NPS_SCALE.promoterFrom) promoters++;
    else if (n > m.NPS_SCALE.detractorTo) passives++;
    else detractors++;
    return undefined;
  });
  return { promoters, passives, detractors, ignored: scan.ignored };
}

export interface ScaleTally {
  atOrAbove: number;
  sum: number;
  responses: number;
}

/** Scores on 1..scaleMax: how many, their sum, and how many at or above `threshold`. */
export function tallyScale(scores: unknown, scaleMax: number, threshold: number): ScaleTally {
  let atOrAbove = 0;
  let sum = 0;
  const scan = scanNumbers(scores, (n) => {
    const problem = m.scoreProblem(n, 1, scaleMax);
    if (problem) return problem;
    sum += n;
    if (n >= threshold) atOrAbove++;
    return undefined;
  });
  return { atOrAbove, sum, responses: scan.counted };
}

/** Help-desk satisfaction ratings: satisfied (true), not (false), skipped (null). */
const RATINGS: Record<string, boolean | null> = {
  good: true,
  'good with comment': true,
  bad: false,
  'bad with comment': false,
  offered: null,
  'not offered': null,
  unoffered: null,
};

/**
 * CSAT's tally: scores on 1..scaleMax, or Good/Bad ratings as a help desk exports them
 * (Offered/Unoffered skipped); one range may not mix the two.
 */
export function tallyCsat(scores: unknown, scaleMax: number, threshold: number): ScaleTally {
  const grid = gridOf(scores);
  let good = 0;
  let rated = 0;
  let firstNumber: [number, number] | null = null;
  let firstRating: [number, number] | null = null;
  const mixed = (): never => {
    const cols = grid[0].length;
    const at = ([r, c]: [number, number]) => place(r, c, grid.length, cols);
    return m.fail('mixedRatings', { number: at(firstNumber!), rating: at(firstRating!) });
  };
  let atOrAbove = 0;
  let sum = 0;
  const scan = scanNumbers(
    grid,
    (n, r, c) => {
      const problem = m.scoreProblem(n, 1, scaleMax);
      if (problem) return problem;
      if (!firstNumber) firstNumber = [r, c];
      if (firstRating) mixed();
      sum += n;
      if (n >= threshold) atOrAbove++;
      return undefined;
    },
    (text, r, c) => {
      const rating = RATINGS[text.trim().toLowerCase()];
      if (rating === undefined || rating === null) return;
      if (!firstRating) firstRating = [r, c];
      if (firstNumber) mixed();
      rated++;
      if (rating) good++;
    },
  );
  return rated
    ? { atOrAbove: good, sum: 0, responses: rated }
    : { atOrAbove, sum, responses: scan.counted };
}

/** Shared body of CSAT and CES_PERCENT. */
export function shareOnScale(
  fn: string,
  argc: number,
  scores: unknown,
  scaleMax: unknown,
  from: unknown,
  fromLabel: string,
): number {
  checkArity(fn, argc, ['scores', 'scale_max', fromLabel], 1);
  const max = optionalNumber(fn, 'scale_max', scaleMax, 5);
  m.checkScale(max, undefined, fromLabel);
  const threshold = optionalNumber(fn, fromLabel, from, max - 1);
  m.checkScale(max, threshold, fromLabel);
  const t = fn === 'CSAT' ? tallyCsat(scores, max, threshold) : tallyScale(scores, max, threshold);
  return m.shareAtOrAbove(t.atOrAbove, t.responses);
}

/** Shared body of CSAT_AVERAGE and CES. */
export function meanOnScale(
  fn: string,
  argc: number,
  scores: unknown,
  scaleMax: unknown,
  fallbackMax: number,
): number {
  checkArity(fn, argc, ['scores', 'scale_max'], 1);
  const max = optionalNumber(fn, 'scale_max', scaleMax, fallbackMax);
  m.checkScale(max, undefined, '');
  const t = tallyScale(scores, max, max);
  return m.meanScore(t.sum, t.responses);
}

/**
 * Shared body of FRT, RESPONSE_TIME and RESOLUTION_TIME. With a schedule or holidays, each
 * row's time is its working time (a blank schedule is the default one).
 */
export function timeBetween(
  fn: string,
  argc: number,
  labels: PairLabels,
  start: unknown,
  end: unknown,
  unit: unknown,
  statistic: unknown,
  schedule: unknown,
  holidays: unknown,
): number {
  checkArity(fn, argc, [labels.start, labels.end, 'unit', 'statistic', 'schedule', 'holidays'], 2);
  const u = m.parseUnit(optionalWord(fn, 'unit', unit, 'hours'));
  const s = m.parseStatistic(optionalWord(fn, 'statistic', statistic, 'mean'));
  const calendar =
    omitted(schedule) && omitted(holidays) ? undefined : workCalendar(fn, schedule, holidays);
  const { values, n } = elapsedDays(
    fn,
    start,
    end,
    labels,
    calendar && {
      days: (a, b) => calendar.between(a, b) / 86400000,
      instant: (v, label) => instantIn(calendar, v, label)!,
    },
  );
  if (n === 0) raise(fn, 'noPairs', labels);
  return m.summarise(values, n, s) * m.unitsPerDay(u);
}

/**
 * Shared body of the count functions (CRR, FCR, CAC, BACKLOG…): checks the argument count,
 * then spills over month ranges. `labels` name the arguments in messages.
 */
export function spill(
  fn: string,
  argc: number,
  params: string[],
  values: unknown[],
  math: (...v: number[]) => number,
  labels: m.Name[] = params.map((arg) => ({ arg })),
): Spilled {
  checkArity(fn, argc, params, params.length);
  return elementwise(
    fn,
    values.map((value, i) => ({ label: labels[i], value })),
    math,
  );
}
