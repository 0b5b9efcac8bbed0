/**
 * Turning problems into the messages Sheets shows under #ERROR!: in the spreadsheet's
 * language, read only when something is wrong, so a correct call costs nothing.
 */
import { renderProblem } from '../i18n/problems';
import {
  MetricInputError,
  problem,
  type Place,
  type Problem,
  type ProblemKey,
  type ProblemParams,
} from '../metrics/errors';

/** A custom function's error, already in words: passed through by guard as it is. */
class FunctionError extends Error {}

/** The spreadsheet's locale ("sl_SI", "de_DE"), or '' outside Sheets or when it cannot be read. */
function spreadsheetLocale(): string {
  try {
    if (typeof SpreadsheetApp === 'undefined') return '';
    return SpreadsheetApp.getActive().getSpreadsheetLocale() || '';
  } catch {
    return '';
  }
}

/** Throws an Error whose message is the function name and the problem in the sheet's words. */
export function raiseProblem(fn: string, p: Problem): never {
  throw new FunctionError(`${fn}: ${renderProblem(p, spreadsheetLocale())}`);
}

export function raise<K extends ProblemKey>(
  fn: string,
  key: K,
  ...p: ProblemParams[K] extends Record<string, never> ? [] : [ProblemParams[K]]
): never {
  raiseProblem(fn, problem(key, (p[0] ?? {}) as ProblemParams[K]));
}

/**
 * Runs a custom function body. Bad input (MetricInputError) becomes `FN: message`;
 * anything unexpected still names the function instead of surfacing a raw TypeError.
 */
export function guard<T>(fn: string, body: () => T): T {
  let out: T;
  try {
    out = body();
  } catch (e) {
    if (e instanceof FunctionError) throw e;
    if (e instanceof MetricInputError) raiseProblem(fn, e.problem);
    raise(fn, 'unexpected', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!finite(out)) raise(fn, 'tooLarge');
  return out;
}

/** A result Sheets can show: no Infinity or NaN in a number or a spilled table. */
function finite(out: unknown): boolean {
  if (typeof out === 'number') return out - out === 0;
  if (!Array.isArray(out)) return true;
  for (const row of out as unknown[][])
    for (const v of row) if (typeof v === 'number' && !(v - v === 0)) return false;
  return true;
}

/**
 * In a catch block: bad input (MetricInputError) is raised again said of an argument
 * and/or a cell ("hold: 5 is negative (row 3)"); anything else is rethrown unchanged.
 * Callers compute the place only here, on the error path, never per cell.
 */
export function rethrowAt(fn: string, e: unknown, place?: Place, arg?: string): never {
  if (e instanceof MetricInputError) raiseProblem(fn, inContext(e.problem, place, arg));
  throw e;
}

/** A problem said of an argument and/or a cell; the problem itself when neither is known. */
export function inContext(inner: Problem, place?: Place, arg?: string): Problem {
  return place || arg ? problem('context', { inner, place, arg }) : inner;
}

/** Sheets does not check argument counts for custom functions; we do. */
export function checkArity(
  fn: string,
  got: number,
  params: readonly string[],
  required: number,
): void {
  if (got >= required && got <= params.length) return;
  raise(fn, 'arity', { got, min: required, max: params.length, params });
}

/** A cell of a range, for messages: "row 3", "column 2" or "row 3, column 2" by the range's shape. */
export function place(row: number, col: number, rows: number, cols: number): Place {
  return { row, col, rows, cols };
}
