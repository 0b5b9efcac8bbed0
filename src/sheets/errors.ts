/** Turning problems into the messages Sheets shows under #ERROR!. */
import { MetricInputError } from '../metrics/errors';

/** Throws an Error whose message starts with the function name. */
export function raise(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
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
    if (e instanceof Error && e.message.startsWith(`${fn}: `)) throw e;
    if (e instanceof MetricInputError) raise(fn, e.message);
    raise(fn, `unexpected problem (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!finite(out)) raise(fn, 'the result is too large for a spreadsheet; check the inputs');
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
 * In a catch block: bad input (MetricInputError) is raised again as `FN: label message
 * (where)`, naming the cell; anything else is rethrown unchanged. Callers compute `where`
 * only here, on the error path, never per cell.
 */
export function rethrowAt(fn: string, e: unknown, where: string, label = ''): never {
  if (e instanceof MetricInputError) raise(fn, `${label}${e.message}${where ? ` (${where})` : ''}`);
  throw e;
}

/** Sheets does not check argument counts for custom functions; we do. */
export function checkArity(
  fn: string,
  got: number,
  params: readonly string[],
  required: number,
): void {
  if (got >= required && got <= params.length) return;
  const want =
    required === params.length
      ? `${required} argument${required === 1 ? '' : 's'}`
      : `${required} to ${params.length} arguments`;
  raise(fn, `expects ${want} (${params.join(', ')}), got ${got}`);
}

/** "row 3", "column 2" or "row 3, column 2", depending on the range's shape. */
export function position(row: number, col: number, rows: number, cols: number): string {
  if (cols === 1) return `row ${row + 1}`;
  if (rows === 1) return `column ${col + 1}`;
  return `row ${row + 1}, column ${col + 1}`;
}
