/**
 * What a cell value means. Sheets hands custom functions numbers, strings, booleans,
 * Dates (date-times and durations) and "" for blanks; a range arrives as a 2-D array.
 */

export type Grid = unknown[][];

import { fail, type Shown } from '../metrics/errors';

const typeTag = Object.prototype.toString;
/** Held here: a global lookup per row is slow inside node:vm (and costs time in any host). */
const isArray = Array.isArray;

/** Dates are recognised by their type tag, so Dates from another realm (node:vm) count. */
export function isDate(v: unknown): v is Date {
  return typeTag.call(v) === '[object Date]';
}

export function isGrid(v: unknown): v is Grid {
  return isArray(v) && (v.length === 0 || isArray(v[0]));
}

/**
 * A range as a 2-D array; a single value as a 1×1 grid; a flat array as a column. The rows
 * are not looked at: loops over large ranges check each row as they reach it (isRow), in
 * the same pass; `toGrid` checks them all first, for the small ranges of other functions.
 */
export function gridOf(v: unknown): Grid {
  if (isGrid(v)) return v;
  if (isArray(v)) return v.map((x) => [x]);
  return [[v]];
}

/** Whether a row of a range is a row of cells (Sheets never sends less; a test might). */
export function isRow(row: unknown): row is unknown[] {
  return typeof row === 'object' && row !== null && typeof (row as unknown[]).length === 'number';
}

/** The error for a row that is not a row of cells: refused, never silently dropped. */
export function notARow(r: number): never {
  fail('notARow', { row: r });
}

/** A range (as gridOf) whose every row is a row of cells. */
export function toGrid(v: unknown): Grid {
  const grid = gridOf(v);
  for (let r = 1; r < grid.length; r++) if (!isRow(grid[r])) notARow(r);
  return grid;
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Sheets' error values as a custom function receives them (any case). */
const SHEET_ERROR =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|LOADING\.*)$/i;

export const BLANK = 0;
export const NUMBER = 1;
export const TEXT = 2;
export const DATE = 3;
export const BOOLEAN = 4;
export const ERROR_VALUE = 5;
export type Kind = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * Kind of a cell, with numbers stored as text counted as numbers. Sheets' error values,
 * numbers no spreadsheet can hold ("1e400", Infinity) and anything that is not a cell value
 * at all are ERROR_VALUE: they stop the function with a message, never pass as text.
 */
export function kindOf(v: unknown): Kind {
  if (typeof v === 'number') return v - v === 0 ? NUMBER : ERROR_VALUE; // finite, without a global lookup
  if (v === '' || v === null || v === undefined) return BLANK;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return BLANK;
    if (NUMERIC.test(t)) return +t - +t === 0 ? NUMBER : ERROR_VALUE;
    return SHEET_ERROR.test(t) ? ERROR_VALUE : TEXT;
  }
  if (typeof v === 'boolean') return BOOLEAN;
  if (isDate(v)) {
    const t = (v as Date).getTime();
    return t - t === 0 ? DATE : ERROR_VALUE;
  }
  return ERROR_VALUE;
}

/** The number in a cell whose kind is NUMBER. */
export function numberIn(v: unknown): number {
  return typeof v === 'number' ? v : +(v as string).trim();
}

/** A cell as a message shows it (the error "#N/A", "abc", a date…); text is cut to 30 characters. */
export function describe(v: unknown): Shown {
  if (typeof v === 'string') {
    const text = v.length > 30 ? `${v.slice(0, 30)}…` : v;
    if (kindOf(v) !== ERROR_VALUE) return { kind: 'text', text };
    return NUMERIC.test(v.trim()) ? { kind: 'hugeText', text } : { kind: 'error', text };
  }
  if (typeof v === 'number')
    return v - v === 0 ? { kind: 'number', n: v } : { kind: 'notFinite', text: String(v) };
  if (isDate(v)) return { kind: kindOf(v) === DATE ? 'date' : 'invalidDate' };
  if (v === null || v === undefined || typeof v === 'boolean')
    return { kind: 'literal', text: String(v) };
  return { kind: 'other' };
}
