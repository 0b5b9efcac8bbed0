/** Optional scalar arguments: scale sizes, thresholds, units, statistics. */
import { BLANK, NUMBER, describe, kindOf, numberIn, toGrid } from './cells';
import { raise } from './errors';

function single(fn: string, label: string, value: unknown): unknown {
  const g = toGrid(value);
  if (g.length !== 1 || g[0].length !== 1) raise(fn, 'singleValue', { arg: label });
  return g[0][0];
}

/** An optional number; omitted or blank gives the default. */
export function optionalNumber(
  fn: string,
  label: string,
  value: unknown,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const v = single(fn, label, value);
  const kind = kindOf(v);
  if (kind === BLANK) return fallback;
  if (kind !== NUMBER) raise(fn, 'numberArg', { arg: label, value: describe(v) });
  return numberIn(v);
}

/** An optional word (unit, statistic); omitted or blank gives the default. */
export function optionalWord(fn: string, label: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  const v = single(fn, label, value);
  if (kindOf(v) === BLANK) return fallback;
  if (typeof v !== 'string')
    raise(fn, 'wordArg', { arg: label, example: fallback, value: describe(v) });
  return v;
}

/** Whether an optional argument was left out: omitted, or a single blank cell (its default then). */
export function omitted(value: unknown): boolean {
  if (value === undefined) return true;
  const g = toGrid(value);
  return g.length === 1 && g[0].length === 1 && kindOf(g[0][0]) === BLANK;
}
