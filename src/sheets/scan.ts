/** One pass over a range of values (scores, wait times, purchases). */
import { fail, type Flaw } from '../metrics/errors';
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
} from './cells';
import { place } from './errors';

export interface ScanResult {
  /** Cells that held a number. */
  counted: number;
  /** Non-blank cells that were skipped: text, booleans, dates. */
  ignored: number;
}

/**
 * A visitor sees each number once. It returns nothing when the number is fine, or its
 * flaw (off the 0–10 scale), which becomes "11 in row 3 is outside the 0–10 scale".
 */
export type Visit = (n: number, row: number, col: number) => Flaw | undefined | void;

/** Sees each text cell (after trimming nothing: as it is), with its position. */
export type VisitText = (text: string, row: number, col: number) => void;

/**
 * Calls `visit` for every number in `arg` (numbers stored as text included), skipping
 * blanks, text, booleans and dates (text goes to `text` when given). Single pass, no
 * intermediate arrays.
 */
export function scanNumbers(arg: unknown, visit: Visit, text?: VisitText): ScanResult {
  const grid = gridOf(arg);
  const rows = grid.length;
  let counted = 0;
  let ignored = 0;
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
        if (kind === ERROR_VALUE) {
          fail('holds', { subject: { place: place(r, c, rows, cols) }, value: describe(v) });
        }
        if (kind !== NUMBER) {
          if (text && kind === TEXT) text(v as string, r, c);
          ignored++;
          continue;
        }
        n = numberIn(v);
      }
      const flaw = visit(n, r, c);
      if (flaw) fail('badNumber', { n, place: place(r, c, rows, cols), flaw });
      counted++;
    }
  }
  return { counted, ignored };
}
