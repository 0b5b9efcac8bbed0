/** A spreadsheet in the emulator with the built bundle installed, as the add-on runs in Sheets. */
import {
  TRACKED_INPUTS,
  trackedMetrics,
  type Metric,
  type TrackedInputId,
} from '../../src/catalogue';
import type { Options } from '../../src/report/spec';
import { META_KEY } from '../../src/report/tabstate';
import { createEmulator, type Emulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle, type Context } from './bundle';

export interface Workbook {
  emu: Emulator;
  ctx: Context;
}

export function newWorkbook(locale = 'en_US'): Workbook {
  const emu = createEmulator({ locale });
  return { emu, ctx: loadBundle(emu.globals) };
}

export const OPTIONS: Options = { year: 2026, firstMonth: 1, language: 'en', currency: '€' };

export interface Reply {
  created: boolean;
  sheets: { key: string; name: string; id: number }[];
  inserted: number;
  kept: number;
  message: string;
}

export function generate(wb: Workbook, options: Partial<Options> = {}): Reply {
  return JSON.parse(
    JSON.stringify(call(wb.ctx, 'generateFromSidebar', { ...OPTIONS, ...options })),
  ) as Reply;
}

export function sheetOf(wb: Workbook, reply: Reply, key: string): FakeSheet {
  const id = reply.sheets.find((s) => s.key === key)!.id;
  return wb.emu.spreadsheet.sheets.find((s) => s.id === id)!;
}

export type MonthInputs = Record<TrackedInputId, number>;

/** A random but valid month for a mid-size support team. */
export function randomMonth(rand: () => number): MonthInputs {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const money = (lo: number, hi: number) => int(lo * 100, hi * 100) / 100;
  const start = int(1, 20000);
  const added = int(0, 3000);
  const kept = int(0, start);
  const cesResponses = int(1, 400);
  const csatResponses = int(1, 600);
  const open = int(0, 300);
  const created = int(1, 5000);
  const resolved = int(1, open + created);
  const frtTickets = int(1, created);
  return {
    promoters: int(0, 400),
    passives: int(0, 300),
    detractors: int(1, 200),
    csat_satisfied: int(0, csatResponses),
    csat_responses: csatResponses,
    surveys_offered: int(csatResponses, csatResponses * 5),
    ces_sum: int(cesResponses, cesResponses * 7),
    ces_responses: cesResponses,
    customers_start: start,
    customers_end: kept + added,
    customers_new: added,
    customers_lost: start - kept,
    spend: money(0, 90000),
    customers_acquired: int(1, 4000),
    avg_purchase: money(1, 400),
    purchase_frequency: int(1, 240) / 20,
    lifespan: int(1, 100) / 10,
    frt_hours: int(0, frtTickets * 4800) / 100,
    frt_tickets: frtTickets,
    resolution_hours: int(0, resolved * 9600) / 100,
    open_start: open,
    tickets_created: created,
    tickets_resolved: resolved,
    tickets_first_contact: int(0, resolved),
  };
}

/** The 12 month keys of a report ("2026-01"…), in calendar order from its first month. */
export function monthKeys(o: Pick<Options, 'year' | 'firstMonth'> = OPTIONS): string[] {
  return Array.from({ length: 12 }, (_x, i) => {
    const index = o.firstMonth - 1 + i;
    return `${o.year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Where the add-on's rows and columns of a tab are now, read from its developer metadata. */
export interface Located {
  row(key: string): number;
  col(key: string): number;
  rows: Map<string, number>;
  cols: Map<string, number>;
}

export function locate(sheet: FakeSheet): Located {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const m of sheet.ss.metadata) {
    if (m.sheet !== sheet || m.key !== META_KEY) continue;
    if (m.type === 'ROW') rows.set(m.value!, m.start);
    if (m.type === 'COLUMN') cols.set(m.value!, m.start);
  }
  const get = (map: Map<string, number>, what: string) => (key: string) => {
    const v = map.get(key);
    if (v === undefined) throw new Error(`no ${what} "${key}" on '${sheet.name}'`);
    return v;
  };
  return { row: get(rows, 'row'), col: get(cols, 'column'), rows, cols };
}

/** A cell of the add-on's by row key and column key. */
export function cellAt(sheet: FakeSheet, rowKey: string, colKey: string) {
  const at = locate(sheet);
  return sheet.getRange(at.row(rowKey), at.col(colKey), 1, 1);
}

/** The value of a cell of the add-on's by row key and column key. */
export const valueAt = (sheet: FakeSheet, rowKey: string, colKey: string) =>
  cellAt(sheet, rowKey, colKey).getValues()[0][0];

/** Types months of inputs into tab 1 (one month per column; undefined = leave blank). */
export function typeMonths(
  sheet: FakeSheet,
  months: (MonthInputs | undefined)[],
  options: Pick<Options, 'year' | 'firstMonth'> = OPTIONS,
): void {
  const at = locate(sheet);
  const cols = monthKeys(options)
    .slice(0, months.length)
    .map((k) => at.col(k));
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  for (const input of TRACKED_INPUTS) {
    const row = at.row(`i.${input.id}`);
    const values = months.map((m) => (m ? m[input.id] : ''));
    if (contiguous) sheet.getRange(row, cols[0], 1, cols.length).setValues([values]);
    else cols.forEach((c, i) => sheet.getRange(row, c, 1, 1).setValues([[values[i]]]));
  }
}

/** The computed metric block of tab 1: metric id → 12 months + year to date. */
export function readMetrics(
  sheet: FakeSheet,
  options: Pick<Options, 'year' | 'firstMonth'> = OPTIONS,
): Record<string, unknown[]> {
  const at = locate(sheet);
  const out: Record<string, unknown[]> = {};
  for (const metric of trackedMetrics()) {
    const row = at.row(`m.${metric.id}`);
    out[metric.id] = [...monthKeys(options), 'ytd'].map(
      (k) => sheet.getRange(row, at.col(k), 1, 1).getValues()[0][0],
    );
  }
  return out;
}

/** The catalogue metric's inputs taken from a month of tab-1 inputs. */
export function calculatorInputs(metric: Metric, month: MonthInputs): Record<string, number> {
  return Object.fromEntries(
    Object.entries(metric.tracked!).map(([calc, input]) => [calc, month[input]]),
  );
}

/** What the sheets display that is an error value (#DIV/0!, #REF!…): none, in a sound report. */
export function errorsShown(...sheets: FakeSheet[]): string[] {
  return sheets.flatMap((s) =>
    s
      .getDataRange()
      .getDisplayValues()
      .flat()
      .filter((v) => v.startsWith('#')),
  );
}

/** Year-to-date inputs over months (all complete): sums, first S, last E, averages. */
export function yearToDateInputs(months: MonthInputs[]): MonthInputs {
  const ytd = {} as MonthInputs;
  for (const input of TRACKED_INPUTS) {
    const series = months.map((m) => m[input.id]);
    ytd[input.id] =
      input.ytd === 'sum'
        ? series.reduce((a, b) => a + b, 0)
        : input.ytd === 'first'
          ? series[0]
          : input.ytd === 'last'
            ? series[series.length - 1]
            : series.reduce((a, b) => a + b, 0) / series.length;
  }
  return ytd;
}

/** The metric from the library on a month's inputs, or '' where the report shows blank. */
export function expectedMetric(metric: Metric, month: MonthInputs): number | '' {
  try {
    const v = metric.compute(calculatorInputs(metric, month));
    return Number.isFinite(v) ? v : '';
  } catch {
    return '';
  }
}

/** Scores whose NPS/CSAT/CES tallies are the given counts, as a Sheets column. */
export function scoresFor(counts: [number, number][]): unknown[][] {
  const out: unknown[][] = [];
  for (const [score, n] of counts) for (let i = 0; i < n; i++) out.push([score]);
  return out;
}

/** n CES answers on 1–7 summing to `sum`. */
export function cesScores(sum: number, n: number): unknown[][] {
  let rest = sum - n;
  return Array.from({ length: n }, () => {
    const extra = Math.min(6, rest);
    rest -= extra;
    return [1 + extra];
  });
}

/** The custom function (name and arguments) that computes a tracked metric from the same month. */
export function customCall(metric: Metric, m: MonthInputs): [string, unknown[]] | null {
  switch (metric.id) {
    case 'nps':
      return [
        'NPS',
        [
          scoresFor([
            [10, m.promoters],
            [7, m.passives],
            [3, m.detractors],
          ]),
        ],
      ];
    case 'csat':
      return [
        'CSAT',
        [
          scoresFor([
            [5, m.csat_satisfied],
            [2, m.csat_responses - m.csat_satisfied],
          ]),
        ],
      ];
    case 'ces':
      return ['CES', [cesScores(m.ces_sum, m.ces_responses)]];
    case 'crr':
      return ['CRR', [m.customers_start, m.customers_end, m.customers_new]];
    case 'churn':
      return ['CHURN', [m.customers_lost, m.customers_start]];
    case 'cac':
      return ['CAC', [m.spend, m.customers_acquired]];
    case 'clv':
      return ['CLV', [m.avg_purchase, m.purchase_frequency, m.lifespan]];
    case 'fcr':
      return ['FCR', [m.tickets_first_contact, m.tickets_resolved]];
    case 'resolution_rate':
      return ['RESOLUTION_RATE', [m.tickets_resolved, m.open_start + m.tickets_created]];
    case 'backlog':
      return ['BACKLOG', [m.open_start, m.tickets_created, m.tickets_resolved]];
    case 'frt':
      return ['FRT', [[[0]], [[m.frt_hours / m.frt_tickets / 24]], 'hours']];
    case 'resolution_time':
      return [
        'RESOLUTION_TIME',
        [[[0]], [[m.resolution_hours / m.tickets_resolved / 24]], 'hours'],
      ];
    default:
      return null;
  }
}

export { seeded } from './random';
export { call };
