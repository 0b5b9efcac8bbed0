/**
 * What the custom functions of several families share: tallies of survey scores, the
 * scale-based shares and means, the time between two columns, and the month-range spill of
 * the count functions. Arguments are coerced by src/sheets; the math is in src/metrics.
 */
import * as m from '../metrics';
import { elementwise, type Spilled } from '../sheets/elementwise';
import { checkArity, position, raise } from '../sheets/errors';
import { omitted, optionalNumber, optionalWord } from '../sheets/options';
import { scanNumbers } from '../sheets/scan';
import {
  BLANK,
  ERROR_VALUE,
  NUMBER,
  TEXT,
  describe,
  gridOf,
  isRow,
  kindOf,
  notARow,
  numberIn,
} from '../sheets/cells';
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
  const rows = grid.length;
  let good = 0;
  let rated = 0;
  let atOrAbove = 0;
  let sum = 0;
  let responses = 0;
  // Where the first number and the first rating are, found on the error path only.
  let firstNumber = -1;
  let firstRating = -1;
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    if (!isRow(row)) notARow(r);
    const cols = row.length;
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      let n: number;
      if (typeof v === 'number' && v - v === 0) n = v;
      else {
        const kind = kindOf(v);
        if (kind === BLANK) continue;
        if (kind === ERROR_VALUE) m.fail(`${position(r, c, rows, cols)} holds ${describe(v)}`);
        if (kind === TEXT) {
          const rating = RATINGS[(v as string).trim().toLowerCase()];
          if (rating === undefined || rating === null) continue;
          if (firstRating < 0) firstRating = r * cols + c;
          rated++;
          if (rating) good++;
          if (firstNumber >= 0) mixed(grid, firstNumber, firstRating);
          continue;
        }
        if (kind !== NUMBER) continue;
        n = numberIn(v);
      }
      const problem = m.scoreProblem(n, 1, scaleMax);
      if (problem) m.fail(`${n} in ${position(r, c, rows, cols)} ${problem}`);
      if (firstNumber < 0) firstNumber = r * cols + c;
      if (firstRating >= 0) mixed(grid, firstNumber, firstRating);
      sum += n;
      responses++;
      if (n >= threshold) atOrAbove++;
    }
  }
  return rated ? { atOrAbove: good, sum: 0, responses: rated } : { atOrAbove, sum, responses };
}

/** The error for a range that mixes scores and ratings, naming where each first appears. */
function mixed(grid: unknown[][], number: number, rating: number): never {
  const cols = grid[0].length;
  const at = (i: number) => position(Math.floor(i / cols), i % cols, grid.length, cols);
  m.fail(
    `mixes numbers and Good/Bad ratings (${at(number)} is a number, ${at(rating)} a rating); use one or the other`,
  );
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
  if (n === 0) raise(fn, `no row has both ${labels.start} and ${labels.end}`);
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
  labels: string[] = params,
): Spilled {
  checkArity(fn, argc, params, params.length);
  return elementwise(
    fn,
    values.map((value, i) => ({ label: labels[i], value })),
    math,
  );
}
