/**
 * An in-memory Google Sheets for tests and the demo: the services the add-on uses (the
 * interfaces in src/report/gas.ts, so a missing call is a compile error) and the edits its
 * users make (UserSheet, UserRange, UserSpreadsheet there), with Sheets' semantics:
 *
 * - formulas live in HyperFormula, which evaluates them and adjusts their references when
 *   rows and columns are inserted, deleted or moved, or a tab is renamed or deleted;
 * - formats, backgrounds, weights and validations move with their cells; inserted rows and
 *   columns take the formatting and validation of the row above / column to the left;
 * - developer metadata on rows and columns moves with them and disappears with them;
 *   conditional-format rules, protections and charts keep covering the same cells;
 * - Range.sort moves cell contents (not rows): formulas move like a copy, references from
 *   elsewhere and row metadata stay where they were.
 *
 * Every service call the add-on makes is counted per method; builders and getters of
 * objects the add-on already holds (a Range's coordinates, a DeveloperMetadata's key and
 * location, a rule's condition) are local in Apps Script and are not counted. A call can be
 * made to fail ("fails halfway" tests). The test's own calls on the raw objects are not counted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type * as G from '../../src/report/gas';
import { formatNumber } from './format';
import { wallClock } from '../../src/sheets/time';
import {
  blockOf,
  FakeBooleanCondition,
  FakeChart,
  FakeChartBuilder,
  FakeChartOptions,
  FakeConditionalRule,
  FakeConditionalRuleBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeMetadata,
  FakeMetadataFinder,
  FakeMetadataLocation,
  FakeProtection,
  type Block,
} from './objects';
import {
  colLetters,
  colNumber,
  copyShift,
  deleted,
  inserted,
  mapRefs,
  renameSheetRefs,
  moved,
  type Axis,
  type Edit,
} from './refs';

export {
  FakeChart,
  FakeConditionalRule,
  FakeDataValidation,
  FakeMetadata,
  FakeProtection,
  type Block,
} from './objects';

type Cell = G.Cell;
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** Text Sheets would store as a date or a boolean when typed (or written without a leading '). */
const PARSED = new RegExp(
  `^(?:${MONTH}[\\s,/-]+\\d{1,4}|\\d{1,2}[\\s-]+${MONTH}(?:[\\s,-]+\\d{2,4})?|\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?|true|false)$`,
  'i',
);
/** The most a sheet's developer metadata may hold (keys and values), as in Sheets. */
export const METADATA_CHARS_PER_SHEET = 30000;

export class CallLog {
  readonly counts = new Map<string, number>();
  private failures = new Map<string, number>();
  private failAtTotal: number | null = null;

  record(name: string): void {
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    const failAt = this.failures.get(name);
    if (failAt !== undefined && n >= failAt) {
      this.failures.delete(name);
      throw new Error(`Service error: ${name} failed (injected by the test)`);
    }
    if (this.failAtTotal !== null && this.total() >= this.failAtTotal) {
      this.failAtTotal = null;
      throw new Error(`Service error: ${name} failed (injected by the test)`);
    }
  }
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  reset(): void {
    this.counts.clear();
  }
  /** Makes the nth call (from now) of `name` ("Sheet.insertChart") throw, once. */
  failOn(name: string, nth = 1): void {
    this.failures.set(name, (this.counts.get(name) ?? 0) + nth);
  }
  /** Makes the nth counted call from now, whatever it is, throw, once. */
  failAt(nth: number): void {
    this.failAtTotal = this.total() + nth;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }
}

/** Calls that do not reach the spreadsheet in Apps Script: builders and local getters. */
const LOCAL = new Set([
  'SpreadsheetApp.newConditionalFormatRule',
  'SpreadsheetApp.newDataValidation',
  'Sheet.newChart',
  'Sheet.getRange',
  'Sheet.getSheetId',
  'Spreadsheet.createDeveloperMetadataFinder',
  'DeveloperMetadataFinder.withKey',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getA1Notation',
  'DeveloperMetadata.getId',
  'DeveloperMetadata.getKey',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getLocation',
  'DeveloperMetadataLocation.getLocationType',
  'DeveloperMetadataLocation.getRow',
  'DeveloperMetadataLocation.getColumn',
  'DeveloperMetadataLocation.getSheet',
  'Chart.getChartId',
  'Chart.getRanges',
  'Chart.getOptions',
  'Chart.getNumHeaders',
  'Chart.getTransposeRowsAndColumns',
  'Chart.modify',
  'ChartOptions.get',
  'ConditionalFormatRule.getRanges',
  'ConditionalFormatRule.getBooleanCondition',
  'BooleanCondition.getCriteriaType',
  'BooleanCondition.getCriteriaValues',
  'BooleanCondition.getBackground',
  'BooleanCondition.getFontColor',
  'Protection.getDescription',
  'Protection.getRange',
  'Protection.isWarningOnly',
]);

const raws = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();
/** > 0 while the add-on (through a counted proxy) is calling the emulator. */
let addonDepth = 0;

/** Written contents Sheets reads as a formula (a lone "=" is text). */
const isFormula = (v: unknown): v is `=${string}` =>
  typeof v === 'string' && v.startsWith('=') && v.length > 1;

/** The counting proxy handed to the add-on for a fake object. */
function counted<T extends object>(log: CallLog, target: T, kind: string): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (
        typeof v !== 'function' ||
        typeof prop !== 'string' ||
        prop.startsWith('_') ||
        prop === 'constructor'
      )
        return v;
      return (...args: unknown[]) => {
        if (!LOCAL.has(`${kind}.${prop}`)) log.record(`${kind}.${prop}`);
        addonDepth++;
        try {
          return wrapResult(log, v.apply(t, args.map(unwrap)));
        } finally {
          addonDepth--;
        }
      };
    },
  });
  proxies.set(target, proxy);
  raws.set(proxy, target);
  return proxy;
}

function unwrap(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(unwrap);
  return (x && typeof x === 'object' && raws.get(x)) || x;
}

const KINDS: [new (...a: never[]) => object, string][] = [];

function wrapResult(log: CallLog, x: unknown): unknown {
  if (Array.isArray(x)) return x.map((v) => wrapResult(log, v));
  if (x && typeof x === 'object') {
    for (const [cls, kind] of KINDS) if (x instanceof cls) return counted(log, x, kind);
  }
  return x;
}

/** Spreadsheet serial number of a Date's wall-clock time (as Sheets stores a typed date). */
function serial(d: Date): number {
  return (wallClock(d, undefined) - Date.UTC(1899, 11, 30)) / 86400000;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export class FakeRange implements G.UserRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) {
      throw new Error(
        `The coordinates or dimensions of the range are invalid (${row}, ${col}, ${rows}, ${cols}).`,
      );
    }
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) {
      throw new Error(
        `The coordinates of the range are outside the dimensions of the sheet (${a1Block({ row, col, rows, cols })} on a ${sheet.maxRows}×${sheet.maxCols} sheet).`,
      );
    }
  }
  private map<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_x, i) =>
      Array.from({ length: this.cols }, (_y, j) => f(this.row + i, this.col + j)),
    );
  }
  private checkShape(grid: unknown[][], what: string): void {
    if (grid.length !== this.rows || grid.some((row) => row.length !== this.cols)) {
      throw new Error(
        `The number of rows or columns in the ${what} does not match the range: data ${grid.length}×${grid[0]?.length ?? 0}, range ${this.rows}×${this.cols}.`,
      );
    }
  }
  private each<T>(grid: T[][], f: (cell: CellData, v: T, r: number, c: number) => void): void {
    grid.forEach((line, i) =>
      line.forEach((v, j) =>
        f(this.sheet._ensure(this.row + i, this.col + j), v, this.row + i, this.col + j),
      ),
    );
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.col + this.cols - 1;
  }
  getSheet(): G.Sheet {
    return this.sheet;
  }
  getA1Notation(): string {
    return a1Block(this);
  }
  getValues(): Cell[][] {
    return this.map((r, c) => this.sheet._value(r, c));
  }
  getFormulas(): string[][] {
    return this.map((r, c) => this.sheet._formula(r, c));
  }
  getDisplayValues(): string[][] {
    return this.map((r, c) => {
      const v = this.sheet._value(r, c);
      if (typeof v === 'number')
        return formatNumber(v, this.sheet._cell(r, c)?.format ?? 'General', this.sheet.ss.locale);
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      return String(v);
    });
  }
  getNumberFormats(): string[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.format ?? 'General');
  }
  getFontWeights(): string[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.weight ?? 'normal');
  }
  getBackgrounds(): string[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.background ?? '#ffffff');
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.validation ?? null);
  }
  setValues(values: Cell[][]): G.Range {
    this.checkShape(values, 'data');
    this.sheet._write(this.row, this.col, values);
    return this;
  }
  setNumberFormats(formats: string[][]): G.Range {
    this.checkShape(formats, 'number formats');
    this.each(formats, (cell, f) => (cell.format = f));
    return this;
  }
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): G.Range {
    this.checkShape(weights, 'font weights');
    this.each(weights, (cell, w) => (cell.weight = w ?? 'normal'));
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): G.Range {
    this.checkShape(colors, 'backgrounds');
    this.each(colors, (cell, b) => (cell.background = b ?? '#ffffff'));
    return this;
  }
  setDataValidations(rules: (G.DataValidation | null)[][]): G.Range {
    this.checkShape(rules, 'data validations');
    const checked = new Set<string>();
    for (const row of rules) {
      for (const rule of row) {
        const f = (rule as FakeDataValidation | null)?.formula;
        if (f && !checked.has(f)) {
          checked.add(f);
          this.sheet.ss._checkFormula(this.sheet, f, 'data validation');
        }
      }
    }
    this.each(rules, (cell, v) => (cell.validation = (v as FakeDataValidation) ?? null));
    return this;
  }
  setWraps(wraps: boolean[][]): G.Range {
    this.checkShape(wraps, 'wraps');
    this.each(wraps, (cell, w) => (cell.wrap = w));
    return this;
  }
  getWraps(): boolean[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.wrap ?? false);
  }
  createFilter(): G.Filter {
    if (this.sheet.filter)
      throw new Error("You can't create a filter in a sheet that already has a filter.");
    return (this.sheet.filter = new FakeFilter(this.sheet, blockOf(this)));
  }
  protect(): G.Protection {
    const p = new FakeProtection(this.sheet, blockOf(this));
    this.sheet.protections.push(p);
    return p;
  }
  /** Whole rows (ROW), whole columns (COLUMN), or an error, as in Sheets. */
  private location(): { type: 'ROW' | 'COLUMN'; start: number; end: number } {
    const s = this.sheet;
    if (this.col === 1 && this.cols === s.maxCols)
      return { type: 'ROW', start: this.row, end: this.getLastRow() };
    if (this.row === 1 && this.rows === s.maxRows)
      return { type: 'COLUMN', start: this.col, end: this.getLastColumn() };
    throw new Error(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to a top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  }
  addDeveloperMetadata(key: string, value: string, visibility: unknown): G.Range {
    const { type, start, end } = this.location();
    this.sheet.ss._addMetadata(key, value, String(visibility), type, this.sheet, start, end);
    return this;
  }
  getDeveloperMetadata(): G.DeveloperMetadata[] {
    const { type, start, end } = this.location();
    return this.sheet.ss.metadata.filter(
      (m) => m.sheet === this.sheet && m.type === type && m.start === start && m.end === end,
    );
  }
  sort(spec: number | { column: number; ascending?: boolean }): G.Range {
    const { column, ascending = true } = typeof spec === 'number' ? { column: spec } : spec;
    if (column < this.col || column >= this.col + this.cols)
      throw new Error(
        `The sort column ${column} must be within the range ${this.getA1Notation()}.`,
      );
    this.sheet._sortRows(this, column, ascending);
    return this;
  }
}

export interface CellData {
  value: Cell;
  format?: string;
  weight?: string;
  background?: string;
  validation?: FakeDataValidation | null;
  wrap?: boolean;
  /** The cell's formula when the spreadsheet never evaluates (HyperFormula holds it otherwise). */
  formula?: string;
}

function a1Block(b: Block): string {
  const tl = `${colLetters(b.col)}${b.row}`;
  return b.rows === 1 && b.cols === 1
    ? tl
    : `${tl}:${colLetters(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
}

/** A block after an edit, or null when nothing of it is left. */
function mapBlock(b: Block, edit: Edit): Block | null {
  const rows = edit.rows ? edit.rows.span(b.row, b.row + b.rows - 1) : [b.row, b.row + b.rows - 1];
  const cols = edit.cols ? edit.cols.span(b.col, b.col + b.cols - 1) : [b.col, b.col + b.cols - 1];
  if (!rows || !cols) return null;
  return { row: rows[0], col: cols[0], rows: rows[1] - rows[0] + 1, cols: cols[1] - cols[0] + 1 };
}

export class FakeSheet implements G.UserSheet {
  cells = new Map<number, Map<number, CellData>>();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  hidden = false;
  filter: FakeFilter | null = null;

  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  private hfId(): number {
    return this.ss.hf.getSheetId(this.name)!;
  }
  _cell(r: number, c: number): CellData | undefined {
    return this.cells.get(r)?.get(c);
  }
  _ensure(r: number, c: number): CellData {
    let row = this.cells.get(r);
    if (!row) this.cells.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: '' }));
    return cell;
  }
  _formula(r: number, c: number): string {
    if (!this.ss.evaluates) return this._cell(r, c)?.formula ?? '';
    return this.ss.hf.getCellFormula({ sheet: this.hfId(), row: r - 1, col: c - 1 }) ?? '';
  }
  _value(r: number, c: number): Cell {
    if (this._formula(r, c)) return this.ss._evaluate(this, r, c);
    return this._cell(r, c)?.value ?? '';
  }
  _write(row: number, col: number, values: Cell[][]): void {
    const contents: RawCellContent[][] = [];
    const formulas: [number, number, string][] = [];
    values.forEach((line, i) => {
      const out: RawCellContent[] = [];
      line.forEach((raw, j) => {
        const cell = this._ensure(row + i, col + j);
        let v: Cell = raw === null || raw === undefined ? '' : raw;
        if (isFormula(v)) {
          if (this._formula(row + i, col + j) !== v) formulas.push([row + i, col + j, v]);
          cell.value = '';
          if (!this.ss.evaluates) cell.formula = v;
          out.push(v);
          return;
        }
        delete cell.formula;
        if (typeof v === 'string' && v.startsWith("'")) {
          // A leading apostrophe keeps text as text (it is not stored).
          cell.value = v.slice(1);
          out.push(v);
          return;
        }
        if (typeof v === 'string' && NUMERIC.test(v.trim())) v = Number(v.trim());
        if (addonDepth > 0 && typeof v === 'string' && PARSED.test(v.trim()))
          throw new Error(
            `Sheets would read "${v}" in '${this.name}'!${colLetters(col + j)}${row + i} as a date or a boolean: write text with a leading apostrophe`,
          );
        cell.value = v;
        out.push(isDate(v) ? serial(v) : v === '' ? null : (v as RawCellContent));
      });
      contents.push(out);
    });
    this.ss._setContents(this, row, col, contents, formulas);
  }
  lastRow(): number {
    let last = 0;
    for (const [r, row] of this.cells)
      for (const [c, cell] of row)
        if (cell.value !== '' || this._formula(r, c)) last = Math.max(last, r);
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const [r, row] of this.cells)
      for (const [c, cell] of row)
        if (cell.value !== '' || this._formula(r, c)) last = Math.max(last, c);
    return last;
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): G.Sheet {
    this.ss._rename(this, name);
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.ss.sheets.indexOf(this) + 1;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getRange(row: number, column: number, numRows?: number, numColumns?: number): FakeRange;
  getRange(a1Notation: string): FakeRange;
  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof a === 'number') return new FakeRange(this, a, column!, numRows, numColumns);
    const m = /^(?:([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?|(\d+):(\d+)|([A-Z]+):([A-Z]+))$/.exec(a);
    if (!m) throw new Error(`Range not found: ${a}`);
    if (m[5]) return new FakeRange(this, +m[5], 1, +m[6] - +m[5] + 1, this.maxCols);
    if (m[7]) {
      const c0 = colNumber(m[7]);
      return new FakeRange(this, 1, c0, this.maxRows, colNumber(m[8]) - c0 + 1);
    }
    const c0 = colNumber(m[1]);
    const r0 = +m[2];
    return m[3]
      ? new FakeRange(this, r0, c0, +m[4] - r0 + 1, colNumber(m[3]) - c0 + 1)
      : new FakeRange(this, r0, c0, 1, 1);
  }
  getFilter(): FakeFilter | null {
    return this.filter;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getLastColumn(): number {
    return this.lastColumn();
  }

  // ---- structure ---------------------------------------------------------------------

  /** Moves cells (and everything anchored to them) after HyperFormula made the same edit. */
  private remap(edit: Edit): void {
    const next = new Map<number, Map<number, CellData>>();
    for (const [r, row] of this.cells) {
      const nr = edit.rows ? edit.rows.point(r) : r;
      if (nr === null) continue;
      for (const [c, cell] of row) {
        const nc = edit.cols ? edit.cols.point(c) : c;
        if (nc === null) continue;
        let line = next.get(nr);
        if (!line) next.set(nr, (line = new Map()));
        line.set(nc, cell);
      }
    }
    this.cells = next;
    if (edit.cols) {
      const cols = edit.cols;
      const remapCols = <T>(m: Map<number, T>) =>
        new Map(
          [...m].flatMap(([c, v]) => {
            const n = cols.point(c);
            return n === null ? [] : [[n, v] as [number, T]];
          }),
        );
      this.columnWidths = remapCols(this.columnWidths);
      this.hiddenColumns = new Set(
        [...this.hiddenColumns].map((c) => cols.point(c)).filter((c): c is number => c !== null),
      );
    }
    this.ss._afterEdit(this, edit);
  }

  /** New rows or columns take the formatting and validation of the one before them. */
  private inherit(axis: 'row' | 'col', at: number, n: number): void {
    const from = at - 1;
    if (from < 1) return;
    const source: [number, CellData][] =
      axis === 'row'
        ? [...(this.cells.get(from) ?? new Map<number, CellData>())]
        : [...this.cells].flatMap(([r, row]) => {
            const cell = row.get(from);
            return cell ? [[r, cell] as [number, CellData]] : [];
          });
    for (const [other, cell] of source) {
      for (let k = 0; k < n; k++) {
        const r = axis === 'row' ? at + k : other;
        const c = axis === 'row' ? other : at + k;
        const target = this._ensure(r, c);
        target.format = cell.format;
        target.weight = cell.weight;
        target.background = cell.background;
        target.wrap = cell.wrap;
        target.validation = cell.validation
          ? cell.validation.withFormula(
              copyShift(
                cell.validation.formula,
                axis === 'row' ? k + 1 : 0,
                axis === 'col' ? k + 1 : 0,
              ),
            )
          : null;
      }
    }
  }

  insertRowsBefore(beforePosition: number, howMany: number): G.Sheet {
    this.ss.hf.addRows(this.hfId(), [beforePosition - 1, howMany]);
    this.maxRows += howMany;
    this.remap({ rows: inserted(beforePosition, howMany) });
    this.inherit('row', beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): G.Sheet {
    return this.insertRowsBefore(afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): G.Sheet {
    this.ss.hf.addColumns(this.hfId(), [beforePosition - 1, howMany]);
    this.maxCols += howMany;
    this.remap({ cols: inserted(beforePosition, howMany) });
    this.inherit('col', beforePosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): G.Sheet {
    return this.insertColumnsBefore(afterPosition + 1, howMany);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.ss.hf.removeRows(this.hfId(), [rowPosition - 1, howMany]);
    this.maxRows -= howMany;
    this.remap({ rows: deleted(rowPosition, howMany) });
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (howMany >= this.maxCols) throw new Error("You can't delete all the columns on the sheet.");
    this.ss.hf.removeColumns(this.hfId(), [columnPosition - 1, howMany]);
    this.maxCols -= howMany;
    this.remap({ cols: deleted(columnPosition, howMany) });
  }
  moveRows(rowSpec: G.Range, destinationIndex: number): void {
    const r = rowSpec as unknown as FakeRange;
    if (destinationIndex >= r.row && destinationIndex <= r.row + r.rows)
      throw new Error('The destination must be outside the rows being moved.');
    this.ss.hf.moveRows(this.hfId(), r.row - 1, r.rows, destinationIndex - 1);
    this.remap({ rows: moved(r.row, r.rows, destinationIndex) });
  }
  moveColumns(columnSpec: G.Range, destinationIndex: number): void {
    const r = columnSpec as unknown as FakeRange;
    if (destinationIndex >= r.col && destinationIndex <= r.col + r.cols)
      throw new Error('The destination must be outside the columns being moved.');
    this.ss.hf.moveColumns(this.hfId(), r.col - 1, r.cols, destinationIndex - 1);
    this.remap({ cols: moved(r.col, r.cols, destinationIndex) });
  }

  /** Range.sort: rows of the range reordered by one column; cells move, rows do not. */
  _sortRows(range: FakeRange, column: number, ascending: boolean): void {
    const rank = (v: Cell): number =>
      typeof v === 'number' || isDate(v) ? 0 : typeof v === 'string' ? (v === '' ? 3 : 1) : 2;
    const key = (r: number) => this._value(r, column);
    const rows = Array.from({ length: range.rows }, (_x, i) => range.row + i);
    const order = [...rows].sort((a, b) => {
      const va = key(a);
      const vb = key(b);
      const ra = rank(va);
      const rb = rank(vb);
      if (ra !== rb || ra === 3) return ra === 3 || rb === 3 ? ra - rb : ra - rb;
      const cmp =
        ra === 0
          ? Number(va) - Number(vb)
          : String(va).localeCompare(String(vb), 'en', { sensitivity: 'base' });
      return ascending ? cmp : -cmp;
    });
    const snapshot = order.map((from) =>
      Array.from({ length: range.cols }, (_y, j) => {
        const c = range.col + j;
        const cell = this._cell(from, c);
        return { from, formula: this._formula(from, c), data: cell ? { ...cell } : undefined };
      }),
    );
    const contents: RawCellContent[][] = [];
    snapshot.forEach((line, i) => {
      const to = range.row + i;
      const out: RawCellContent[] = [];
      line.forEach((x, j) => {
        const c = range.col + j;
        const dr = to - x.from;
        const data: CellData = x.data ? { ...x.data } : { value: '' };
        if (data.validation)
          data.validation = data.validation.withFormula(copyShift(data.validation.formula, dr, 0));
        if (x.formula) data.value = '';
        if (x.formula && !this.ss.evaluates) data.formula = copyShift(x.formula, dr, 0);
        let row = this.cells.get(to);
        if (!row) this.cells.set(to, (row = new Map()));
        row.set(c, data);
        out.push(
          x.formula
            ? copyShift(x.formula, dr, 0)
            : isDate(data.value)
              ? serial(data.value)
              : data.value === ''
                ? null
                : (data.value as RawCellContent),
        );
      });
      contents.push(out);
    });
    if (this.ss.evaluates)
      this.ss.hf.setCellContents(
        { sheet: this.hfId(), row: range.row - 1, col: range.col - 1 },
        contents,
      );
  }

  // ---- presentation --------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }
  hideColumns(columnIndex: number): void {
    this.hiddenColumns.add(columnIndex);
  }
  setColumnWidth(col: number, width: number): G.Sheet {
    this.columnWidths.set(col, width);
    return this;
  }
  setConditionalFormatRules(rules: G.ConditionalFormatRule[]): void {
    const list = (rules as FakeConditionalRule[]).map((r) => {
      const copy = new FakeConditionalRule(r.formula, r.background, r.fontColor, [...r.blocks]);
      copy.sheet = this;
      return copy;
    });
    for (const rule of list) this.ss._checkFormula(this, rule.formula, 'conditional format');
    this.conditionalRules = list;
  }
  /** Snapshots, as Apps Script returns them. */
  getConditionalFormatRules(): FakeConditionalRule[] {
    return this.conditionalRules.map((r) => {
      const copy = new FakeConditionalRule(r.formula, r.background, r.fontColor, [...r.blocks]);
      copy.sheet = this;
      return copy;
    });
  }
  getProtections(): FakeProtection[] {
    return [...this.protections];
  }
  newChart(): G.ChartBuilder {
    return new FakeChartBuilder(this);
  }
  insertChart(chart: G.Chart): void {
    const c = chart as FakeChart;
    this.charts.push(
      new FakeChart(
        this.ss._nextChartId(),
        this,
        c.type,
        [...c.blocks],
        { ...c.options },
        c.transpose,
        c.numHeaders,
        { ...c.position },
      ),
    );
  }
  /** Snapshots, as Apps Script returns them. */
  getCharts(): FakeChart[] {
    return this.charts.map(
      (c) =>
        new FakeChart(
          c.id,
          this,
          c.type,
          [...c.blocks],
          { ...c.options },
          c.transpose,
          c.numHeaders,
          {
            ...c.position,
          },
        ),
    );
  }
  updateChart(chart: G.Chart): void {
    const c = chart as FakeChart;
    const i = this.charts.findIndex((x) => x.id === c.id);
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    this.charts[i] = new FakeChart(
      c.id,
      this,
      c.type,
      [...c.blocks],
      { ...c.options },
      c.transpose,
      c.numHeaders,
      { ...c.position },
    );
  }
  removeChart(chart: G.Chart): void {
    const i = this.charts.findIndex((x) => x.id === (chart as FakeChart).id);
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    this.charts.splice(i, 1);
  }
  addDeveloperMetadata(key: string, value: string, visibility: unknown): G.Sheet {
    this.ss._addMetadata(key, value, String(visibility), 'SHEET', this, 0, 0);
    return this;
  }
  getDeveloperMetadata(): G.DeveloperMetadata[] {
    return this.ss.metadata.filter((m) => m.sheet === this && m.type === 'SHEET');
  }
  hideSheet(): G.Sheet {
    this.hidden = true;
    return this;
  }
  activate(): G.Sheet {
    this.ss.active = this;
    return this;
  }
}

export class FakeSpreadsheet implements G.UserSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly metadata: FakeMetadata[] = [];
  active: FakeSheet | null = null;
  private nextId = 1000;
  private nextMetadataId = 1;
  private nextChart = 1;
  readonly hf: HyperFormula;

  constructor(
    public locale = 'en_US',
    readonly timeZone = 'Europe/Ljubljana',
    /**
     * False: formulas are kept (and their references moved by structural edits and renamed
     * sheets as HyperFormula moves them, with refs.ts) but never evaluated, and
     * HyperFormula holds nothing: a formula cell reads as blank. For sizes whose evaluation
     * HyperFormula cannot finish, or whose dependency graph alone would not fit in memory
     * (the CLI and the bench over 100 000 tickets).
     */
    readonly evaluates = true,
  ) {
    // Sheets allows 10 million cells in any shape; HyperFormula's default stops at 40 000 rows.
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      smartRounding: false,
      maxRows: 10_000_000,
    });
    if (!evaluates) this.hf.suspendEvaluation();
    this.active = this._add('Sheet1', 0);
  }

  _add(name: string, index: number): FakeSheet {
    if (this.sheets.some((s) => s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.hf.addSheet(name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }
  _rename(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.hf.renameSheet(this.hf.getSheetId(sheet.name)!, name);
    this._sheetRefs(sheet.name, name);
    sheet.name = name;
  }
  _nextChartId(): number {
    return this.nextChart++;
  }
  _addMetadata(
    key: string,
    value: string,
    visibility: string,
    type: 'SHEET' | 'ROW' | 'COLUMN',
    sheet: FakeSheet,
    start: number,
    end: number,
  ): void {
    const used = this.metadata
      .filter((m) => m.sheet === sheet)
      .reduce((n, m) => n + m.key.length + (m.value ?? '').length, 0);
    if (used + key.length + value.length > METADATA_CHARS_PER_SHEET)
      throw new Error(
        `Developer metadata on '${sheet.name}' would exceed ${METADATA_CHARS_PER_SHEET} characters.`,
      );
    this.metadata.push(
      new FakeMetadata(
        this,
        this.nextMetadataId++,
        key,
        value,
        visibility,
        type,
        sheet,
        start,
        end,
      ),
    );
  }
  /** Rules, validations, metadata, charts and protections follow an edit of `sheet`. */
  _afterEdit(sheet: FakeSheet, edit: Edit): void {
    const mine = (s: string | null) => s === null || s === sheet.name;
    const others = (s: string | null) => s === sheet.name;
    for (const other of this.sheets) {
      const applies = other === sheet ? mine : others;
      for (const row of other.cells.values())
        for (const cell of row.values()) {
          if (cell.validation)
            cell.validation = cell.validation.withFormula(
              mapRefs(cell.validation.formula, applies, edit),
            );
          if (cell.formula) cell.formula = mapRefs(cell.formula, applies, edit);
        }
      for (const rule of other.conditionalRules)
        rule.formula = mapRefs(rule.formula, applies, edit);
    }
    sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
      rule.blocks = rule.blocks.map((b) => mapBlock(b, edit)).filter((b): b is Block => !!b);
      return rule.blocks.length > 0;
    });
    for (const p of [...sheet.protections]) {
      const b = mapBlock(p.block, edit);
      if (b) p.block = b;
      else p.remove();
    }
    for (const chart of sheet.charts) {
      chart.blocks = chart.blocks.map((b) => mapBlock(b, edit)).filter((b): b is Block => !!b);
      const anchor = (axis: Axis | undefined, i: number) => (axis ? (axis.point(i) ?? i) : i);
      chart.position = {
        row: anchor(edit.rows, chart.position.row),
        col: anchor(edit.cols, chart.position.col),
      };
    }
    for (const m of [...this.metadata]) {
      if (m.sheet !== sheet) continue;
      const axis = m.type === 'ROW' ? edit.rows : m.type === 'COLUMN' ? edit.cols : undefined;
      if (!axis) continue;
      const span = axis.span(m.start, m.end);
      if (!span) m.remove();
      else [m.start, m.end] = span;
    }
  }
  /**
   * Formulas the spreadsheet holds itself follow a renamed sheet. (A deleted sheet's name
   * stays in them, as HyperFormula keeps it; they compute #REF!.)
   */
  _sheetRefs(from: string, to: string): void {
    if (this.evaluates) return;
    for (const other of this.sheets)
      for (const row of other.cells.values())
        for (const cell of row.values())
          if (cell.formula) cell.formula = renameSheetRefs(cell.formula, from, to);
  }
  _setContents(
    sheet: FakeSheet,
    row: number,
    col: number,
    contents: RawCellContent[][],
    formulas: [number, number, string][],
  ): void {
    if (!this.evaluates) {
      // Nothing to HyperFormula, though the formula must still parse.
      for (const [r, c, f] of formulas) this._checkFormula(sheet, f, `${colLetters(c)}${r}`);
      return;
    }
    const id = this.hf.getSheetId(sheet.name)!;
    this.hf.setCellContents({ sheet: id, row: row - 1, col: col - 1 }, contents);
    // The add-on must not write a formula Sheets could not evaluate (a user's own formula,
    // written back unchanged, is theirs: it is not checked).
    if (addonDepth === 0) return;
    for (const [r, c, f] of formulas) {
      const v = this.hf.getCellValue({ sheet: id, row: r - 1, col: c - 1 });
      if (
        v instanceof DetailedCellError &&
        (v.type === 'ERROR' || v.type === 'NAME' || (v.type === 'REF' && !f.includes('#REF!')))
      ) {
        throw new Error(
          `HyperFormula cannot evaluate ${f} in '${sheet.name}'!${colLetters(c)}${r}: ${v.message}`,
        );
      }
    }
  }
  _evaluate(sheet: FakeSheet, r: number, c: number): Cell {
    if (!this.evaluates) return '';
    const v = this.hf.getCellValue({
      sheet: this.hf.getSheetId(sheet.name)!,
      row: r - 1,
      col: c - 1,
    });
    if (v instanceof DetailedCellError) return v.value;
    if (v === null || v === undefined) return '';
    return v as Cell;
  }
  /** Parses a formula (conditional formats, validations) without writing it anywhere. */
  _checkFormula(sheet: FakeSheet, formula: string, what: string): void {
    if (!this.hf.validateFormula(formula))
      throw new Error(
        `HyperFormula cannot parse the ${what} formula ${formula} on '${sheet.name}'`,
      );
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.id === id) ?? null;
  }
  insertSheet(name: string, index: number): G.Sheet {
    const sheet = this._add(name, index);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: G.Sheet): void {
    const s = sheet as FakeSheet;
    const i = this.sheets.indexOf(s);
    if (i < 0) throw new Error('Sheet not found');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.hf.removeSheet(this.hf.getSheetId(s.name)!);
    this.sheets.splice(i, 1);
    for (const m of [...this.metadata]) if (m.sheet === s) m.remove();
    if (this.active === s) this.active = this.sheets[0];
  }
  setActiveSheet(sheet: G.Sheet): G.Sheet {
    this.active = sheet as FakeSheet;
    return sheet;
  }
  moveActiveSheet(pos: number): void {
    const s = this.active;
    if (!s) throw new Error('No active sheet');
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.max(0, Math.min(pos - 1, this.sheets.length)), 0, s);
  }
  createDeveloperMetadataFinder(): G.DeveloperMetadataFinder {
    return new FakeMetadataFinder(() => [...this.metadata]);
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** Test helper: a sheet by name, uncounted. */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(`no sheet "${name}"; sheets: ${this.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }
}

class FakeMenu implements G.Menu {
  readonly items: { caption: string; fn: string }[] = [];
  added = false;
  constructor(private readonly ui: FakeUi) {}
  addItem(caption: string, functionName: string): G.Menu {
    this.items.push({ caption, fn: functionName });
    return this;
  }
  addSeparator(): G.Menu {
    this.items.push({ caption: '---', fn: '' });
    return this;
  }
  addToUi(): void {
    this.added = true;
    this.ui.menus.push(this);
  }
}

export class FakeHtmlOutput implements G.HtmlOutput {
  title = '';
  constructor(readonly content: string) {}
  setTitle(title: string): G.HtmlOutput {
    this.title = title;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeUi implements G.Ui {
  readonly menus: FakeMenu[] = [];
  sidebar: FakeHtmlOutput | null = null;
  dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  createAddonMenu(): G.Menu {
    return new FakeMenu(this);
  }
  showSidebar(html: G.HtmlOutput): void {
    this.sidebar = html as FakeHtmlOutput;
  }
  showModalDialog(html: G.HtmlOutput, title: string): void {
    this.dialogs.push({ html: html as FakeHtmlOutput, title });
  }
}

export class FakeProperties implements G.Properties {
  readonly store = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): G.Properties {
    if (value.length > 9 * 1024)
      throw new Error(`Property value too large (${value.length} bytes; the limit is 9 kB)`);
    this.store.set(key, value);
    return this;
  }
}

export class FakeLock implements G.Lock {
  held = false;
  /** Set by tests to simulate another execution holding the lock. */
  heldElsewhere = false;
  tryLock(): boolean {
    if (this.held || this.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.held = false;
  }
}

/** A sheet's filter: the block it covers (header row first). */
export class FakeFilter implements G.Filter {
  constructor(
    readonly sheet: FakeSheet,
    readonly block: { row: number; col: number; rows: number; cols: number },
  ) {}
  getRange(): G.Range {
    const b = this.block;
    return new FakeRange(this.sheet, b.row, b.col, b.rows, b.cols);
  }
  remove(): void {
    if (this.sheet.filter === this) this.sheet.filter = null;
  }
}

KINDS.push(
  [FakeFilter, 'Filter'],
  [FakeSheet, 'Sheet'],
  [FakeRange, 'Range'],
  [FakeSpreadsheet, 'Spreadsheet'],
  [FakeProtection, 'Protection'],
  [FakeProperties, 'Properties'],
  [FakeLock, 'Lock'],
  [FakeUi, 'Ui'],
  [FakeMetadata, 'DeveloperMetadata'],
  [FakeMetadataLocation, 'DeveloperMetadataLocation'],
  [FakeMetadataFinder, 'DeveloperMetadataFinder'],
  [FakeChart, 'Chart'],
  [FakeChartOptions, 'ChartOptions'],
  [FakeConditionalRule, 'ConditionalFormatRule'],
  [FakeBooleanCondition, 'BooleanCondition'],
);

export interface Emulator {
  /** Simulates AuthMode.NONE (onOpen before the add-on is authorised): no document access. */
  authModeNone: boolean;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  properties: FakeProperties;
  lock: FakeLock;
  log: CallLog;
  services: G.Services;
  /** The globals Apps Script would provide, for node:vm. */
  globals: Record<string, unknown>;
}

export interface EmulatorOptions {
  locale?: string;
  timeZone?: string;
  /** Where HtmlService.createHtmlOutputFromFile finds NAME.html (default dist/). */
  htmlDir?: string;
  /** False: formulas are never evaluated (FakeSpreadsheet's `evaluates`). */
  evaluates?: boolean;
}

/** Enum values as Apps Script's SpreadsheetApp exposes them (their names, here). */
const ENUMS = {
  DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
  DeveloperMetadataLocationType: {
    SPREADSHEET: 'SPREADSHEET',
    SHEET: 'SHEET',
    ROW: 'ROW',
    COLUMN: 'COLUMN',
  },
  ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
  BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
};

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(opts.locale, opts.timeZone, opts.evaluates ?? true);
  const ui = new FakeUi();
  const properties = new FakeProperties();
  const lock = new FakeLock();
  const htmlDir = opts.htmlDir ?? path.resolve(__dirname, '../../dist');
  const state = { authModeNone: false };
  const app: G.SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      if (state.authModeNone)
        throw new Error('You do not have permission to access the spreadsheet (AuthMode.NONE).');
      return spreadsheet;
    },
    newConditionalFormatRule: () => new FakeConditionalRuleBuilder(),
    newDataValidation: () => new FakeDataValidationBuilder(),
    getUi: () => ui,
  };
  const html: G.HtmlService = {
    createHtmlOutputFromFile: (name) =>
      new FakeHtmlOutput(fs.readFileSync(path.join(htmlDir, `${name}.html`), 'utf8')),
    createHtmlOutput: (content) => new FakeHtmlOutput(content),
  };
  type E<T> = T;
  const e = <T>(v: string) => v as unknown as E<T>;
  const services: G.Services = {
    SpreadsheetApp: counted(log, app, 'SpreadsheetApp'),
    HtmlService: counted(log, html, 'HtmlService'),
    PropertiesService: counted(
      log,
      { getDocumentProperties: () => properties },
      'PropertiesService',
    ),
    LockService: counted(log, { getDocumentLock: () => lock }, 'LockService'),
    enums: {
      chartTypeLine: e('LINE'),
      chartTypeBar: e('BAR'),
      visibilityDocument: e('DOCUMENT'),
      locationSheet: e('SHEET'),
      locationRow: e('ROW'),
      locationColumn: e('COLUMN'),
      protectionRange: e('RANGE'),
      customFormula: e('CUSTOM_FORMULA'),
    },
  };
  const globals = {
    // getActive() is Apps Script's other name for getActiveSpreadsheet(), which custom
    // functions use to read the locale of their error messages.
    SpreadsheetApp: Object.assign(Object.create(services.SpreadsheetApp) as object, ENUMS, {
      getActive: () => services.SpreadsheetApp.getActiveSpreadsheet(),
    }),
    HtmlService: services.HtmlService,
    PropertiesService: services.PropertiesService,
    LockService: services.LockService,
    Charts: { ChartType: { LINE: 'LINE', BAR: 'BAR' } },
  };
  return {
    get authModeNone() {
      return state.authModeNone;
    },
    set authModeNone(v: boolean) {
      state.authModeNone = v;
    },
    spreadsheet,
    ui,
    properties,
    lock,
    log,
    services,
    globals,
  };
}
