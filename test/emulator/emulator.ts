/**
 * An in-memory Google Sheets for tests and the demo: exactly the services the add-on uses
 * (the interfaces in src/report/gas.ts, so a missing call is a compile error), with
 * formulas evaluated by HyperFormula, every service call counted per method, and failure
 * injection for "fails halfway" tests. Builders (newChart, newDataValidation,
 * newConditionalFormatRule and their chains) build local objects in Apps Script too, so
 * they are not counted as service calls.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type * as G from '../../src/report/gas';
import { a1, a1Range } from '../../src/report/formulas';
import { formatNumber } from './format';
import { wallClock } from '../../src/sheets/time';

type Cell = G.Cell;
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export class CallLog {
  readonly counts = new Map<string, number>();
  private failures = new Map<string, number>();

  record(name: string): void {
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    const failAt = this.failures.get(name);
    if (failAt !== undefined && n >= failAt) {
      this.failures.delete(name);
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
  /** Makes the nth call (from now) of `name` ("Sheet.insertChart") throw. */
  failOn(name: string, nth = 1): void {
    this.failures.set(name, (this.counts.get(name) ?? 0) + nth);
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }
}

const NOT_COUNTED = new Set(['newChart', 'newConditionalFormatRule', 'newDataValidation']);
const raws = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

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
        if (!NOT_COUNTED.has(prop)) log.record(`${kind}.${prop}`);
        const result = v.apply(t, args.map(unwrap));
        return wrapResult(log, result);
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

function wrapResult(log: CallLog, x: unknown): unknown {
  if (Array.isArray(x)) return x.map((v) => wrapResult(log, v));
  if (x instanceof FakeSheet) return counted(log, x, 'Sheet');
  if (x instanceof FakeRange) return counted(log, x, 'Range');
  if (x instanceof FakeSpreadsheet) return counted(log, x, 'Spreadsheet');
  if (x instanceof FakeProtection) return counted(log, x, 'Protection');
  if (x instanceof FakeProperties) return counted(log, x, 'Properties');
  if (x instanceof FakeLock) return counted(log, x, 'Lock');
  if (x instanceof FakeUi) return counted(log, x, 'Ui');
  return x;
}

/** Spreadsheet serial number of a Date's wall-clock time (as Sheets stores a typed date). */
function serial(d: Date): number {
  return (wallClock(d, undefined) - Date.UTC(1899, 11, 30)) / 86400000;
}

export class FakeProtection implements G.Protection {
  warningOnly = false;
  description = '';
  constructor(readonly range: string) {}
  setWarningOnly(w: boolean): G.Protection {
    this.warningOnly = w;
    return this;
  }
  setDescription(d: string): G.Protection {
    this.description = d;
    return this;
  }
}

export class FakeDataValidation implements G.DataValidation {
  constructor(
    readonly formula: string,
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getHelpText(): string {
    return this.helpText;
  }
}

class FakeDataValidationBuilder implements G.DataValidationBuilder {
  private formula = '';
  private allow = true;
  private help = '';
  requireFormulaSatisfied(f: string): G.DataValidationBuilder {
    this.formula = f;
    return this;
  }
  setAllowInvalid(a: boolean): G.DataValidationBuilder {
    this.allow = a;
    return this;
  }
  setHelpText(h: string): G.DataValidationBuilder {
    this.help = h;
    return this;
  }
  build(): G.DataValidation {
    return new FakeDataValidation(this.formula, this.allow, this.help);
  }
}

export class FakeConditionalRule implements G.ConditionalFormatRule {
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: string[],
  ) {}
  getBooleanCondition(): null {
    return null;
  }
}

class FakeConditionalRuleBuilder implements G.ConditionalFormatRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: string[] = [];
  whenFormulaSatisfied(f: string): G.ConditionalFormatRuleBuilder {
    this.formula = f;
    return this;
  }
  setBackground(c: string | null): G.ConditionalFormatRuleBuilder {
    this.background = c;
    return this;
  }
  setFontColor(c: string | null): G.ConditionalFormatRuleBuilder {
    this.fontColor = c;
    return this;
  }
  setRanges(ranges: G.Range[]): G.ConditionalFormatRuleBuilder {
    this.ranges = ranges.map((r) => (unwrap(r) as FakeRange).getA1Notation());
    return this;
  }
  build(): G.ConditionalFormatRule {
    return new FakeConditionalRule(this.formula, this.background, this.fontColor, this.ranges);
  }
}

export class FakeChart implements G.Chart {
  constructor(
    readonly type: string,
    readonly ranges: string[],
    readonly options: Record<string, unknown>,
    readonly transpose: boolean,
    readonly numHeaders: number,
    readonly position: { row: number; col: number },
  ) {}
  getNumHeaders(): number {
    return this.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.transpose;
  }
}

class FakeChartBuilder implements G.ChartBuilder {
  private type = '';
  private ranges: string[] = [];
  private options: Record<string, unknown> = {};
  private transpose = false;
  private headers = -1;
  private position = { row: 1, col: 1 };
  addRange(r: G.Range): G.ChartBuilder {
    this.ranges.push((unwrap(r) as FakeRange).getA1Notation());
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): G.ChartBuilder {
    this.type = String(type);
    return this;
  }
  setPosition(row: number, col: number): G.ChartBuilder {
    this.position = { row, col };
    return this;
  }
  setOption(option: string, value: unknown): G.ChartBuilder {
    this.options[option] = value;
    return this;
  }
  setTransposeRowsAndColumns(t: boolean): G.ChartBuilder {
    this.transpose = t;
    return this;
  }
  setNumHeaders(n: number): G.ChartBuilder {
    this.headers = n;
    return this;
  }
  build(): G.Chart {
    if (!this.type) throw new Error('Chart type is required');
    if (!this.ranges.length) throw new Error('A chart needs at least one range');
    return new FakeChart(
      this.type,
      this.ranges,
      this.options,
      this.transpose,
      this.headers,
      this.position,
    );
  }
}

export class FakeRange implements G.Range {
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
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getA1Notation(): string {
    return this.rows === 1 && this.cols === 1
      ? a1(this.row, this.col)
      : a1Range(this.row, this.col, this.rows, this.cols);
  }
  getValues(): Cell[][] {
    return this.map((r, c) => this.sheet._value(r, c));
  }
  getFormulas(): string[][] {
    return this.map((r, c) => this.sheet._cell(r, c)?.formula ?? '');
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
    formats.forEach((row, i) =>
      row.forEach((f, j) => (this.sheet._ensure(this.row + i, this.col + j).format = f)),
    );
    return this;
  }
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): G.Range {
    this.checkShape(weights, 'font weights');
    weights.forEach((row, i) =>
      row.forEach(
        (w, j) => (this.sheet._ensure(this.row + i, this.col + j).weight = w ?? 'normal'),
      ),
    );
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): G.Range {
    this.checkShape(colors, 'backgrounds');
    colors.forEach((row, i) =>
      row.forEach(
        (b, j) => (this.sheet._ensure(this.row + i, this.col + j).background = b ?? '#ffffff'),
      ),
    );
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
    rules.forEach((row, i) =>
      row.forEach(
        (v, j) =>
          (this.sheet._ensure(this.row + i, this.col + j).validation =
            (v as FakeDataValidation) ?? null),
      ),
    );
    return this;
  }
  protect(): G.Protection {
    const p = new FakeProtection(`${this.sheet.name}!${this.getA1Notation()}`);
    this.sheet.protections.push(p);
    return p;
  }
}

interface CellData {
  value: Cell;
  formula?: string;
  format?: string;
  weight?: string;
  background?: string;
  validation?: FakeDataValidation | null;
}

export class FakeSheet implements G.Sheet {
  readonly cells = new Map<number, Map<number, CellData>>();
  frozenRows = 0;
  frozenColumns = 0;
  readonly hiddenColumns = new Set<number>();
  readonly columnWidths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  readonly charts: FakeChart[] = [];
  readonly protections: FakeProtection[] = [];
  hidden = false;

  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

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
  _value(r: number, c: number): Cell {
    const cell = this._cell(r, c);
    if (!cell) return '';
    if (cell.formula) return this.ss._evaluate(this, r, c);
    return cell.value;
  }
  _write(row: number, col: number, values: Cell[][]): void {
    const contents: RawCellContent[][] = [];
    const formulas: [number, number, string][] = [];
    values.forEach((line, i) => {
      const out: RawCellContent[] = [];
      line.forEach((raw, j) => {
        const cell = this._ensure(row + i, col + j);
        let v: Cell = raw === null || raw === undefined ? '' : raw;
        if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
          cell.formula = v;
          cell.value = '';
          formulas.push([row + i, col + j, v]);
          out.push(v);
          return;
        }
        if (typeof v === 'string' && NUMERIC.test(v.trim())) v = Number(v.trim());
        delete cell.formula;
        cell.value = v;
        out.push(
          v instanceof Date || Object.prototype.toString.call(v) === '[object Date]'
            ? serial(v as Date)
            : v === ''
              ? null
              : (v as RawCellContent),
        );
      });
      contents.push(out);
    });
    this.ss._setContents(this, row, col, contents, formulas);
  }
  lastRow(): number {
    let last = 0;
    for (const [r, row] of this.cells)
      for (const cell of row.values())
        if (cell.formula || cell.value !== '') last = Math.max(last, r);
    return last;
  }
  lastColumn(): number {
    let last = 0;
    for (const row of this.cells.values())
      for (const [c, cell] of row) if (cell.formula || cell.value !== '') last = Math.max(last, c);
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
  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
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
    this.conditionalRules = rules as FakeConditionalRule[];
    for (const rule of this.conditionalRules)
      this.ss._checkFormula(this, rule.formula, 'conditional format');
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    return this.conditionalRules;
  }
  newChart(): G.ChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: G.Chart): void {
    this.charts.push(chart as FakeChart);
  }
  getCharts(): FakeChart[] {
    return this.charts;
  }
  getProtections(): FakeProtection[] {
    return this.protections;
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

export class FakeSpreadsheet implements G.Spreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  private nextId = 1000;
  readonly hf: HyperFormula;

  constructor(
    public locale = 'en_US',
    readonly timeZone = 'Europe/Ljubljana',
  ) {
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
    this._add('Sheet1', 0);
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
    sheet.name = name;
  }
  _setContents(
    sheet: FakeSheet,
    row: number,
    col: number,
    contents: RawCellContent[][],
    formulas: [number, number, string][],
  ): void {
    const id = this.hf.getSheetId(sheet.name)!;
    this.hf.setCellContents({ sheet: id, row: row - 1, col: col - 1 }, contents);
    for (const [r, c, f] of formulas) {
      const v = this.hf.getCellValue({ sheet: id, row: r - 1, col: c - 1 });
      if (
        v instanceof DetailedCellError &&
        (v.type === 'ERROR' || v.type === 'NAME' || v.type === 'REF')
      ) {
        throw new Error(
          `HyperFormula cannot evaluate ${f} in '${sheet.name}'!${a1(r, c)}: ${v.message}`,
        );
      }
    }
  }
  _evaluate(sheet: FakeSheet, r: number, c: number): Cell {
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

  getSheets(): G.Sheet[] {
    return [...this.sheets];
  }
  getSheetById(id: number): G.Sheet | null {
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
    if (this.active === s) this.active = this.sheets[0];
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
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(opts.locale, opts.timeZone);
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
  const services: G.Services = {
    SpreadsheetApp: counted(log, app, 'SpreadsheetApp'),
    HtmlService: counted(log, html, 'HtmlService'),
    PropertiesService: counted(
      log,
      { getDocumentProperties: () => properties },
      'PropertiesService',
    ),
    LockService: counted(log, { getDocumentLock: () => lock }, 'LockService'),
    chartTypeLine: 'LINE' as unknown as GoogleAppsScript.Charts.ChartType,
  };
  const globals = {
    SpreadsheetApp: services.SpreadsheetApp,
    HtmlService: services.HtmlService,
    PropertiesService: services.PropertiesService,
    LockService: services.LockService,
    Charts: { ChartType: { LINE: 'LINE' } },
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
