/**
 * The report as data. Each tab is a list of row keys and column keys (what the add-on owns
 * and finds again through developer metadata) and a render function that, given where those
 * rows and columns are now (a Layout), says what every cell of the add-on's should hold.
 * No service is called here; src/report/writer.ts compares this with the sheet and writes
 * the difference. Adding a metric to the catalogue adds it to tab 1 (when tracked) and tab 3
 * with no change here.
 */
import { METRICS, TRACKED_INPUTS, trackedMetrics, type Metric, type Unit } from '../catalogue';
import { CATEGORY_IDS, CHANNEL_IDS, fill, messages, type Language, type Messages } from '../i18n';
import {
  a1,
  beyondNoise,
  csatChangeFormulas,
  differenceFormula,
  DOWN,
  inputYearToDate,
  metricFormula,
  metricYearToDate,
  monthsFilled,
  notNumberTest,
  npsChangeFormulas,
  shareFormula,
  targetTest,
  ticketCountFormula,
  ticketInputFormula,
  TICKET_INPUT_IDS,
  totalFormula,
  UP,
  type ChangeFormulas,
  type MetricInputRows,
  type TicketInputId,
  type TicketsRef,
} from './formulas';
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
}

export type TabKey = 'metrics' | 'volume' | 'formulas';
export const TAB_KEYS: TabKey[] = ['metrics', 'volume', 'formulas'];

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
  validate?: InputKind;
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

const inputFormat = (kind: 'count' | 'money' | 'hours' | 'number', o: Options): string =>
  kind === 'count' ? '#,##0' : kind === 'money' ? moneyFormat(o.currency) : '0.0#';

/** Date and time in tab 3's calculators (ISO order reads the same in every language). */
export const DATETIME = 'yyyy-mm-dd hh:mm';

/** Whether a number format is one the add-on writes (for some options); others are the user's. */
export function isOwnFormat(format: string): boolean {
  return (
    format === 'General' ||
    ['0.0"%"', '0.0', '0.00', '#,##0', '0.0#', '0.00##', '#,##0;-#,##0;0'].includes(format) ||
    /^(?:"[^"]*"#,##0\.00|#,##0\.00 "[^"]*"|0\.0 ?"[^"]+")$/.test(format)
  );
}

/** Cells being rendered, by position. */
class Cells {
  readonly map = new Map<string, CellSpec>();
  set(row: number, col: number, cell: CellSpec): void {
    this.map.set(`${row},${col}`, cell);
  }
}

/** Row and column runs of the add-on's cells, as blocks (for rules and protections). */
function blocks(layout: Layout, rowKeys: string[], colKeys: string[]): Block[] {
  const rowRuns = runsOf(rowKeys.map((k) => layout.row(k)));
  const colRuns = layout.colRuns(colKeys);
  return rowRuns.flatMap(([r0, r1]) =>
    colRuns.map(([c0, c1]) => ({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 })),
  );
}

function runsOf(positions: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of [...positions].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

const inputRowKey = (id: string) => `i.${id}`;

/**
 * Tab 1's change rows: under NPS and CSAT, the change against the previous month and its
 * margin of error, from the month counts (src/report/formulas.ts, as src/metrics/change.ts).
 */
const CHANGE_METRICS = ['nps', 'csat'];

function changeFormulasFor(
  metric: string,
  before: (inputId: string) => string,
  after: (inputId: string) => string,
  conf: string,
): ChangeFormulas {
  return metric === 'nps'
    ? npsChangeFormulas(
        {
          promoters: before('promoters'),
          passives: before('passives'),
          detractors: before('detractors'),
        },
        {
          promoters: after('promoters'),
          passives: after('passives'),
          detractors: after('detractors'),
        },
        conf,
      )
    : csatChangeFormulas(
        { satisfied: before('csat_satisfied'), responses: before('csat_responses') },
        { satisfied: after('csat_satisfied'), responses: after('csat_responses') },
        conf,
      );
}

/** An absolute reference ($C$30). */
const absolute = (row: number, col: number) => `$${a1(row, col).replace(/(\d+)$/, '$$$1')}`;
const metricRowKey = (id: string) => `m.${id}`;

function monthlyMetrics(o: Options, t: Messages, tickets?: TicketsRef): TabSpec {
  const tracked = trackedMetrics();
  const months = monthsOf(o, t);
  const monthKeys = months.map((m) => m.key);
  const rows = [
    'title',
    'intro',
    'head',
    'h.in',
    ...TRACKED_INPUTS.map((x) => inputRowKey(x.id)),
    '',
    'h.m',
    'conf',
    ...tracked.flatMap((m) =>
      CHANGE_METRICS.includes(m.id)
        ? [metricRowKey(m.id), `c.${m.id}`, `c.${m.id}.moe`]
        : [metricRowKey(m.id)],
    ),
    'note.change',
  ];
  const cols = ['label', 'dir', 'target', ...monthKeys, 'ytd', 'n'];
  return {
    key: 'metrics',
    name: t.tabs.metrics,
    rows,
    cols,
    frozenRows: 3,
    frozenCols: 1,
    widths: { label: 300 },
    render(L, tabs) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = (rk: string, ck: string, value: string, style: Partial<CellSpec> = {}) =>
        c.set(L.row(rk), col(ck), { kind: 'text', value, key: `${rk}|${ck}`, ...style });
      const shade = (rk: string, background: string) => {
        for (const ck of cols) {
          const at = `${L.row(rk)},${col(ck)}`;
          const cell = c.map.get(at);
          c.map.set(at, { ...(cell ?? { kind: 'style', value: '' }), background, bold: true });
        }
      };
      text('title', 'label', fill(t.report.title, { year: o.year }), { bold: true });
      shade('title', COLORS.title);
      text('intro', 'label', t.report.intro);
      text('head', 'label', t.report.metric);
      text('head', 'dir', t.report.goodWhen);
      text('head', 'target', t.report.target);
      months.forEach((m) => text('head', m.key, m.label));
      text('head', 'ytd', t.report.ytd);
      text('head', 'n', t.report.monthsCounted);
      shade('head', COLORS.header);
      text('h.in', 'label', t.report.inputs, { bold: true });
      text('h.m', 'label', t.report.metrics, { bold: true });

      const monthRuns = L.colRuns(monthKeys);
      const inputRows: Record<string, MetricInputRows> = {};
      for (const input of TRACKED_INPUTS) {
        const rk = inputRowKey(input.id);
        const r = L.row(rk);
        const format = inputFormat(input.kind, o);
        // An input the Tickets tab gives is a formula over it (a value typed over it stays).
        const fromTickets = (m: string): string | undefined => {
          if (!tickets || !(TICKET_INPUT_IDS as readonly string[]).includes(input.id)) return;
          const [y, mo] = m.split('-').map(Number);
          return ticketInputFormula(input.id as TicketInputId, tickets, y, mo);
        };
        const linked = monthKeys.some((m) => fromTickets(m) !== undefined);
        text(
          rk,
          'label',
          linked ? `${t.inputs[input.id]} ${t.report.fromTickets}` : t.inputs[input.id],
        );
        for (const m of monthKeys) {
          const formula = fromTickets(m);
          c.set(
            r,
            col(m),
            formula
              ? { kind: 'formula', value: formula, format, background: COLORS.fromTickets }
              : {
                  kind: 'input',
                  value: '',
                  format,
                  background: COLORS.input,
                  validate: input.kind === 'count' ? 'count' : 'amount',
                },
          );
        }
        const ranges = L.rowRanges(rk, monthRuns);
        const cells = monthKeys.map((m) => L.a1(rk, m));
        inputRows[input.id] = { how: input.ytd, ranges, cells };
        c.set(r, col('ytd'), {
          kind: 'formula',
          value: inputYearToDate(input.ytd, ranges, cells),
          format,
        });
        c.set(r, col('n'), { kind: 'formula', value: monthsFilled(ranges), format: '#,##0' });
      }

      for (const metric of tracked) {
        const rk = metricRowKey(metric.id);
        const r = L.row(rk);
        const format = unitFormat(metric.unit, o);
        text(rk, 'label', t.metrics[metric.id].name, { bold: true });
        text(rk, 'dir', metric.direction === 'higher' ? UP : DOWN);
        c.set(r, col('target'), {
          kind: 'input',
          value: '',
          format,
          background: COLORS.input,
          validate: 'number',
        });
        for (const m of monthKeys) {
          const refs: Record<string, string> = {};
          for (const [calcId, inputId] of Object.entries(metric.tracked!))
            refs[calcId] = L.a1(inputRowKey(inputId), m);
          c.set(r, col(m), { kind: 'formula', value: metricFormula(metric, refs), format });
        }
        const ytd = metricYearToDate(
          metric,
          Object.fromEntries(
            Object.entries(metric.tracked!).map(([calcId, inputId]) => [
              calcId,
              inputRows[inputId],
            ]),
          ),
        );
        c.set(r, col('ytd'), { kind: 'formula', value: ytd.formula, format });
        c.set(r, col('n'), { kind: 'formula', value: ytd.months, format: '#,##0' });
      }

      // Changes against the previous month (the first month against the previous period's
      // report, year to date against its year to date), with their margins of error.
      text('conf', 'label', t.report.confidence);
      c.set(L.row('conf'), col('target'), {
        kind: 'input',
        value: 0.95,
        format: '0%',
        background: COLORS.input,
      });
      const conf = absolute(L.row('conf'), col('target'));
      const prev = tabs.has('prev.metrics') ? tabs.layout('prev.metrics') : null;
      const prevRef = prev ? `${tabs.ref('prev.metrics')}!` : '';
      const prevLast = monthsOf({ ...o, year: o.year - 1 }, t)[11].key;
      const changeRules: RuleSpec[] = [];
      for (const id of CHANGE_METRICS) {
        const row = `c.${id}`;
        const moe = `c.${id}.moe`;
        text(row, 'label', t.report.change);
        text(moe, 'label', t.report.margin);
        const here = (k: string) => (inputId: string) => L.a1(inputRowKey(inputId), k);
        const there = (k: string) => (inputId: string) =>
          `${prevRef}${prev!.a1(inputRowKey(inputId), k)}`;
        for (const [i, k] of [...monthKeys, 'ytd'].entries()) {
          const before =
            k === 'ytd' || i === 0
              ? prev
                ? there(k === 'ytd' ? 'ytd' : prevLast)
                : null
              : here(monthKeys[i - 1]);
          const f = before ? changeFormulasFor(id, before, here(k), conf) : null;
          c.set(L.row(row), col(k), {
            kind: 'formula',
            value: f ? f.change : '',
            format: '+0.0;-0.0;0.0',
          });
          c.set(L.row(moe), col(k), {
            kind: 'formula',
            value: f ? f.margin : '',
            format: '"±"0.0',
          });
        }
        const first = a1(L.row(row), col(monthKeys[0]));
        const margin = a1(L.row(moe), col(monthKeys[0]));
        const ranges = blocks(L, [row], [...monthKeys, 'ytd']);
        changeRules.push(
          {
            formula: beyondNoise(first, margin, true),
            background: COLORS.good,
            fontColor: COLORS.goodText,
            ranges,
          },
          {
            formula: beyondNoise(first, margin, false),
            background: COLORS.bad,
            fontColor: COLORS.badText,
            ranges,
          },
        );
      }
      text('note.change', 'label', t.report.changeNote);

      // Month columns of the metrics meet (green) or miss (red) the row's target, the ↑/↓
      // cell saying which way is good; year to date is left out (a monthly target does not
      // fit a yearly retention). Input cells holding text are marked.
      const metricKeys = tracked.map((m) => metricRowKey(m.id));
      const targetBlocks = blocks(L, metricKeys, monthKeys);
      const first = a1(targetBlocks[0].row, targetBlocks[0].col);
      const target = `$${a1(targetBlocks[0].row, col('target'))}`;
      const direction = `$${a1(targetBlocks[0].row, col('dir'))}`;
      const inputBlocks = blocks(
        L,
        TRACKED_INPUTS.map((x) => inputRowKey(x.id)),
        monthKeys,
      );
      return {
        cells: c.map,
        rules: [
          {
            formula: targetTest(first, target, direction, true),
            background: COLORS.good,
            fontColor: COLORS.goodText,
            ranges: targetBlocks,
          },
          {
            formula: targetTest(first, target, direction, false),
            background: COLORS.bad,
            fontColor: COLORS.badText,
            ranges: targetBlocks,
          },
          {
            formula: notNumberTest(a1(inputBlocks[0].row, inputBlocks[0].col)),
            background: COLORS.notNumber,
            fontColor: COLORS.notNumberText,
            ranges: inputBlocks,
          },
          ...changeRules,
        ],
        protect: blocks(
          L,
          [...metricKeys, ...CHANGE_METRICS.flatMap((id) => [`c.${id}`, `c.${id}.moe`])],
          [...monthKeys, 'ytd', 'n'],
        ),
        charts: [],
      };
    },
  };
}

interface Table {
  prefix: string;
  heading: string;
  ids: readonly string[];
  names: Record<string, string>;
  /** From the Tickets tab: the file's own words, most frequent first (slot i ↔ ids[i]). */
  listed?: string[];
  column: 'category' | 'channel';
}

/** Most categories or channels a table lists by name; the rest count as Other. */
export const MAX_LISTED = 10;

/**
 * The rows of a table that lists the tickets' own words: the default rows are reused as the
 * first slots (so a report made before any import keeps its rows and what was typed in them),
 * then `t7`… up to ten, then Other.
 */
function slotIds(defaults: readonly string[], listed: number): string[] {
  const own = defaults.filter((id) => id !== 'other');
  const n = Math.max(Math.min(listed, MAX_LISTED), own.length);
  return [
    ...Array.from({ length: n }, (_x, i) => (i < own.length ? own[i] : `t${i + 1}`)),
    'other',
  ];
}

function ticketVolume(o: Options, t: Messages, tickets?: TicketsRef): TabSpec {
  const months = monthsOf(o, t);
  const monthKeys = months.map((m) => m.key);
  const table = (
    prefix: string,
    heading: string,
    ids: readonly string[],
    names: Record<string, string>,
    column: 'category' | 'channel',
  ): Table => {
    const listed =
      tickets?.cols.created && tickets.cols[column]
        ? tickets[column === 'category' ? 'categories' : 'channels']
        : [];
    return listed.length
      ? { prefix, heading, ids: slotIds(ids, listed.length), names, listed, column }
      : { prefix, heading, ids, names, column };
  };
  const tables: Table[] = [
    table('cat', t.report.byCategory, CATEGORY_IDS, t.categories, 'category'),
    table('ch', t.report.byChannel, CHANNEL_IDS, t.channels, 'channel'),
  ];
  const rows = ['title', 'intro'];
  for (const table of tables) {
    rows.push(
      '',
      `${table.prefix}.head`,
      ...table.ids.map((id) => `${table.prefix}.${id}`),
      `${table.prefix}.total`,
      `${table.prefix}.diff`,
    );
  }
  const cols = ['label', ...monthKeys, 'total', 'share'];
  return {
    key: 'volume',
    name: t.tabs.volume,
    rows,
    cols,
    frozenRows: 0,
    frozenCols: 1,
    widths: { label: 190 },
    render(L, tabs) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = (rk: string, ck: string, value: string, style: Partial<CellSpec> = {}) =>
        c.set(L.row(rk), col(ck), { kind: 'text', value, key: `${rk}|${ck}`, ...style });
      text('title', 'label', fill(t.report.volumeTitle, { year: o.year }), { bold: true });
      for (const ck of cols)
        c.set(L.row('title'), col(ck), {
          ...(c.map.get(`${L.row('title')},${col(ck)}`) ?? { kind: 'style', value: '' }),
          background: COLORS.title,
          bold: true,
        });
      text('intro', 'label', t.report.volumeIntro);
      const monthRuns = L.colRuns(monthKeys);
      const tab1 = tabs.layout('metrics');
      const created = `${tabs.ref('metrics')}!`;
      const charts: ChartSpec[] = [];
      for (const table of tables) {
        const head = `${table.prefix}.head`;
        const totalKey = `${table.prefix}.total`;
        const headRow = L.row(head);
        const totalRow = L.row(totalKey);
        text(head, 'label', table.heading, { bold: true, background: COLORS.header });
        months.forEach((m) =>
          text(head, m.key, m.label, { bold: true, background: COLORS.header }),
        );
        text(head, 'total', t.report.total, { bold: true, background: COLORS.header });
        text(head, 'share', t.report.share, { bold: true, background: COLORS.header });
        const grand = a1(totalRow, col('total'));
        // Every row between the heading and the total counts: ours and any the user inserted.
        const body = Array.from(
          { length: Math.max(0, totalRow - headRow - 1) },
          (_x, i) => headRow + 1 + i,
        );
        for (const r of body) {
          const owned = L.ownsRow(r);
          const rowRanges = monthRuns.map(([c0, c1]) =>
            c0 === c1 ? a1(r, c0) : `${a1(r, c0)}:${a1(r, c1)}`,
          );
          c.set(r, col('total'), {
            kind: 'formula',
            value: totalFormula(rowRanges),
            format: '#,##0',
          });
          c.set(r, col('share'), {
            kind: 'formula',
            value: shareFormula(a1(r, col('total')), grand),
            format: '0.0"%"',
          });
          if (!owned) continue;
        }
        const listed = table.listed;
        table.ids.forEach((id, i) => {
          const rk = `${table.prefix}.${id}`;
          if (listed && tickets) {
            // Counted from the Tickets tab: a slot per name, Other for the rest.
            const other = id === 'other';
            const name = other ? undefined : listed[i];
            text(rk, 'label', other ? table.names.other : (name ?? ''));
            for (const m of monthKeys) {
              const [y, mo] = m.split('-').map(Number);
              let value = '';
              if (other) {
                const slots = table.ids
                  .slice(0, -1)
                  .filter((_s, k) => listed[k] !== undefined)
                  .map((s) => a1(L.row(`${table.prefix}.${s}`), col(m)));
                const all = ticketCountFormula(tickets, table.column, undefined, y, mo);
                value = all ? `=${all}${slots.length ? `-SUM(${slots.join(',')})` : ''}` : '';
              } else if (name !== undefined) {
                const f = ticketCountFormula(tickets, table.column, name, y, mo);
                value = f ? `=${f}` : '';
              }
              c.set(L.row(rk), col(m), {
                kind: 'formula',
                value,
                format: '#,##0',
                background: value ? COLORS.fromTickets : undefined,
              });
            }
            return;
          }
          text(rk, 'label', table.names[id]);
          for (const m of monthKeys)
            c.set(L.row(rk), col(m), {
              kind: 'input',
              value: '',
              format: '#,##0',
              background: COLORS.input,
              validate: 'count',
            });
        });
        // Slots a Tickets tab added (its seventh category…), when there is no tab any more:
        // the add-on's label and counts go; whatever the user typed there stays.
        if (!listed)
          for (const rk of L.rows.keys()) {
            if (!new RegExp(`^${table.prefix}\\.t\\d+$`).test(rk)) continue;
            text(rk, 'label', '');
            for (const m of monthKeys) c.set(L.row(rk), col(m), { kind: 'formula', value: '' });
          }
        text(totalKey, 'label', t.report.total, { bold: true });
        const sumOf = (ck: string) =>
          body.length ? [`${a1(body[0], col(ck))}:${a1(body[body.length - 1], col(ck))}`] : [];
        for (const ck of [...monthKeys, 'total']) {
          const ranges = sumOf(ck);
          c.set(totalRow, col(ck), {
            kind: 'formula',
            value: ranges.length ? totalFormula(ranges) : '',
            format: '#,##0',
            bold: true,
          });
        }
        c.set(totalRow, col('share'), {
          kind: 'formula',
          value: shareFormula(grand, grand),
          format: '0.0"%"',
          bold: true,
        });
        // A check against tab 1: the table's total minus the tickets created typed there.
        const diff = `${table.prefix}.diff`;
        text(diff, 'label', t.report.difference);
        for (const ck of [...monthKeys, 'total']) {
          const tab1Col = ck === 'total' ? 'ytd' : ck;
          c.set(L.row(diff), col(ck), {
            kind: 'formula',
            value: differenceFormula(
              a1(totalRow, col(ck)),
              `${created}${tab1.a1('i.tickets_created', tab1Col)}`,
            ),
            format: '#,##0;-#,##0;0',
          });
        }
        const lastMonth = Math.max(...monthKeys.map(col));
        charts.push({
          id: table.prefix,
          title: table.heading,
          block: {
            row: headRow,
            col: col('label'),
            rows: Math.max(1, totalRow - headRow),
            cols: lastMonth - col('label') + 1,
          },
          anchor: { row: L.row('title') + charts.length * 21, col: col('share') + 2 },
        });
      }
      return { cells: c.map, rules: [], protect: [], charts };
    },
  };
}

/** Tab 3 columns: the metric, its texts, a calculator of up to four inputs, the result. */
const CALCULATOR_INPUTS = 4;

function formulasAndDefinitions(o: Options, t: Messages): TabSpec {
  const inputCols = Array.from({ length: CALCULATOR_INPUTS }, (_x, i) => [
    `in${i + 1}`,
    `v${i + 1}`,
  ]).flat();
  const cols = ['name', 'def', 'formula', ...inputCols, 'result', 'fn', 'source'];
  // Change metrics have a calculator of their own below the table.
  const changes = METRICS.filter((m) => m.change);
  const rows = [
    'title',
    'intro',
    'head',
    ...METRICS.map((m) => `x.${m.id}`),
    ...changes.flatMap((m) => [
      '',
      `k.${m.id}`,
      ...m.inputs.map((i) => `k.${m.id}.${i.id}`),
      `k.${m.id}.change`,
      `k.${m.id}.margin`,
      `k.${m.id}.p`,
      `k.${m.id}.verdict`,
    ]),
  ];
  return {
    key: 'formulas',
    name: t.tabs.formulas,
    rows,
    cols,
    frozenRows: 3,
    frozenCols: 1,
    widths: { name: 200, def: 320, formula: 260, result: 90, fn: 220, source: 280 },
    render(L) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = (rk: string, ck: string, value: string, style: Partial<CellSpec> = {}) =>
        c.set(L.row(rk), col(ck), { kind: 'text', value, key: `${rk}|${ck}`, ...style });
      text('title', 'name', t.report.formulasTitle, { bold: true, background: COLORS.title });
      for (const ck of cols.slice(1))
        c.set(L.row('title'), col(ck), { kind: 'style', value: '', background: COLORS.title });
      text('intro', 'name', t.report.formulasIntro);
      const header: [string, string][] = [
        ['name', t.report.metric],
        ['def', t.report.definition],
        ['formula', t.report.formula],
        ...Array.from({ length: CALCULATOR_INPUTS }, (_x, i): [string, string][] => [
          [`in${i + 1}`, fill(t.report.input, { n: i + 1 })],
          [`v${i + 1}`, t.report.value],
        ]).flat(),
        ['result', t.report.result],
        ['fn', t.report.customFunction],
        ['source', t.report.source],
      ];
      for (const [ck, label] of header)
        text('head', ck, label, { bold: true, background: COLORS.header, wrap: true });
      for (const metric of METRICS) {
        const rk = `x.${metric.id}`;
        const r = L.row(rk);
        const words = t.metrics[metric.id];
        text(rk, 'name', words.name, { bold: true, wrap: true });
        text(rk, 'def', words.definition, { wrap: true });
        text(rk, 'formula', words.formula, { wrap: true });
        text(rk, 'source', words.source, { wrap: true });
        text(
          rk,
          'fn',
          metric.functions.length
            ? metric.functions.map((f) => f.example).join('\n')
            : t.report.noFunction,
          { wrap: true },
        );
        if (metric.change) {
          text(rk, 'in1', t.report.calculatorBelow, { wrap: true });
          continue;
        }
        const refs: Record<string, string> = {};
        metric.inputs.forEach((input, i) => {
          text(rk, `in${i + 1}`, words.inputs[i], { wrap: true });
          const whole =
            Number.isInteger(input.example) && metric.unit !== 'money' && input.id !== 'confidence';
          c.set(r, col(`v${i + 1}`), {
            kind: 'input',
            value: input.example,
            format: input.datetime ? DATETIME : whole ? '#,##0' : '0.00##',
            background: COLORS.input,
          });
          refs[input.id] = L.a1(rk, `v${i + 1}`);
        });
        c.set(r, col('result'), {
          kind: 'formula',
          value: metricFormula(metric, refs),
          format: unitFormat(metric.unit, o),
          bold: true,
        });
      }
      // "Is the change real?": two periods' counts → change, margin, p-value, a verdict.
      for (const metric of changes) {
        const words = t.metrics[metric.id];
        const key = `k.${metric.id}`;
        text(key, 'name', words.name, { bold: true, background: COLORS.header, wrap: true });
        text(key, 'def', words.definition, { background: COLORS.header, wrap: true });
        const cell: Record<string, string> = {};
        metric.inputs.forEach((input, i) => {
          const rk = `${key}.${input.id}`;
          text(rk, 'name', words.inputs[i], { wrap: true });
          c.set(L.row(rk), col('def'), {
            kind: 'input',
            value: input.example,
            format: Number.isInteger(input.example) ? '#,##0' : '0.00##',
            background: COLORS.input,
          });
          cell[input.id] = L.a1(rk, 'def');
        });
        const f =
          metric.change === 'nps'
            ? npsChangeFormulas(
                {
                  promoters: cell.promoters1,
                  passives: cell.passives1,
                  detractors: cell.detractors1,
                },
                {
                  promoters: cell.promoters2,
                  passives: cell.passives2,
                  detractors: cell.detractors2,
                },
                cell.confidence,
              )
            : csatChangeFormulas(
                { satisfied: cell.satisfied1, responses: cell.responses1 },
                { satisfied: cell.satisfied2, responses: cell.responses2 },
                cell.confidence,
              );
        const p = L.a1(`${key}.p`, 'def');
        const outputs: [string, string, string, string][] = [
          ['change', t.report.changePoints, f.change, '+0.0;-0.0;0.0'],
          ['margin', t.report.margin, f.margin, '"±"0.0'],
          ['p', t.report.pValue, f.pValue, '0.000'],
          [
            'verdict',
            t.report.verdict,
            `=IF(${p}="","",IF(${p}<1-${cell.confidence},"${t.report.verdictReal.replace(/"/g, '""')}","${t.report.verdictNoise.replace(/"/g, '""')}"))`,
            'General',
          ],
        ];
        for (const [id, label, formula, format] of outputs) {
          text(`${key}.${id}`, 'name', label, { bold: true, wrap: true });
          c.set(L.row(`${key}.${id}`), col('def'), {
            kind: 'formula',
            value: formula,
            format,
            bold: true,
          });
        }
      }
      return { cells: c.map, rules: [], protect: [], charts: [] };
    },
  };
}

/** The three tabs, in order. */
export function reportSpec(o: Options, tickets?: TicketsRef): TabSpec[] {
  validateOptions(o);
  const t = messages(o.language);
  return [monthlyMetrics(o, t, tickets), ticketVolume(o, t, tickets), formulasAndDefinitions(o, t)];
}

/** Calculator inputs a metric has, for tests and docs. */
export function calculatorSize(metric: Metric): number {
  return metric.inputs.length;
}
