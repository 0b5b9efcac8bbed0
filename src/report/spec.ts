/**
 * The report as data: three sheet specs built from the metric catalogue, the messages of
 * the chosen language and the options. No service is called here; src/report/writer.ts
 * turns a spec into batched calls. Adding a metric to the catalogue adds it to tab 1 (when
 * tracked) and tab 3 with no change here.
 */
import { METRICS, TRACKED_INPUTS, trackedMetrics, type Metric, type Unit } from '../catalogue';
import { CATEGORY_IDS, CHANNEL_IDS, fill, messages, type Language, type Messages } from '../i18n';
import {
  a1,
  a1Range,
  differenceFormula,
  DOWN,
  METRICS_TAB,
  metricFormula,
  shareFormula,
  targetTest,
  totalFormula,
  UP,
  yearToDateFormula,
} from './formulas';

export interface Options {
  year: number;
  /** 1 = January. The report covers 12 months from this one. */
  firstMonth: number;
  language: Language;
  /** Shown in money formats, e.g. "€", "$", "USD". */
  currency: string;
}

export type SheetKey = 'metrics' | 'volume' | 'formulas';
export const SHEET_KEYS: SheetKey[] = ['metrics', 'volume', 'formulas'];

export type CellValue = string | number;
export type InputKind = 'count' | 'amount';

export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ConditionalSpec {
  block: Block;
  formula: string;
  background: string;
  fontColor: string;
}

export interface ChartSpec {
  block: Block;
  title: string;
  anchorRow: number;
  anchorCol: number;
}

/** One sheet, cell by cell (1-based rows and columns; arrays are 0-based). */
export interface SheetSpec {
  key: SheetKey;
  name: string;
  rows: number;
  cols: number;
  /** Labels, input values and formulas (strings starting with "="). */
  values: CellValue[][];
  formats: string[][];
  bold: ('bold' | null)[][];
  backgrounds: (string | null)[][];
  /** Input cells with their kind, for data validation and harvesting on regenerate. */
  inputs: (InputKind | null)[][];
  /** Column A: a stable key per row ('' for none); hidden. */
  rowKeys: string[];
  /** A stable key per column ('' for none), stored to find inputs on regenerate. */
  colKeys: string[];
  frozenRows: number;
  frozenColumns: number;
  labelWidth: number;
  /** Whether input cells get data validation (calculators in tab 3 do not need it). */
  validate: boolean;
  conditional: ConditionalSpec[];
  protect: Block | null;
  charts: ChartSpec[];
}

export const COLORS = {
  input: '#fff8e1',
  title: '#e8f0fe',
  header: '#f1f3f4',
  good: '#ceead6',
  goodText: '#0d652d',
  bad: '#fad2cf',
  badText: '#a50e0e',
} as const;

export function validateOptions(o: Options): void {
  if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100) {
    throw new Error(`the report's year must be from 2000 to 2100, not ${o.year}`);
  }
  if (!Number.isInteger(o.firstMonth) || o.firstMonth < 1 || o.firstMonth > 12) {
    throw new Error(`the report's first month must be from 1 to 12, not ${o.firstMonth}`);
  }
}

export interface Month {
  key: string;
  label: string;
}

/** The 12 months of the report, from the first month (wrapping into the next year). */
export function monthsOf(o: Options, t: Messages): Month[] {
  return Array.from({ length: 12 }, (_x, i) => {
    const index = o.firstMonth - 1 + i;
    const year = o.year + Math.floor(index / 12);
    const month = index % 12;
    return {
      key: `${year}-${String(month + 1).padStart(2, '0')}`,
      label: `${t.months[month]} ${year}`,
    };
  });
}

/** A number format that shows a money amount with the chosen currency. */
export function moneyFormat(currency: string): string {
  const label = currency.replace(/["\\]/g, '').trim();
  return /^[$£¥]$/.test(label) ? `"${label}"#,##0.00` : `#,##0.00 "${label}"`;
}

/** Number format by unit. Percentages stay on the 0–100 scale of the custom functions. */
export function unitFormat(unit: Unit, o: Options): string {
  switch (unit) {
    case 'percent':
      return '0.0"%"';
    case 'nps':
    case 'points':
      return '0.0';
    case 'score':
      return '0.00';
    case 'money':
      return moneyFormat(o.currency);
    case 'hours':
      return '0.0" h"';
    case 'minutes':
      return '0.0" min"';
    case 'count':
      return '#,##0';
  }
}

const inputFormat = (kind: 'count' | 'money' | 'hours' | 'number', o: Options): string =>
  kind === 'count' ? '#,##0' : kind === 'money' ? moneyFormat(o.currency) : '0.0#';

/** A grid being filled in; everything starts blank. */
class Grid {
  readonly values: CellValue[][];
  readonly formats: string[][];
  readonly bold: ('bold' | null)[][];
  readonly backgrounds: (string | null)[][];
  readonly inputs: (InputKind | null)[][];
  readonly rowKeys: string[];

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    const make = <T>(v: T) =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => v));
    this.values = make<CellValue>('');
    this.formats = make('General');
    this.bold = make<'bold' | null>(null);
    this.backgrounds = make<string | null>(null);
    this.inputs = make<InputKind | null>(null);
    this.rowKeys = Array.from({ length: rows }, () => '');
  }

  set(
    row: number,
    col: number,
    value: CellValue,
    style: { format?: string; bold?: boolean; background?: string } = {},
  ): void {
    this.values[row - 1][col - 1] = value;
    if (style.format) this.formats[row - 1][col - 1] = style.format;
    if (style.bold) this.bold[row - 1][col - 1] = 'bold';
    if (style.background) this.backgrounds[row - 1][col - 1] = style.background;
  }

  input(row: number, col: number, kind: InputKind, format: string, value: CellValue = ''): void {
    this.set(row, col, value, { format, background: COLORS.input });
    this.inputs[row - 1][col - 1] = kind;
  }

  key(row: number, key: string): void {
    this.rowKeys[row - 1] = key;
    this.values[row - 1][0] = key;
  }

  shade(row: number, fromCol: number, toCol: number, background: string, bold = true): void {
    for (let c = fromCol; c <= toCol; c++) {
      this.backgrounds[row - 1][c - 1] = background;
      if (bold) this.bold[row - 1][c - 1] = 'bold';
    }
  }

  spec(
    key: SheetKey,
    name: string,
    rest: Pick<
      SheetSpec,
      | 'colKeys'
      | 'frozenRows'
      | 'frozenColumns'
      | 'labelWidth'
      | 'validate'
      | 'conditional'
      | 'protect'
      | 'charts'
    >,
  ): SheetSpec {
    return {
      key,
      name,
      rows: this.rows,
      cols: this.cols,
      values: this.values,
      formats: this.formats,
      bold: this.bold,
      backgrounds: this.backgrounds,
      inputs: this.inputs,
      rowKeys: this.rowKeys,
      ...rest,
    };
  }
}

/** Tab 1 geometry: A key, B label, C good when (↑/↓), D target, E…P months, Q year to date. */
export const TAB1 = {
  label: 2,
  direction: 3,
  target: 4,
  firstMonth: 5,
  ytd: 17,
  cols: 17,
  header: 3,
  inputsFrom: 5,
} as const;

function monthlyMetrics(o: Options, t: Messages): SheetSpec {
  const tracked = trackedMetrics();
  const months = monthsOf(o, t);
  const inputsRow = TAB1.inputsFrom;
  const metricsHeading = inputsRow + TRACKED_INPUTS.length + 1;
  const metricsFrom = metricsHeading + 1;
  const g = new Grid(metricsFrom + tracked.length - 1, TAB1.cols);
  const monthCol = (i: number) => TAB1.firstMonth + i;

  g.set(1, TAB1.label, fill(t.report.title, { year: o.year }), { bold: true });
  g.set(2, TAB1.label, t.report.intro);
  g.set(TAB1.header, TAB1.label, t.report.metric);
  g.set(TAB1.header, TAB1.direction, t.report.goodWhen);
  g.set(TAB1.header, TAB1.target, t.report.target);
  months.forEach((m, i) => g.set(TAB1.header, monthCol(i), m.label));
  g.set(TAB1.header, TAB1.ytd, t.report.ytd);
  g.shade(TAB1.header, TAB1.label, TAB1.cols, COLORS.header);
  g.shade(1, TAB1.label, TAB1.cols, COLORS.title);

  g.set(inputsRow - 1, TAB1.label, t.report.inputs, { bold: true });
  const inputRow: Record<string, number> = {};
  TRACKED_INPUTS.forEach((input, i) => {
    const row = inputsRow + i;
    inputRow[input.id] = row;
    g.key(row, `in:${input.id}`);
    g.set(row, TAB1.label, t.inputs[input.id]);
    const format = inputFormat(input.kind, o);
    for (let m = 0; m < 12; m++)
      g.input(row, monthCol(m), input.kind === 'count' ? 'count' : 'amount', format);
    const cells = months.map((_m, m) => a1(row, monthCol(m)));
    g.set(row, TAB1.ytd, yearToDateFormula(input.ytd, cells), { format });
  });

  g.set(metricsHeading, TAB1.label, t.report.metrics, { bold: true });
  tracked.forEach((metric, i) => {
    const row = metricsFrom + i;
    const format = unitFormat(metric.unit, o);
    g.key(row, `m:${metric.id}`);
    g.set(row, TAB1.label, t.metrics[metric.id].name, { bold: true });
    g.set(row, TAB1.direction, metric.direction === 'higher' ? UP : DOWN);
    g.input(row, TAB1.target, 'amount', format);
    for (let col = monthCol(0); col <= TAB1.ytd; col++) {
      const refs: Record<string, string> = {};
      for (const [calcId, inputId] of Object.entries(metric.tracked!))
        refs[calcId] = a1(inputRow[inputId], col);
      g.set(row, col, metricFormula(metric, refs), { format });
    }
  });
  // Two rules over the month columns of the metrics block; the ↑/↓ cell of each row says
  // which way is good. Year to date is left out: a monthly target does not fit a yearly CRR.
  const block = {
    row: metricsFrom,
    col: monthCol(0),
    rows: tracked.length,
    cols: TAB1.ytd - monthCol(0) + 1,
  };
  const first = a1(metricsFrom, monthCol(0));
  const target = `$${a1(metricsFrom, TAB1.target)}`;
  const direction = `$${a1(metricsFrom, TAB1.direction)}`;
  const months12 = { ...block, cols: 12 };
  const conditional: ConditionalSpec[] = [
    {
      block: months12,
      formula: targetTest(first, target, direction, true),
      background: COLORS.good,
      fontColor: COLORS.goodText,
    },
    {
      block: months12,
      formula: targetTest(first, target, direction, false),
      background: COLORS.bad,
      fontColor: COLORS.badText,
    },
  ];

  const colKeys = Array.from({ length: TAB1.cols }, () => '');
  colKeys[TAB1.target - 1] = 'target';
  months.forEach((m, i) => (colKeys[monthCol(i) - 1] = m.key));
  return g.spec('metrics', t.tabs.metrics, {
    colKeys,
    frozenRows: TAB1.header,
    frozenColumns: TAB1.label,
    labelWidth: 300,
    validate: true,
    conditional,
    protect: block,
    charts: [],
  });
}

/** Tab 2 geometry: A key, B label, C…N months, O total, P share. */
export const TAB2 = { label: 2, firstMonth: 3, total: 15, share: 16, cols: 16 } as const;

function ticketVolume(o: Options, t: Messages): SheetSpec {
  const months = monthsOf(o, t);
  const tables = [
    {
      prefix: 'cat',
      heading: t.report.byCategory,
      ids: CATEGORY_IDS as readonly string[],
      names: t.categories as Record<string, string>,
    },
    {
      prefix: 'ch',
      heading: t.report.byChannel,
      ids: CHANNEL_IDS as readonly string[],
      names: t.channels as Record<string, string>,
    },
  ];
  const rows = 3 + tables.reduce((n, x) => n + x.ids.length + 4, 0);
  const created = tab1Positions().inputRow.tickets_created;
  const g = new Grid(rows, TAB2.cols);
  g.set(1, TAB2.label, fill(t.report.volumeTitle, { year: o.year }), { bold: true });
  g.shade(1, TAB2.label, TAB2.cols, COLORS.title);
  g.set(2, TAB2.label, t.report.volumeIntro);
  const charts: ChartSpec[] = [];
  let row = 4;
  for (const table of tables) {
    const header = row;
    g.set(header, TAB2.label, table.heading);
    months.forEach((m, i) => g.set(header, TAB2.firstMonth + i, m.label));
    g.set(header, TAB2.total, t.report.total);
    g.set(header, TAB2.share, t.report.share);
    g.shade(header, TAB2.label, TAB2.cols, COLORS.header);
    const first = header + 1;
    const last = header + table.ids.length;
    const totalRow = last + 1;
    table.ids.forEach((id, i) => {
      const r = first + i;
      g.key(r, `${table.prefix}:${id}`);
      g.set(r, TAB2.label, table.names[id]);
      for (let m = 0; m < 12; m++) g.input(r, TAB2.firstMonth + m, 'count', '#,##0');
      g.set(r, TAB2.total, totalFormula(a1Range(r, TAB2.firstMonth, 1, 12)), { format: '#,##0' });
      g.set(r, TAB2.share, shareFormula(a1(r, TAB2.total), a1(totalRow, TAB2.total)), {
        format: '0.0"%"',
      });
    });
    g.set(totalRow, TAB2.label, t.report.total, { bold: true });
    for (let c = TAB2.firstMonth; c <= TAB2.total; c++) {
      g.set(totalRow, c, totalFormula(a1Range(first, c, table.ids.length, 1)), {
        format: '#,##0',
        bold: true,
      });
    }
    g.set(totalRow, TAB2.share, shareFormula(a1(totalRow, TAB2.total), a1(totalRow, TAB2.total)), {
      format: '0.0"%"',
      bold: true,
    });
    // A check against tab 1: each table's total minus the tickets created typed there.
    const diffRow = totalRow + 1;
    g.set(diffRow, TAB2.label, t.report.difference);
    for (let c: number = TAB2.firstMonth; c <= TAB2.total; c++) {
      const tab1Col = c === TAB2.total ? TAB1.ytd : TAB1.firstMonth + (c - TAB2.firstMonth);
      g.set(
        diffRow,
        c,
        differenceFormula(a1(totalRow, c), `${METRICS_TAB}!${a1(created, tab1Col)}`),
        {
          format: '#,##0;-#,##0;0',
        },
      );
    }
    charts.push({
      block: { row: header, col: TAB2.label, rows: table.ids.length + 1, cols: 13 },
      title: table.heading,
      anchorRow: charts.length === 0 ? 1 : 22,
      anchorCol: TAB2.cols + 2,
    });
    row = diffRow + 2;
  }
  const colKeys = Array.from({ length: TAB2.cols }, () => '');
  months.forEach((m, i) => (colKeys[TAB2.firstMonth + i - 1] = m.key));
  return g.spec('volume', t.tabs.volume, {
    colKeys,
    frozenRows: 0,
    frozenColumns: 0,
    labelWidth: 190,
    validate: true,
    conditional: [],
    protect: null,
    charts,
  });
}

/** Tab 3 geometry: A key, B label, C value (calculator inputs and result). */
export const TAB3 = { label: 2, value: 3, cols: 3 } as const;

function calculatorRows(metric: Metric): number {
  return 5 + metric.inputs.length + 2;
}

function formulasAndDefinitions(o: Options, t: Messages): SheetSpec {
  const rows = 3 + METRICS.reduce((n, x) => n + calculatorRows(x), 0);
  const g = new Grid(rows, TAB3.cols);
  g.set(1, TAB3.label, t.report.formulasTitle, { bold: true });
  g.shade(1, TAB3.label, TAB3.cols, COLORS.title);
  g.set(2, TAB3.label, t.report.formulasIntro);
  let row = 4;
  for (const metric of METRICS) {
    const text = t.metrics[metric.id];
    g.set(row, TAB3.label, text.name);
    g.set(
      row,
      TAB3.value,
      metric.functions.length ? metric.functions.map((f) => f.name).join(', ') : '',
    );
    g.shade(row, TAB3.label, TAB3.cols, COLORS.header);
    g.set(row + 1, TAB3.label, `${t.report.definition}: ${text.definition}`);
    g.set(row + 2, TAB3.label, `${t.report.formula}: ${text.formula}`);
    g.set(row + 3, TAB3.label, `${t.report.source}: ${text.source}`);
    g.set(
      row + 4,
      TAB3.label,
      `${t.report.customFunction}: ${metric.functions.length ? metric.functions.map((f) => f.example).join('   ') : t.report.noFunction}`,
    );
    const refs: Record<string, string> = {};
    metric.inputs.forEach((input, i) => {
      const r = row + 5 + i;
      g.key(r, `calc:${metric.id}:${input.id}`);
      g.set(r, TAB3.label, text.inputs[i]);
      const whole =
        Number.isInteger(input.example) && metric.unit !== 'money' && input.id !== 'confidence';
      g.input(r, TAB3.value, whole ? 'count' : 'amount', whole ? '#,##0' : '0.00##', input.example);
      refs[input.id] = a1(r, TAB3.value);
    });
    const resultRow = row + 5 + metric.inputs.length;
    g.key(resultRow, `result:${metric.id}`);
    g.set(resultRow, TAB3.label, t.report.result, { bold: true });
    g.set(resultRow, TAB3.value, metricFormula(metric, refs), {
      format: unitFormat(metric.unit, o),
      bold: true,
    });
    row = resultRow + 2;
  }
  const colKeys = ['', '', 'value'];
  return g.spec('formulas', t.tabs.formulas, {
    colKeys,
    frozenRows: 0,
    frozenColumns: 0,
    labelWidth: 520,
    validate: false,
    conditional: [],
    protect: null,
    charts: [],
  });
}

/** The three tabs, in order. */
export function reportSpec(o: Options): SheetSpec[] {
  validateOptions(o);
  const t = messages(o.language);
  return [monthlyMetrics(o, t), ticketVolume(o, t), formulasAndDefinitions(o, t)];
}

/**
 * Whether a cell is one the user types in (and so is kept on regenerate): found by the
 * row's key in the hidden column A and the column's key, so inserted rows do no harm.
 */
export function isInputCell(sheet: SheetKey, rowKey: string, colKey: string): boolean {
  const month = /^\d{4}-\d{2}$/.test(colKey);
  if (sheet === 'metrics')
    return (rowKey.startsWith('in:') && month) || (rowKey.startsWith('m:') && colKey === 'target');
  if (sheet === 'volume') return /^(cat|ch):/.test(rowKey) && month;
  return rowKey.startsWith('calc:') && colKey === 'value';
}

/** Where a metric's computed value sits in tab 1: row, and the column of month i (0-based). */
export function tab1Positions(): {
  inputRow: Record<string, number>;
  metricRow: Record<string, number>;
} {
  const inputRow: Record<string, number> = {};
  TRACKED_INPUTS.forEach((x, i) => (inputRow[x.id] = TAB1.inputsFrom + i));
  const metricRow: Record<string, number> = {};
  const from = TAB1.inputsFrom + TRACKED_INPUTS.length + 2;
  trackedMetrics().forEach((x, i) => (metricRow[x.id] = from + i));
  return { inputRow, metricRow };
}
