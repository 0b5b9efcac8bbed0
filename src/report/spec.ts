/**
 * The report as data, its shared parts: the options, what a tab spec is (row keys and column
 * keys the add-on owns and finds again through developer metadata, and a render function
 * that, given where those rows and columns are now, says what every cell of the add-on's
 * should hold), colours, number formats and layout helpers. Each tab is a module of its own
 * (src/report/tab-metrics.ts, tab-volume.ts, tab-formulas.ts), src/report/report.ts puts
 * them in order. No service is called here; src/report/writer.ts compares the spec with the
 * sheet and writes the difference. Adding a metric to the catalogue adds it to tab 1 (when
 * tracked) and tab 3 with no change here.
 */
import { type Unit } from '../catalogue';
import { fill, messages, type Language, type Messages } from '../i18n';
import { a1 } from './formulas';
import { Layout, type Tabs } from './layout';

export interface Options {
  year: number;
  /** 1 = January. The report covers 12 months from this one. */
  firstMonth: number;
  language: Language;
  /** Shown in money formats, e.g. "€", "$", "USD". */
  currency: string;
  /** Time inputs from the Tickets tab's business-hours columns instead of calendar time. */
  businessHours?: boolean;
  /**
   * Ticket numbers from BigQuery extracts instead of the Tickets tab (DESIGN §8): the sheet
   * ids of the monthly statement's rows and, when there are, the breakdown's and the team's.
   */
  extract?: { monthly: number; breakdown?: number; team?: number };
}

export type TabKey = 'metrics' | 'volume' | 'formulas' | 'team' | 'weekly' | 'sla';
export const TAB_KEYS: TabKey[] = ['metrics', 'volume', 'formulas', 'team', 'weekly', 'sla'];

/** A rectangle on a sheet, 1-based. */
export interface Block {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type InputKind = 'count' | 'amount' | 'number';

/**
 * One cell of the add-on's. `text` is a label it owns (refreshed unless the user rewrote
 * it), `formula` is computed (refreshed unless the user typed a value over it), `input` is
 * the user's (written only when the cell is new), `style` carries formatting only.
 */
export interface CellSpec {
  kind: 'text' | 'formula' | 'input' | 'style';
  value: string | number;
  format?: string;
  bold?: boolean;
  background?: string;
  wrap?: boolean;
  /** A validation: a kind of number, or a dropdown of these values. */
  validate?: InputKind | { list: string[] };
  /** For text: the key its fingerprint is kept under (to tell the add-on's text from the user's). */
  key?: string;
}

export interface RuleSpec {
  formula: string;
  background: string;
  fontColor: string;
  ranges: Block[];
}

export interface ChartSpec {
  /** Which table, to find the chart again. */
  id: string;
  /** Line charts (series in rows, months across) unless a bar chart (one bar per row). */
  type?: 'bar';
  title: string;
  block: Block;
  anchor: { row: number; col: number };
}

/** A tab as rendered for a layout: cells by position ("row,col"). */
export interface Rendered {
  cells: Map<string, CellSpec>;
  rules: RuleSpec[];
  protect: Block[];
  charts: ChartSpec[];
}

export interface TabSpec {
  key: TabKey;
  /** The tab's name in the report's language (without any period suffix). */
  name: string;
  /** Row keys top to bottom; '' is a spacer row the add-on does not own. */
  rows: string[];
  cols: string[];
  /** Frozen rows and columns and column widths, set when the tab is created. */
  frozenRows: number;
  frozenCols: number;
  widths: Record<string, number>;
  render(layout: Layout, tabs: Tabs): Rendered;
}

export const COLORS = {
  input: '#fff8e1',
  title: '#e8f0fe',
  header: '#f1f3f4',
  good: '#ceead6',
  goodText: '#0d652d',
  bad: '#fad2cf',
  badText: '#a50e0e',
  notNumber: '#fde293',
  notNumberText: '#7a4100',
  /** Inputs computed from the Tickets tab. */
  fromTickets: '#e6f4ea',
} as const;

/** Backgrounds the add-on paints; any other colour on a cell is the user's and stays. */
export const OWN_BACKGROUNDS = new Set<string>([
  '#ffffff',
  COLORS.input,
  COLORS.fromTickets,
  COLORS.title,
  COLORS.header,
]);

export function validateOptions(o: Options): void {
  if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100) {
    throw new Error(`the report's year must be from 2000 to 2100, not ${o.year}`);
  }
  if (!Number.isInteger(o.firstMonth) || o.firstMonth < 1 || o.firstMonth > 12) {
    throw new Error(`the report's first month must be from 1 to 12, not ${o.firstMonth}`);
  }
}

/** The period a report belongs to: its first month, "2026-01". */
export function periodOf(o: Pick<Options, 'year' | 'firstMonth'>): string {
  return `${o.year}-${String(o.firstMonth).padStart(2, '0')}`;
}

/** How a period reads in a tab name: "2027", or "Apr 2026" for a year from April. */
export function periodLabel(o: Pick<Options, 'year' | 'firstMonth'>, t: Messages): string {
  return o.firstMonth === 1
    ? String(o.year)
    : fill(t.monthYear, { month: t.months[o.firstMonth - 1], year: o.year });
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
      return `0.0" ${messages(o.language).units.hours}"`;
    case 'minutes':
      return `0.0" ${messages(o.language).units.minutes}"`;
    case 'count':
      return '#,##0';
  }
}

export const inputFormat = (kind: 'count' | 'money' | 'hours' | 'number', o: Options): string =>
  kind === 'count' ? '#,##0' : kind === 'money' ? moneyFormat(o.currency) : '0.0#';

/** Date and time in tab 3's calculators (ISO order reads the same in every language). */
export const DATETIME = 'yyyy-mm-dd hh:mm';
/** A month, as the Team tab shows the one chosen (in the spreadsheet's own words). */
export const MONTH_FORMAT = 'mmmm yyyy';

/** Whether a number format is one the add-on writes (for some options); others are the user's. */
export function isOwnFormat(format: string): boolean {
  return (
    format === 'General' ||
    ['0.0"%"', '0.0', '0.00', '#,##0', '0.0#', '0.00##', '#,##0;-#,##0;0', MONTH_FORMAT].includes(
      format,
    ) ||
    /^(?:"[^"]*"#,##0\.00|#,##0\.00 "[^"]*"|0\.0 ?"[^"]+")$/.test(format)
  );
}

/** Cells being rendered, by position. */
export class Cells {
  readonly map = new Map<string, CellSpec>();
  set(row: number, col: number, cell: CellSpec): void {
    this.map.set(`${row},${col}`, cell);
  }
}

/**
 * A writer of the add-on's labels on a tab being rendered: text by row and column key, its
 * fingerprint kept under "row|column" (to tell the add-on's text from the user's).
 */
export function labels(
  c: Cells,
  layout: Layout,
): (rk: string, ck: string, value: string, style?: Partial<CellSpec>) => void {
  return (rk, ck, value, style = {}) =>
    c.set(layout.row(rk), layout.col(ck), { kind: 'text', value, key: `${rk}|${ck}`, ...style });
}

/** The title row's band across every column: bold on the title colour, its text kept. */
export function titleBand(c: Cells, layout: Layout, cols: string[], rowKey = 'title'): void {
  const r = layout.row(rowKey);
  for (const ck of cols)
    c.set(r, layout.col(ck), {
      ...(c.map.get(`${r},${layout.col(ck)}`) ?? { kind: 'style', value: '' }),
      background: COLORS.title,
      bold: true,
    });
}

/** Row and column runs of the add-on's cells, as blocks (for rules and protections). */
export function blocks(layout: Layout, rowKeys: string[], colKeys: string[]): Block[] {
  const rowRuns = runsOf(rowKeys.map((k) => layout.row(k)));
  const colRuns = layout.colRuns(colKeys);
  return rowRuns.flatMap(([r0, r1]) =>
    colRuns.map(([c0, c1]) => ({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 })),
  );
}

export function runsOf(positions: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

export const inputRowKey = (id: string) => `i.${id}`;

/** An absolute reference ($C$30). */
export const absolute = (row: number, col: number) => `$${a1(row, col).replace(/(\d+)$/, '$$$1')}`;
export const metricRowKey = (id: string) => `m.${id}`;
