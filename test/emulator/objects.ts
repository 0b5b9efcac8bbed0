/**
 * The emulator's objects that are not cells: data validations, conditional-format rules,
 * protections, charts and developer metadata, with the builders that make them. Each keeps
 * its position as a Block on a sheet; the spreadsheet moves those blocks (and the formulas
 * in rules and validations) when rows and columns are inserted, deleted or moved.
 */
import type * as G from '../../src/report/gas';
import type { FakeRange, FakeSheet } from './emulator';

/** A rectangle on a sheet, 1-based. */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function blockOf(range: G.Range): Block {
  const r = range as unknown as FakeRange;
  return { row: r.row, col: r.col, rows: r.rows, cols: r.cols };
}

export class FakeDataValidation implements G.DataValidation {
  constructor(
    readonly formula: string,
    readonly allowInvalid: boolean,
    readonly helpText: string,
    /** A dropdown's values (requireValueInList); the formula is then ''. */
    readonly list?: string[],
  ) {}
  getCriteriaValues(): unknown[] {
    return this.list ? [[...this.list], true] : [this.formula];
  }
  getHelpText(): string {
    return this.helpText;
  }
  /** The same rule with another formula (after a structural edit or a copy). */
  withFormula(formula: string): FakeDataValidation {
    return this.list || formula === this.formula
      ? this
      : new FakeDataValidation(formula, this.allowInvalid, this.helpText);
  }
}

export class FakeDataValidationBuilder implements G.DataValidationBuilder {
  private formula = '';
  private list?: string[];
  private allow = true;
  private help = '';
  requireFormulaSatisfied(f: string): G.DataValidationBuilder {
    this.formula = f;
    this.list = undefined;
    return this;
  }
  requireValueInList(values: string[]): G.DataValidationBuilder {
    if (!values.length) throw new Error('A list validation needs at least one value');
    this.list = [...values];
    this.formula = '';
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
    return new FakeDataValidation(this.formula, this.allow, this.help, this.list);
  }
}

export class FakeBooleanCondition implements G.BooleanCondition {
  constructor(private readonly rule: FakeConditionalRule) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return 'CUSTOM_FORMULA' as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [this.rule.formula];
  }
  getBackground(): string | null {
    return this.rule.background;
  }
  getFontColor(): string | null {
    return this.rule.fontColor;
  }
}

export class FakeConditionalRule implements G.ConditionalFormatRule {
  /** The sheet whose rule list holds it (set by setConditionalFormatRules). */
  sheet: FakeSheet | null = null;
  constructor(
    public formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    public blocks: Block[],
  ) {}
  getBooleanCondition(): G.BooleanCondition {
    return new FakeBooleanCondition(this);
  }
  getRanges(): G.Range[] {
    if (!this.sheet) throw new Error('This rule is not on a sheet');
    return this.blocks.map((b) => this.sheet!.getRange(b.row, b.col, b.rows, b.cols));
  }
  /** Test helper: the ranges in A1 notation. */
  get ranges(): string[] {
    return this.getRanges().map((r) => r.getA1Notation());
  }
}

export class FakeConditionalRuleBuilder implements G.ConditionalFormatRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private blocks: Block[] = [];
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
    this.blocks = ranges.map(blockOf);
    return this;
  }
  build(): G.ConditionalFormatRule {
    if (!this.blocks.length) throw new Error('A conditional format rule needs at least one range');
    return new FakeConditionalRule(this.formula, this.background, this.fontColor, this.blocks);
  }
}

export class FakeProtection implements G.Protection {
  warningOnly = false;
  description = '';
  constructor(
    readonly sheet: FakeSheet,
    public block: Block,
  ) {}
  setWarningOnly(w: boolean): G.Protection {
    this.warningOnly = w;
    return this;
  }
  setDescription(d: string): G.Protection {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getRange(): G.Range {
    return this.sheet.getRange(this.block.row, this.block.col, this.block.rows, this.block.cols);
  }
  setRange(range: G.Range): G.Protection {
    this.block = blockOf(range);
    return this;
  }
  remove(): void {
    const i = this.sheet.protections.indexOf(this);
    if (i >= 0) this.sheet.protections.splice(i, 1);
  }
  /** Test helper: Sheet!A1:B2. */
  get range(): string {
    return `${this.sheet.name}!${this.getRange().getA1Notation()}`;
  }
}

export class FakeChartOptions implements G.ChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option];
  }
}

export class FakeChart implements G.Chart {
  constructor(
    readonly id: number | null,
    readonly sheet: FakeSheet | null,
    readonly type: string,
    public blocks: Block[],
    readonly options: Record<string, unknown>,
    readonly transpose: boolean,
    readonly numHeaders: number,
    public position: { row: number; col: number },
  ) {}
  getChartId(): number | null {
    return this.id;
  }
  getRanges(): G.Range[] {
    if (!this.sheet) return [];
    return this.blocks.map((b) => this.sheet!.getRange(b.row, b.col, b.rows, b.cols));
  }
  getOptions(): G.ChartOptions {
    return new FakeChartOptions(this.options);
  }
  getNumHeaders(): number {
    return this.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.transpose;
  }
  modify(): G.ChartBuilder {
    return new FakeChartBuilder(this.sheet, this);
  }
  /** Test helper: the ranges in A1 notation. */
  get ranges(): string[] {
    return this.getRanges().map((r) => r.getA1Notation());
  }
}

export class FakeChartBuilder implements G.ChartBuilder {
  private type = '';
  private blocks: Block[] = [];
  private options: Record<string, unknown> = {};
  private transpose = false;
  private headers = -1;
  private position = { row: 1, col: 1 };
  private readonly id: number | null = null;
  constructor(
    private readonly sheet: FakeSheet | null,
    from?: FakeChart,
  ) {
    if (from) {
      this.id = from.id;
      this.type = from.type;
      this.blocks = [...from.blocks];
      this.options = { ...from.options };
      this.transpose = from.transpose;
      this.headers = from.numHeaders;
      this.position = { ...from.position };
    }
  }
  addRange(r: G.Range): G.ChartBuilder {
    this.blocks.push(blockOf(r));
    return this;
  }
  clearRanges(): G.ChartBuilder {
    this.blocks = [];
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
    if (!this.blocks.length) throw new Error('A chart needs at least one range');
    return new FakeChart(
      this.id,
      this.sheet,
      this.type,
      this.blocks,
      this.options,
      this.transpose,
      this.headers,
      this.position,
    );
  }
}

export type LocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export class FakeMetadata implements G.DeveloperMetadata {
  constructor(
    readonly ss: { metadata: FakeMetadata[] },
    readonly id: number,
    readonly key: string,
    public value: string | null,
    readonly visibility: string,
    readonly type: LocationType,
    readonly sheet: FakeSheet | null,
    /** First and last row (ROW) or column (COLUMN). */
    public start = 0,
    public end = 0,
  ) {}
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getLocation(): G.DeveloperMetadataLocation {
    return new FakeMetadataLocation(this);
  }
  setValue(value: string): G.DeveloperMetadata {
    this.value = value;
    return this;
  }
  remove(): void {
    const i = this.ss.metadata.indexOf(this);
    if (i >= 0) this.ss.metadata.splice(i, 1);
  }
}

export class FakeMetadataLocation implements G.DeveloperMetadataLocation {
  constructor(private readonly m: FakeMetadata) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this.m.type as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSheet(): G.Sheet | null {
    return this.m.sheet;
  }
  getRow(): G.Range | null {
    const { m } = this;
    if (m.type !== 'ROW' || !m.sheet) return null;
    return m.sheet.getRange(m.start, 1, m.end - m.start + 1, m.sheet.getMaxColumns());
  }
  getColumn(): G.Range | null {
    const { m } = this;
    if (m.type !== 'COLUMN' || !m.sheet) return null;
    return m.sheet.getRange(1, m.start, m.sheet.getMaxRows(), m.end - m.start + 1);
  }
}

export class FakeMetadataFinder implements G.DeveloperMetadataFinder {
  private key: string | null = null;
  constructor(private readonly all: () => FakeMetadata[]) {}
  withKey(key: string): G.DeveloperMetadataFinder {
    this.key = key;
    return this;
  }
  find(): G.DeveloperMetadata[] {
    return this.all().filter((m) => this.key === null || m.key === this.key);
  }
}
