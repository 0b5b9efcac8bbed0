/**
 * Every native formula of the report is rendered here, in canonical en-US syntax (the
 * syntax Apps Script's setValues expects whatever the spreadsheet's locale): commas between
 * arguments and no decimal literals, so nothing a comma-decimal locale could misread. Only
 * native functions that Sheets, Excel, LibreOffice and HyperFormula share: IF, OR, AND, NOT,
 * COUNT, COUNTIFS, SUM, SUMIFS, ISNUMBER, ISBLANK, INT, SQRT, NORMSINV, DATE, CHAR, MEDIAN,
 * PERCENTILE. The medians and percentiles filter with IF over whole columns, which needs an
 * array formula: ARRAYFORMULA(…) in Sheets, which Excel and LibreOffice read as {=…} (the
 * .xlsx writer of the tests writes it so).
 *
 * Month ranges come as lists of ranges ("E5:G5", "I5:P5"): the month columns in runs, so a
 * column the user inserted between two months is never counted.
 */
import type { Metric, YearToDate } from '../catalogue';

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A1 range of a block. */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

/**
 * A sheet name as Sheets writes it in formulas: bare when it is a plain word that cannot be
 * read as a cell (Data, KPIs), otherwise quoted with ' doubled ('Monthly metrics').
 */
export function quoteSheet(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A whole column of a sheet, absolute: 'Tickets'!$D:$D (the name always quoted). */
export const columnRange = (sheet: string, letter: string): string =>
  `'${sheet.replace(/'/g, "''")}'!$${letter}:$${letter}`;

/**
 * A column's rows 1 to `last` (the header among them), absolute: 'Tickets'!$D$1:$D$1001; the
 * whole column when `last` is unknown. For array formulas, whose cost is their range's size:
 * in an .xlsx a whole column is a million rows to LibreOffice and Excel.
 */
export const boundedRange = (sheet: string, letter: string, last?: number): string =>
  last === undefined
    ? columnRange(sheet, letter)
    : `'${sheet.replace(/'/g, "''")}'!$${letter}$1:$${letter}$${last}`;

const CELL = /^\$?[A-Z]{1,3}\$?\d+$/;

function substitute(template: string, refs: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_all, id: string) => {
    const ref = refs[id];
    if (!ref) throw new Error(`no cell for input "${id}"`);
    return CELL.test(ref) ? ref : `(${ref})`;
  });
}

/**
 * `IF(missing, "", …)` with the metric's guards: blank while an input is missing, then
 * blank while a divisor is 0. The divisor test is nested, not OR-ed with the first: OR
 * evaluates every argument, and a divisor over a text cell would make it #VALUE!.
 */
function guarded(metric: Metric, refs: Record<string, string>, missing: string): string {
  const zero = metric.native.nonzero.map((z) => `${substitute(z, refs)}=0`);
  const expr = substitute(metric.native.expr, refs);
  const inner = zero.length
    ? `IF(${zero.length === 1 ? zero[0] : `OR(${zero.join(',')})`},"",${expr})`
    : expr;
  return `=IF(${missing},"",${inner})`;
}

/**
 * A metric over input cells: blank while any input is blank (or text) or a divisor is 0, so
 * an unfilled month shows blank instead of #DIV/0! or #VALUE!.
 */
export function metricFormula(metric: Metric, refs: Record<string, string>): string {
  const cells = metric.inputs.map((i) => refs[i.id]);
  return guarded(metric, refs, `COUNT(${cells.join(',')})<${cells.length}`);
}

/** The sum of several terms, as one expression. */
function plus(terms: string[]): string {
  return terms.length === 1 ? terms[0] : `(${terms.join('+')})`;
}

/** Criteria pairs that hold where every range is a number ≥ 0 (text and blanks fail them). */
function filled(ranges: string[]): string {
  return ranges.map((r) => `${r},">=0"`).join(',');
}

/** Value of the first month (in calendar order) whose cells all hold numbers ≥ 0, by nested IFs. */
function firstFilled(valueCells: string[], maskCells: string[][]): string {
  return valueCells.reduceRight(
    (inner, cell, m) => `IF(COUNTIFS(${filled(maskCells[m])})=1,${cell},${inner})`,
    '""',
  );
}

/** Year to date of one input row: sums, averages, or the first/last filled month. */
export function inputYearToDate(how: YearToDate, ranges: string[], monthCells: string[]): string {
  const count = plus(ranges.map((r) => `COUNTIFS(${r},">=0")`));
  const sum = plus(ranges.map((r) => `SUMIFS(${r},${r},">=0")`));
  switch (how) {
    case 'sum':
      return `=IF(${count}=0,"",${sum})`;
    case 'average':
      return `=IF(${count}=0,"",${sum}/${count})`;
    case 'first':
      return `=${firstFilled(
        monthCells,
        monthCells.map((c) => [c]),
      )}`;
    case 'last':
      return `=${firstFilled(
        [...monthCells].reverse(),
        [...monthCells].reverse().map((c) => [c]),
      )}`;
  }
}

/** How many months of an input row hold a number. */
export function monthsFilled(ranges: string[]): string {
  return `=${plus(ranges.map((r) => `COUNTIFS(${r},">=0")`))}`;
}

/** One input of a metric, over the months of the report. */
export interface MetricInputRows {
  how: YearToDate;
  /** The input row's month ranges (runs), same shape for every input of the metric. */
  ranges: string[];
  /** The input row's month cells in calendar order. */
  cells: string[];
}

/**
 * Year to date of a metric over its complete months: those where every one of its inputs
 * holds a number. Counts are summed, the first and last complete months give S and E, and
 * averages are taken over the same months, so a month with one input missing (or text in a
 * cell) never mixes into the ratio. Returns the formula and the count of months it covers.
 */
export function metricYearToDate(
  metric: Metric,
  inputs: Record<string, MetricInputRows>,
): { formula: string; months: string } {
  const ids = metric.inputs.map((i) => i.id);
  const runs = inputs[ids[0]].ranges.length;
  const mask = (run: number) => filled(ids.map((id) => inputs[id].ranges[run]));
  const monthMask = (m: number) => ids.map((id) => inputs[id].cells[m]);
  const months = inputs[ids[0]].cells.length;
  const count = plus(Array.from({ length: runs }, (_x, run) => `COUNTIFS(${mask(run)})`));
  const refs: Record<string, string> = {};
  for (const id of ids) {
    const x = inputs[id];
    const sum = plus(x.ranges.map((r, run) => `SUMIFS(${r},${mask(run)})`));
    const order = Array.from({ length: months }, (_y, m) => m);
    const pick = (ms: number[]) =>
      firstFilled(
        ms.map((m) => x.cells[m]),
        ms.map(monthMask),
      );
    refs[id] =
      x.how === 'sum'
        ? sum
        : x.how === 'average'
          ? `${sum}/${count}`
          : x.how === 'first'
            ? pick(order)
            : pick([...order].reverse());
  }
  return { formula: guarded(metric, refs, `${count}=0`), months: `=${count}` };
}

/** a − b, blank unless both are numbers. */
export function differenceFormula(a: string, b: string): string {
  return `=IF(COUNT(${a},${b})<2,"",${a}-${b})`;
}

/** Sum of ranges, blank when they hold no number. */
export function totalFormula(ranges: string[]): string {
  const list = ranges.join(',');
  return `=IF(COUNT(${list})=0,"",SUM(${list}))`;
}

/** part / whole × 100, blank when either is blank or the whole is 0. */
export function shareFormula(part: string, whole: string): string {
  return `=IF(OR(COUNT(${part},${whole})<2,${whole}=0),"",${part}/${whole}*100)`;
}

/** The marks of tab 1's "good when" column; the conditional formats read them. */
export const UP = '↑';
export const DOWN = '↓';

/**
 * Conditional-format test, written for the first cell of the rule's first range (Sheets
 * shifts relative references across its ranges; `$` columns stay): the cell meets (or
 * misses) the row's target, in the direction its ↑/↓ cell gives.
 */
export function targetTest(
  cell: string,
  target: string,
  direction: string,
  meets: boolean,
): string {
  const ok = `IF(${direction}="${DOWN}",${cell}<=${target},${cell}>=${target})`;
  return `=AND(ISNUMBER(${cell}),ISNUMBER(${target}),${meets ? ok : `NOT(${ok})`})`;
}

/** Conditional-format test for an input cell that holds something that is not a number. */
export function notNumberTest(cell: string): string {
  return `=AND(NOT(ISBLANK(${cell})),NOT(ISNUMBER(${cell})))`;
}

/** Validation formula for an input cell: blank, or a number ≥ 0 (whole for counts). */
export function inputRule(cell: string, whole: boolean): string {
  return whole
    ? `=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0,${cell}=INT(${cell})))`
    : `=OR(ISBLANK(${cell}),AND(ISNUMBER(${cell}),${cell}>=0))`;
}

/** Cells of one period's NPS counts. */
export interface NpsCells {
  promoters: string;
  passives: string;
  detractors: string;
}

/** Cells of one period's CSAT counts. */
export interface CsatCells {
  satisfied: string;
  responses: string;
}

/** The change statistics as native formulas: change, margin of error and p-value. */
export interface ChangeFormulas {
  change: string;
  margin: string;
  pValue: string;
}

/**
 * Change, margin and p-value over expressions: `parts` are the two periods' (value, variance,
 * count) expressions, `cells` every count cell (all must be numbers), `conf` the confidence.
 * Blank while a count is missing or a period has no responses. NORMDIST(…,0,1,TRUE()) is
 * the standard normal distribution in Sheets, Excel, LibreOffice and HyperFormula alike.
 */
function changeFormulas(
  before: { value: string; variance: string; n: string },
  after: { value: string; variance: string; n: string },
  cells: string[],
  conf: string,
): ChangeFormulas {
  const change = `(${after.value}-${before.value})`;
  const se = `SQRT(${before.variance}+${after.variance})*100`;
  const wrap = (expr: string) =>
    `=IF(COUNT(${cells.join(',')})<${cells.length},"",IF(OR(${before.n}=0,${after.n}=0),"",${expr}))`;
  return {
    change: wrap(change),
    margin: wrap(`NORMSINV((1+${conf})/2)*${se}`),
    pValue: wrap(
      `IF(${se}=0,IF(${change}=0,1,0),2*(1-NORMDIST(ABS(${change})/(${se}),0,1,TRUE())))`,
    ),
  };
}

function npsPeriod(c: NpsCells): { value: string; variance: string; n: string } {
  const n = `(${c.promoters}+${c.passives}+${c.detractors})`;
  const p = `${c.promoters}/${n}`;
  const d = `${c.detractors}/${n}`;
  return {
    n,
    value: `(${c.promoters}-${c.detractors})/${n}*100`,
    variance: `(${p}+${d}-((${c.promoters}-${c.detractors})/${n})^2)/${n}`,
  };
}

function csatPeriod(c: CsatCells): { value: string; variance: string; n: string } {
  const s = `${c.satisfied}/${c.responses}`;
  return { n: c.responses, value: `${s}*100`, variance: `${s}*(1-${s})/${c.responses}` };
}

/** NPS change from one period's counts to another's, as in src/metrics/change.ts. */
export function npsChangeFormulas(before: NpsCells, after: NpsCells, conf: string): ChangeFormulas {
  return changeFormulas(
    npsPeriod(before),
    npsPeriod(after),
    [...Object.values(before), ...Object.values(after)],
    conf,
  );
}

/** CSAT change from one period's counts to another's, as in src/metrics/change.ts. */
export function csatChangeFormulas(
  before: CsatCells,
  after: CsatCells,
  conf: string,
): ChangeFormulas {
  return changeFormulas(
    csatPeriod(before),
    csatPeriod(after),
    [...Object.values(before), ...Object.values(after)],
    conf,
  );
}

/** Conditional-format test: a change beyond its margin, up (or down). */
export function beyondNoise(change: string, margin: string, up: boolean): string {
  return `=AND(ISNUMBER(${change}),ISNUMBER(${margin}),${up ? '' : '-'}${change}>${margin})`;
}

/** Where the report finds the Tickets tab: its name now and its columns' letters. */
export interface TicketsRef {
  sheet: string;
  cols: Partial<Record<TicketColumn, string>>;
  /** Time inputs from the business-hours columns (when the export had them). */
  business: boolean;
  /** The most frequent categories and channels of the report's tickets, in the file's words. */
  categories: string[];
  channels: string[];
  /** The Team tab's agents and groups, most tickets solved in the report's year first. */
  agents?: string[];
  groups?: string[];
  /** The latest month of the report with a ticket solved ("2026-11"), for the Team tab. */
  latestSolved?: string;
  /** The SLA tab's priorities, urgent first (src/report/sla.ts byRank). */
  priorities?: string[];
  /** The latest month of the report with a ticket created, the SLA tab's first month shown. */
  latestCreated?: string;
  /** The help desks whose exports the tab holds (tab 3 explains how each counts). */
  desks?: HelpDesk[];
  /**
   * The tab's last row when the report was made: the medians' array formulas read rows 1 to
   * it (boundedRange), and show `stale` instead once a ticket lies below it (the tab grew
   * without the report being updated; an import updates the report itself).
   */
  lastRow?: number;
  /** What a median shows then, as a formula's text (textLiteral). */
  stale?: string;
}
export type TicketColumn =
  | 'category'
  | 'channel'
  | 'created'
  | 'solved'
  | 'rating'
  | 'first_contact'
  | 'frt_h'
  | 'resolution_h'
  | 'frt_business_h'
  | 'resolution_business_h'
  | 'reopens'
  | 'survey_offered'
  | 'assignee'
  | 'group'
  | 'priority'
  | 'frt_sla'
  | 'resolution_sla';

export { TICKET_INPUT_IDS, type TicketInputId } from '../tickets/feeds';
import type { HelpDesk } from '../tickets/profiles';
import type { TicketInputId } from '../tickets/feeds';

/**
 * A ticket input of one month as a native formula over the Tickets tab: COUNTIFS/SUMIFS
 * between the month's first midnight and the next month's, in the spreadsheet's zone (the
 * tab's date-times are wall-clock serials in that zone). Undefined when the tab lacks a
 * column the input needs.
 */
export function ticketInputFormula(
  id: TicketInputId,
  ref: TicketsRef,
  year: number,
  month: number,
): string | undefined {
  const col = (k: TicketColumn): string | undefined => {
    const l = ref.cols[k];
    return l && columnRange(ref.sheet, l);
  };
  const start = `DATE(${year},${month},1)`;
  const end = `DATE(${year},${month + 1},1)`;
  const within = (k: TicketColumn): string | undefined => {
    const c = col(k);
    return c && `${c},">="&${start},${c},"<"&${end}`;
  };
  const created = col('created');
  const solved = col('solved');
  const byCreated = within('created');
  const bySolved = within('solved');
  const frt = col(ref.business ? 'frt_business_h' : 'frt_h');
  const res = col(ref.business ? 'resolution_business_h' : 'resolution_h');
  const rating = col('rating');
  const offered = col('survey_offered');
  const fc = col('first_contact');
  switch (id) {
    case 'tickets_created':
      return byCreated && `=COUNTIFS(${byCreated})`;
    case 'tickets_resolved':
      return bySolved && `=COUNTIFS(${bySolved})`;
    case 'open_start':
      return (
        created &&
        solved &&
        `=COUNTIFS(${created},"<"&${start})-COUNTIFS(${created},"<"&${start},${solved},"<"&${start})`
      );
    case 'frt_tickets':
      return byCreated && frt && `=COUNTIFS(${byCreated},${frt},">=0")`;
    case 'frt_hours':
      return byCreated && frt && `=SUMIFS(${frt},${byCreated})`;
    case 'resolution_hours':
      return bySolved && res && `=SUMIFS(${res},${bySolved})`;
    case 'tickets_first_contact':
      return bySolved && fc && `=COUNTIFS(${bySolved},${fc},1)`;
    case 'csat_satisfied':
      return bySolved && rating && `=COUNTIFS(${bySolved},${rating},"Good")`;
    case 'csat_responses':
      return (
        bySolved &&
        rating &&
        `=COUNTIFS(${bySolved},${rating},"Good")+COUNTIFS(${bySolved},${rating},"Bad")`
      );
    case 'surveys_offered':
      return bySolved && offered && `=COUNTIFS(${bySolved},${offered},1)`;
  }
}

/** The time statistics besides the mean that tab 1 and the Team tab show. */
export const ORDER_STATISTICS = ['median', 'p90'] as const;
export type OrderStatistic = (typeof ORDER_STATISTICS)[number];

/**
 * The median or 90th percentile of a time column over the tickets whose `by` date falls in
 * [start, end), as m.quantile computes it (PERCENTILE interpolates like PERCENTILE.INC):
 * `ARRAYFORMULA(IF(COUNTIFS(…)=0,"",MEDIAN(IF(mask,time,""))))`. Blank when no ticket has a
 * time; text and blanks in the time column are left out, as COUNTIFS ">=0" leaves them out.
 * Both date bounds are tested, so a text date (greater than any number) is never in range.
 */
export function orderStatisticFormula(
  statistic: OrderStatistic,
  by: string,
  time: string,
  start: string,
  end: string,
): string {
  return `=ARRAYFORMULA(${orderStatistic(statistic, by, time, start, end)})`;
}

/**
 * The expression inside orderStatisticFormula's ARRAYFORMULA. `who` narrows the tickets
 * further (the Team tab's agent or group): COUNTIFS criteria pairs (`,range,criterion`…)
 * and the same test as factors of the mask (`*(range="name")`…).
 */
export function orderStatistic(
  statistic: OrderStatistic,
  by: string,
  time: string,
  start: string,
  end: string,
  who: { criteria: string; mask: string } = { criteria: '', mask: '' },
  beyond?: { whole: string; stale: string },
): string {
  const count = `COUNTIFS(${by},">="&${start},${by},"<"&${end},${time},">=0"${who.criteria})`;
  const mask = `(${by}>=${start})*(${by}<${end})*ISNUMBER(${time})*(${time}>=0)${who.mask}`;
  const values = `IF(${mask},${time},"")`;
  const value = statistic === 'median' ? `MEDIAN(${values})` : `PERCENTILE(${values},9/10)`;
  const result = `IF(${count}=0,"",${value})`;
  return beyond ? staleBelow(beyond, by, result) : result;
}

/**
 * `expr` over bounded rows `by`, or `beyond.stale` once a date lies below them (the tab grew
 * since the report was made).
 */
export function staleBelow(
  beyond: { whole: string; stale: string },
  by: string,
  expr: string,
): string {
  return `IF(COUNT(${beyond.whole})>COUNT(${by}),${beyond.stale},${expr})`;
}

/**
 * The bounded ranges of a Tickets tab's columns for array formulas, and the guard that says
 * so when tickets lie below them (both undefined-safe: whole columns, no guard).
 */
export function boundedTickets(ref: TicketsRef): {
  range: (letter: string) => string;
  beyond: (letter: string) => { whole: string; stale: string } | undefined;
} {
  return {
    range: (letter) => boundedRange(ref.sheet, letter, ref.lastRow),
    beyond: (letter) =>
      ref.lastRow === undefined || ref.stale === undefined
        ? undefined
        : { whole: columnRange(ref.sheet, letter), stale: ref.stale },
  };
}

/** A text as a formula's string literal, a double quote as CHAR(34) (as criterion writes it). */
export function textLiteral(text: string): string {
  return `"${text.split('"').join('"&CHAR(34)&"')}"`;
}

/** The time statistics tab 1 tracks: first reply by created month, resolution by solved month. */
export const TIME_STATISTIC_ROWS = [
  { metric: 'frt', by: 'created', time: 'frt' },
  { metric: 'resolution_time', by: 'solved', time: 'resolution' },
] as const;
export type TimeStatisticRow = (typeof TIME_STATISTIC_ROWS)[number];

/**
 * A time statistic over the Tickets tab for [start, end) (DATE expressions), from the
 * business-hours columns when the report uses them; undefined when the tab lacks a column.
 */
export function ticketStatisticFormula(
  ref: TicketsRef,
  row: TimeStatisticRow,
  statistic: OrderStatistic,
  start: string,
  end: string,
): string | undefined {
  const timeColumn: TicketColumn =
    row.time === 'frt'
      ? ref.business
        ? 'frt_business_h'
        : 'frt_h'
      : ref.business
        ? 'resolution_business_h'
        : 'resolution_h';
  const by = ref.cols[row.by];
  const time = ref.cols[timeColumn];
  if (!by || !time) return undefined;
  const b = boundedTickets(ref);
  return `=ARRAYFORMULA(${orderStatistic(statistic, b.range(by), b.range(time), start, end, undefined, b.beyond(by))})`;
}

/**
 * A COUNTIFS criterion that matches a text exactly (case-insensitive, as Sheets compares):
 * wildcards escaped with ~, and a double quote as CHAR(34) (HyperFormula does not read "").
 */
export function exactCriterion(text: string): string {
  return criterion('=', text);
}

/** A COUNTIFS criterion that matches every text but this one (as exactCriterion matches it). */
export function otherThanCriterion(text: string): string {
  return criterion('<>', text);
}

/** An operator and a text as a criterion string: wildcards escaped, quotes as CHAR(34). */
function criterion(operator: '=' | '<>', text: string): string {
  return `"${operator}${text.replace(/[~*?]/g, '~$&').split('"').join('"&CHAR(34)&"')}"`;
}

/**
 * Whether a name can be a COUNTIFS criterion that matches it exactly in Sheets, Excel,
 * LibreOffice and HyperFormula alike: not blank, no leading = < > (read as comparisons), not
 * a number or TRUE/FALSE (matched as values, not text). Other names count under Other.
 */
export function listable(name: string): boolean {
  return (
    name !== '' &&
    !/^[=<>]/.test(name) &&
    !/^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?%?\s*$/i.test(name) &&
    !/^(true|false)$/i.test(name)
  );
}

/**
 * Tickets created in a month whose `column` (category or channel) is `name`; with `name`
 * undefined, all tickets created in the month.
 */
export function ticketCountFormula(
  ref: TicketsRef,
  column: 'category' | 'channel',
  name: string | undefined,
  year: number,
  month: number,
): string | undefined {
  const letter = ref.cols.created;
  const by = ref.cols[column];
  if (!letter || (name !== undefined && !by)) return undefined;
  const created = columnRange(ref.sheet, letter);
  const within = `${created},">="&DATE(${year},${month},1),${created},"<"&DATE(${year},${month + 1},1)`;
  if (name === undefined) return `COUNTIFS(${within})`;
  return by && `COUNTIFS(${within},${columnRange(ref.sheet, by)},${exactCriterion(name)})`;
}
