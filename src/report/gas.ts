/**
 * The part of the Apps Script services the add-on uses, and nothing more. Add-on code
 * reaches the services only through these types, and the offline emulator
 * (test/emulator) implements exactly them, so a call the emulator lacks is a compile
 * error. The checks at the bottom prove the real services satisfy every signature here.
 */
type GS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type S = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sh = GoogleAppsScript.Spreadsheet.Sheet;
type R = GoogleAppsScript.Spreadsheet.Range;

export type Cell = string | number | boolean | Date;

export interface Protection {
  setWarningOnly(warningOnly: boolean): Protection;
  setDescription(description: string): Protection;
}

export interface DataValidation {
  getCriteriaValues(): unknown[];
  getHelpText(): string;
}

export interface Range {
  getValues(): Cell[][];
  getFormulas(): string[][];
  getDisplayValues(): string[][];
  getNumberFormats(): string[][];
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  setValues(values: Cell[][]): Range;
  setNumberFormats(formats: string[][]): Range;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): Range;
  setBackgrounds(colors: (string | null)[][]): Range;
  setDataValidations(rules: (DataValidation | null)[][]): Range;
  protect(): Protection;
}

export interface ConditionalFormatRule {
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null;
}

export interface ChartBuilder {
  addRange(range: Range): ChartBuilder;
  setChartType(type: GoogleAppsScript.Charts.ChartType): ChartBuilder;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): ChartBuilder;
  setOption(option: string, value: unknown): ChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): ChartBuilder;
  setNumHeaders(headers: number): ChartBuilder;
  build(): Chart;
}

/** An embedded chart, opaque to the add-on. */
export interface Chart {
  getNumHeaders(): number;
  getTransposeRowsAndColumns(): boolean;
}

export interface Sheet {
  getName(): string;
  setName(name: string): Sheet;
  getSheetId(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getDataRange(): Range;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  hideColumns(columnIndex: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  newChart(): ChartBuilder;
  insertChart(chart: Chart): void;
  hideSheet(): Sheet;
  activate(): Sheet;
}

export interface Spreadsheet {
  getSheetById(id: number): Sheet | null;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getSpreadsheetLocale(): string;
}

export interface ConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export interface DataValidationBuilder {
  requireFormulaSatisfied(formula: string): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  setHelpText(helpText: string): DataValidationBuilder;
  build(): DataValidation;
}

export interface SpreadsheetApp {
  getActiveSpreadsheet(): Spreadsheet;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
  newDataValidation(): DataValidationBuilder;
  getUi(): Ui;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
  showModalDialog(userInterface: HtmlOutput, title: string): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
  getContent(): string;
}

export interface HtmlService {
  createHtmlOutputFromFile(filename: string): HtmlOutput;
  createHtmlOutput(html: string): HtmlOutput;
}

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Properties;
}

export interface PropertiesService {
  getDocumentProperties(): Properties;
}

export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockService {
  getDocumentLock(): Lock;
}

/** Everything the add-on touches, gathered so tests can hand in the emulator. */
export interface Services {
  SpreadsheetApp: SpreadsheetApp;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  LockService: LockService;
  chartTypeLine: GoogleAppsScript.Charts.ChartType;
}

/** The real services, looked up only when called (never at load time). */
export function liveServices(): Services {
  return {
    SpreadsheetApp: SpreadsheetApp as unknown as SpreadsheetApp,
    HtmlService: HtmlService as unknown as HtmlService,
    PropertiesService: PropertiesService as unknown as PropertiesService,
    LockService: LockService as unknown as LockService,
    chartTypeLine: Charts.ChartType.LINE,
  };
}

// Compile-time proof that the real Apps Script types have every member named above and
// that each real member is assignable to ours: an invented or misspelt method, or a
// signature the real service does not accept, is a type error here.
type Missing<Real, Ours> = Exclude<keyof Ours, keyof Real>;
type Fits<Real, Ours> =
  Pick<Real, Extract<keyof Ours, keyof Real>> extends Ours ? never : keyof Ours;
type NoneOf<T extends never> = T;
export type GasCoverage = NoneOf<
  | Missing<R, Range>
  | Missing<Sh, Sheet>
  | Missing<S, Spreadsheet>
  | Missing<GoogleAppsScript.Spreadsheet.Protection, Protection>
  | Missing<GoogleAppsScript.Spreadsheet.EmbeddedChart, Chart>
  | Missing<GoogleAppsScript.Spreadsheet.DataValidation, DataValidation>
  | Missing<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ConditionalFormatRule>
  | Missing<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilder>
  | Missing<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilder>
  | Missing<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilder>
  | Missing<GS, SpreadsheetApp>
  | Missing<GoogleAppsScript.Base.Ui, Ui>
  | Missing<GoogleAppsScript.Base.Menu, Menu>
  | Missing<GoogleAppsScript.HTML.HtmlOutput, HtmlOutput>
  | Missing<GoogleAppsScript.HTML.HtmlService, HtmlService>
  | Missing<GoogleAppsScript.Properties.Properties, Properties>
  | Missing<GoogleAppsScript.Properties.PropertiesService, PropertiesService>
  | Missing<GoogleAppsScript.Lock.Lock, Lock>
  | Missing<GoogleAppsScript.Lock.LockService, LockService>
  | Fits<GoogleAppsScript.Spreadsheet.Protection, Protection>
  | Fits<GoogleAppsScript.Properties.Properties, Properties>
  | Fits<GoogleAppsScript.Lock.Lock, Lock>
>;
