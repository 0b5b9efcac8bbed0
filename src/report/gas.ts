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
  getDescription(): string;
  getRange(): Range;
  setRange(range: Range): Protection;
  isWarningOnly(): boolean;
  remove(): void;
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
  getBackgrounds(): string[][];
  getFontWeights(): string[][];
  getDataValidations(): (DataValidation | null)[][];
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  setValues(values: Cell[][]): Range;
  setNumberFormats(formats: string[][]): Range;
  setFontWeights(weights: ('bold' | 'normal' | null)[][]): Range;
  setBackgrounds(colors: (string | null)[][]): Range;
  setDataValidations(rules: (DataValidation | null)[][]): Range;
  setWraps(wraps: boolean[][]): Range;
  protect(): Protection;
  createFilter(): Filter;
  /** Only on whole rows or whole columns (Sheets refuses other ranges). */
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Range;
}

export interface Filter {
  getRange(): Range;
  remove(): void;
}

export interface DeveloperMetadataLocation {
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  getRow(): Range | null;
  getColumn(): Range | null;
  getSheet(): Sheet | null;
}

export interface DeveloperMetadata {
  getId(): number;
  getKey(): string;
  getValue(): string | null;
  getLocation(): DeveloperMetadataLocation;
  setValue(value: string): DeveloperMetadata;
  remove(): void;
}

export interface DeveloperMetadataFinder {
  withKey(key: string): DeveloperMetadataFinder;
  find(): DeveloperMetadata[];
}

export interface BooleanCondition {
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria;
  getCriteriaValues(): unknown[];
  getBackground(): string | null;
  getFontColor(): string | null;
}

export interface ConditionalFormatRule {
  getBooleanCondition(): BooleanCondition | null;
  getRanges(): Range[];
}

export interface ChartBuilder {
  addRange(range: Range): ChartBuilder;
  clearRanges(): ChartBuilder;
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

export interface ChartOptions {
  get(option: string): unknown;
}

/** An embedded chart. */
export interface Chart {
  getChartId(): number | null;
  getRanges(): Range[];
  getOptions(): ChartOptions;
  getNumHeaders(): number;
  getTransposeRowsAndColumns(): boolean;
  modify(): ChartBuilder;
}

export interface Sheet {
  getName(): string;
  setName(name: string): Sheet;
  getSheetId(): number;
  getIndex(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRange(a1Notation: string): Range;
  getMaxRows(): number;
  getMaxColumns(): number;
  getLastColumn(): number;
  getDataRange(): Range;
  getFilter(): Filter | null;
  hideSheet(): Sheet;
  insertRowsBefore(beforePosition: number, howMany: number): Sheet;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[];
  newChart(): ChartBuilder;
  insertChart(chart: Chart): void;
  getCharts(): Chart[];
  updateChart(chart: Chart): void;
  removeChart(chart: Chart): void;
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): Sheet;
  activate(): Sheet;
}

export interface Spreadsheet {
  getSheetById(id: number): Sheet | null;
  getSheets(): Sheet[];
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getSpreadsheetLocale(): string;
  getSpreadsheetTimeZone(): string;
  createDeveloperMetadataFinder(): DeveloperMetadataFinder;
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
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder;
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

/** The enum values the add-on passes to the services (SpreadsheetApp.X.Y in Apps Script). */
export interface Enums {
  chartTypeLine: GoogleAppsScript.Charts.ChartType;
  chartTypeBar: GoogleAppsScript.Charts.ChartType;
  visibilityDocument: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  locationSheet: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  locationRow: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  locationColumn: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  protectionRange: GoogleAppsScript.Spreadsheet.ProtectionType;
  customFormula: GoogleAppsScript.Spreadsheet.BooleanCriteria;
}

/** Everything the add-on touches, gathered so tests can hand in the emulator. */
export interface Services {
  SpreadsheetApp: SpreadsheetApp;
  HtmlService: HtmlService;
  PropertiesService: PropertiesService;
  LockService: LockService;
  enums: Enums;
}

/**
 * What a person does to a spreadsheet, as the Apps Script methods it corresponds to. The
 * add-on never calls these; the emulator performs them (with Sheets' semantics) so tests
 * can edit a report the way its users do.
 */
export interface UserRange extends Range {
  sort(sortSpecObj: number | { column: number; ascending?: boolean }): Range;
}
export interface UserSheet extends Sheet {
  moveRows(rowSpec: Range, destinationIndex: number): void;
  moveColumns(columnSpec: Range, destinationIndex: number): void;
  getDeveloperMetadata(): DeveloperMetadata[];
}
export interface UserSpreadsheet extends Spreadsheet {
  setActiveSheet(sheet: Sheet): Sheet;
  moveActiveSheet(pos: number): void;
}

/** The real services, looked up only when called (never at load time). */
export function liveServices(): Services {
  return {
    SpreadsheetApp: SpreadsheetApp as unknown as SpreadsheetApp,
    HtmlService: HtmlService as unknown as HtmlService,
    PropertiesService: PropertiesService as unknown as PropertiesService,
    LockService: LockService as unknown as LockService,
    enums: {
      chartTypeLine: Charts.ChartType.LINE,
      chartTypeBar: Charts.ChartType.BAR,
      visibilityDocument: SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT,
      locationSheet: SpreadsheetApp.DeveloperMetadataLocationType.SHEET,
      locationRow: SpreadsheetApp.DeveloperMetadataLocationType.ROW,
      locationColumn: SpreadsheetApp.DeveloperMetadataLocationType.COLUMN,
      protectionRange: SpreadsheetApp.ProtectionType.RANGE,
      customFormula: SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA,
    },
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
  | Missing<R, UserRange>
  | Missing<Sh, UserSheet>
  | Missing<S, UserSpreadsheet>
  | Missing<GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadata>
  | Missing<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, DeveloperMetadataLocation>
  | Missing<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder>
  | Missing<GoogleAppsScript.Spreadsheet.BooleanCondition, BooleanCondition>
  | Missing<GoogleAppsScript.Charts.ChartOptions, ChartOptions>
  | Missing<R, Range>
  | Missing<Sh, Sheet>
  | Missing<S, Spreadsheet>
  | Missing<GoogleAppsScript.Spreadsheet.Protection, Protection>
  | Missing<GoogleAppsScript.Spreadsheet.Filter, Filter>
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
  | Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinder>
  | Fits<GoogleAppsScript.Properties.Properties, Properties>
  | Fits<GoogleAppsScript.Lock.Lock, Lock>
>;
