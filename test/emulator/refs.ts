/**
 * A1 references inside formula text, moved the way Sheets moves them. HyperFormula already
 * adjusts the formulas in cells; this is for the formulas it does not hold (data validation
 * and conditional-format rules) and for Range.sort, which moves formulas like a copy.
 *
 * Structural edits (insert, delete, move) map every reference to the edited sheet, absolute
 * or relative. A copy (sort, an inserted row inheriting the validation above it) shifts the
 * relative parts only.
 */

/** Where an index (1-based row or column) goes; null when its row or column was deleted. */
export interface Axis {
  point(i: number): number | null;
  /** A range [start, end] after the edit, or null when none of it is left. */
  span(start: number, end: number): [number, number] | null;
}

export const identity: Axis = { point: (i) => i, span: (s, e) => [s, e] };

/** n rows (or columns) inserted before index `at`. */
export function inserted(at: number, n: number): Axis {
  const point = (i: number) => (i >= at ? i + n : i);
  return { point, span: (s, e) => [point(s), point(e)] };
}

/** n rows (or columns) deleted from index `at`. */
export function deleted(at: number, n: number): Axis {
  const point = (i: number) => (i < at ? i : i >= at + n ? i - n : null);
  return {
    point,
    span(s, e) {
      const first = s >= at && s < at + n ? at + n : s;
      const last = e >= at && e < at + n ? at - 1 : e;
      if (first > last) return null;
      return [point(first)!, point(last)!];
    },
  };
}

/** n rows (or columns) from `from` moved before index `to` (indices before the move). */
export function moved(from: number, n: number, to: number): Axis {
  const point = (i: number): number => {
    if (to > from + n) {
      if (i >= from && i < from + n) return i + (to - from - n);
      if (i >= from + n && i < to) return i - n;
      return i;
    }
    if (to < from) {
      if (i >= from && i < from + n) return i - (from - to);
      if (i >= to && i < from) return i + n;
      return i;
    }
    return i;
  };
  return {
    point,
    span(s, e) {
      const a = point(s);
      const b = point(e);
      return [Math.min(a, b), Math.max(a, b)];
    },
  };
}

/** Column number (1-based) ↔ letters. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

interface Part {
  absCol: boolean;
  col: number | null;
  absRow: boolean;
  row: number | null;
}

const PART = /^(\$?)([A-Z]{1,3})?(\$?)(\d+)?$/;

function parsePart(text: string): Part | null {
  const m = PART.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  return {
    absCol: m[1] === '$',
    col: m[2] ? colNumber(m[2]) : null,
    absRow: m[3] === '$',
    row: m[4] ? Number(m[4]) : null,
  };
}

function showPart(p: Part): string {
  return `${p.col !== null ? `${p.absCol ? '$' : ''}${colLetters(p.col)}` : ''}${
    p.row !== null ? `${p.absRow ? '$' : ''}${p.row}` : ''
  }`;
}

/** How one edit moves references: per axis, and whether only relative parts move (a copy). */
export interface Edit {
  rows?: Axis;
  cols?: Axis;
}

function mapPoint(p: Part, edit: Edit): Part | null {
  const row = p.row === null ? null : edit.rows ? edit.rows.point(p.row) : p.row;
  const col = p.col === null ? null : edit.cols ? edit.cols.point(p.col) : p.col;
  if ((p.row !== null && row === null) || (p.col !== null && col === null)) return null;
  return { ...p, row, col };
}

function mapRange(a: Part, b: Part, edit: Edit): [Part, Part] | null {
  const rows =
    a.row === null || b.row === null
      ? null
      : edit.rows
        ? edit.rows.span(Math.min(a.row, b.row), Math.max(a.row, b.row))
        : [a.row, b.row];
  const cols =
    a.col === null || b.col === null
      ? null
      : edit.cols
        ? edit.cols.span(Math.min(a.col, b.col), Math.max(a.col, b.col))
        : [a.col, b.col];
  if ((a.row !== null && rows === null) || (a.col !== null && cols === null)) return null;
  return [
    { ...a, row: rows ? rows[0] : null, col: cols ? cols[0] : null },
    { ...b, row: rows ? rows[1] : null, col: cols ? cols[1] : null },
  ];
}

const SHEET = /^(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!/;
const REF = /^\$?[A-Z]{0,3}\$?\d*(?::\$?[A-Z]{0,3}\$?\d*)?/;

/** `Name!` or `'Other name'!`, as a reference to a sheet is written. */
const sheetPrefix = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;

/**
 * Walks a formula and hands every cell or range reference (not in a string, not a function
 * name) to `onRef`, which returns its new text; everything else is copied as it is.
 */
function scan(
  formula: string,
  onRef: (
    sheet: string | null,
    a: Part,
    b: Part | null,
  ) => { a: Part; b: Part | null; sheet?: string } | null,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (/[A-Za-z0-9_.$']/.test(prev) || !/[A-Za-z$'0-9]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let sheet: string | null = null;
    let j = i;
    const s = SHEET.exec(formula.slice(i));
    if (s) {
      sheet = s[1] !== undefined ? s[1].replace(/''/g, "'") : s[2];
      j = i + s[0].length;
    }
    const text = REF.exec(formula.slice(j))?.[0] ?? '';
    const after = formula[j + text.length] ?? '';
    const [left, right] = text.split(':');
    const a = text ? parsePart(left) : null;
    const b = right !== undefined ? parsePart(right) : null;
    const valid =
      a !== null &&
      (right === undefined ? a.row !== null && a.col !== null : b !== null) &&
      !/[A-Za-z0-9_(.]/.test(after);
    if (!valid) {
      // A function name, a named range or a number: copy one word as it is.
      const word = /^[A-Za-z0-9_.$]+/.exec(formula.slice(i));
      const len = s ? s[0].length : word ? word[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
      continue;
    }
    const mapped = onRef(sheet, a, b);
    const prefix = mapped?.sheet === undefined ? formula.slice(i, j) : sheetPrefix(mapped.sheet);
    out += !mapped
      ? '#REF!'
      : `${prefix}${showPart(mapped.a)}${mapped.b ? `:${showPart(mapped.b)}` : ''}`;
    i = j + text.length;
  }
  return out;
}

/**
 * Rewrites the references of a formula after a structural edit. `applies(sheet)` says
 * whether a reference to that sheet (null: unqualified, the formula's own sheet) is affected.
 */
export function mapRefs(
  formula: string,
  applies: (sheet: string | null) => boolean,
  edit: Edit,
): string {
  return scan(formula, (sheet, a, b) => {
    if (!applies(sheet)) return { a, b };
    if (b === null) {
      const p = mapPoint(a, edit);
      return p && { a: p, b: null };
    }
    const m = mapRange(a, b, edit);
    return m && { a: m[0], b: m[1] };
  });
}

/** The formula as it reads after being copied `dr` rows and `dc` columns away. */
export function copyShift(formula: string, dr: number, dc: number): string {
  const shift = (p: Part): Part | null => {
    const row = p.row === null || p.absRow ? p.row : p.row + dr;
    const col = p.col === null || p.absCol ? p.col : p.col + dc;
    return (row !== null && row < 1) || (col !== null && col < 1) ? null : { ...p, row, col };
  };
  return scan(formula, (_sheet, a, b) => {
    const pa = shift(a);
    const pb = b && shift(b);
    return pa && (b === null || pb) ? { a: pa, b: pb } : null;
  });
}

/** The formula after sheet `from` is renamed `to`. */
export function renameSheetRefs(formula: string, from: string, to: string): string {
  return scan(formula, (sheet, a, b) => (sheet === from ? { a, b, sheet: to } : { a, b }));
}

/** The formula with every sheet name written as HyperFormula writes it (quoted only if need be). */
export function plainSheetRefs(formula: string): string {
  return scan(formula, (sheet, a, b) => (sheet === null ? { a, b } : { a, b, sheet }));
}
