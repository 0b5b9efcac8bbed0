/**
 * Count arguments (S, E, N, lost, resolved…) take a number or a range. With ranges of
 * one shape the result spills element-wise, one result per month row; single values
 * are used for every row. A row with a blank, or a header's text or date, gives a blank
 * result, and so does a month whose divisor is 0; other bad values stop with the row named.
 */
import { ZeroDivisor, type Name, type Place } from '../metrics/errors';
import {
  BLANK,
  BOOLEAN,
  DATE,
  ERROR_VALUE,
  NUMBER,
  TEXT,
  describe,
  kindOf,
  numberIn,
  toGrid,
} from './cells';
import { place, raise, rethrowAt } from './errors';

export interface Param {
  label: Name;
  value: unknown;
}

export type Spilled = number | string | (number | string)[][];

export function elementwise(
  fn: string,
  params: Param[],
  compute: (...values: number[]) => number,
): Spilled {
  const grids = params.map((p) => toGrid(p.value));
  let rows = 1;
  let cols = 1;
  let shaped = -1;
  grids.forEach((g, i) => {
    if (g.length === 0 || g[0].length === 0) raise(fn, 'emptyRange', { what: params[i].label });
    if (g.length === 1 && g[0].length === 1) return;
    if (shaped < 0) {
      shaped = i;
      rows = g.length;
      cols = g[0].length;
    } else if (g.length !== rows || g[0].length !== cols) {
      raise(fn, 'shapes', {
        a: params[shaped].label,
        aRows: rows,
        aCols: cols,
        b: params[i].label,
        bRows: g.length,
        bCols: g[0].length,
      });
    }
  });
  const single = shaped < 0;
  /** The cell, for messages, only when a range is involved; built on the error path only. */
  const at = (r: number, c: number): Place | undefined =>
    single ? undefined : place(r, c, rows, cols);
  const out: (number | string)[][] = [];
  const values: number[] = new Array(params.length);
  for (let r = 0; r < rows; r++) {
    const line: (number | string)[] = [];
    for (let c = 0; c < cols; c++) {
      let blank = false;
      for (let i = 0; i < grids.length; i++) {
        const g = grids[i];
        const v = g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c];
        const kind = kindOf(v);
        if (kind === NUMBER) values[i] = numberIn(v);
        else if (
          kind === BLANK ||
          (!single && (kind === TEXT || kind === BOOLEAN || kind === DATE))
        )
          blank = true;
        else if (kind === ERROR_VALUE)
          raise(fn, 'holds', {
            subject: { name: params[i].label, place: at(r, c) },
            value: describe(v),
          });
        else
          raise(fn, 'notANumber', {
            subject: { name: params[i].label, place: at(r, c) },
            value: describe(v),
          });
      }
      if (blank) {
        line.push('');
        continue;
      }
      try {
        line.push(compute(...values));
      } catch (e) {
        if (!single && e instanceof ZeroDivisor) line.push('');
        else rethrowAt(fn, e, at(r, c));
      }
    }
    out.push(line);
  }
  return single ? out[0][0] : out;
}
