/**
 * What a cell value means. Sheets hands custom functions numbers, strings, booleans,
 * Dates (date-times and durations) and "" for blanks; a range arrives as a 2-D array.
 */

export type Grid = unknown[][];

const typeTag = Object.prototype.toString;

/** Dates are recognised by their type tag, so Dates from another realm (node:vm) count. */
export function isDate(v: unknown): v is Date {
  return typeTag.call(v) === '[object Date]';
}

export function isGrid(v: unknown): v is Grid {
  return Array.isArray(v) && (v.length === 0 || Array.isArray(v[0]));
}

/** A range as a 2-D array; a single value as a 1×1 grid; a flat array as a column. */
export function toGrid(v: unknown): Grid {
  if (isGrid(v)) return v;
  if (Array.isArray(v)) return v.map((x) => [x]);
  return [[v]];
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SHEET_ERROR = /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

export const BLANK = 0;
export const NUMBER = 1;
export const TEXT = 2;
export const DATE = 3;
export const BOOLEAN = 4;
export const ERROR_VALUE = 5;
export type Kind = 0 | 1 | 2 | 3 | 4 | 5;

/** Kind of a cell, with numbers stored as text counted as numbers. */
export function kindOf(v: unknown): Kind {
  if (typeof v === 'number') return v - v === 0 ? NUMBER : ERROR_VALUE; // finite, without a global lookup
  if (v === '' || v === null || v === undefined) return BLANK;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return BLANK;
    if (NUMERIC.test(t)) return NUMBER;
    return SHEET_ERROR.test(t) ? ERROR_VALUE : TEXT;
  }
  if (typeof v === 'boolean') return BOOLEAN;
  if (isDate(v)) return DATE;
  return TEXT;
}

/** The number in a cell whose kind is NUMBER. */
export function numberIn(v: unknown): number {
  return typeof v === 'number' ? v : +(v as string).trim();
}

/** A short quote of a cell for messages. */
export function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 30 ? `${v.slice(0, 30)}…` : v}"`;
  if (isDate(v)) return 'a date';
  return String(v);
}
