/**
 * The Team tab's native formulas (DESIGN §7), in the canonical syntax of src/report/formulas.ts:
 * each figure of one row (an agent, a group, Others or every ticket) over the tickets solved
 * in a period, from the same sums (TEAM_MEASURE_IDS): COUNTIFS and SUMIFS over the Tickets tab
 * with exact-match criteria, or SUMIFS over a BigQuery team extract's rows (DESIGN §8).
 */
import type { TeamColumnId } from '../catalogue';
import { TEAM_MEASURE_IDS, type TeamMeasureId } from '../tickets/feeds';
import type { TeamHeader } from './extract';
import type { ChosenPeriod } from './month-choice';
import {
  boundedTickets,
  columnRange as range,
  exactCriterion,
  orderStatistic,
  otherThanCriterion,
  staleBelow,
  textLiteral,
  type OrderStatistic,
  type TicketColumn,
  type TicketsRef,
} from './formulas';

/** The cells of a figure row: a percentage's count sits in `${id}_n`. */
export type TeamFigure = TeamColumnId | 'within_n' | 'csat_n' | 'one_touch_n' | 'reopened_n';
export const TEAM_FIGURES: TeamFigure[] = [
  'solved',
  'frt',
  'frt_median',
  'frt_p90',
  'resolution',
  'resolution_median',
  'resolution_p90',
  'within',
  'within_n',
  'csat',
  'csat_n',
  'one_touch',
  'one_touch_n',
  'reopened',
  'reopened_n',
];

/** The Team tab's figures that are order statistics of the tickets' times. */
type OrderFigure = 'frt_median' | 'frt_p90' | 'resolution_median' | 'resolution_p90';

/** Which tickets a row counts: one name, every name but the listed ones, or all of them. */
export type TeamRow =
  | { kind: 'name'; column: 'assignee' | 'group'; name: string }
  | { kind: 'others'; column: 'assignee' | 'group'; listed: string[] }
  | { kind: 'all'; column: 'assignee' | 'group' };

/** Where the figures come from: the Tickets tab's rows, or a team extract's sums (DESIGN §8). */
export type TeamSource =
  | { kind: 'tickets'; ref: TicketsRef }
  | { kind: 'extract'; sheet: string; cols: Partial<Record<TeamHeader, string>> };

/** The chosen month or the year to date (src/report/month-choice.ts). */
export type TeamPeriod = ChosenPeriod;

/** A row's sums over a period (expressions), and when the within-target count may be shown. */
interface Measures {
  sums: Partial<Record<TeamMeasureId, string>>;
  /** An expression true when the count within target is for the tab's target. */
  targetOk?: string;
  /**
   * Medians and 90th percentiles (the Tickets tab's rows only: an extract's sums hold none),
   * each an ARRAYFORMULA's inner expression.
   */
  medians?: Partial<Record<OrderFigure, string>>;
  /** The others row's guard: its figures read bounded rows (ticketMeasures). */
  guard?: (expr: string) => string;
}

/** The sums as COUNTIFS and SUMIFS over the Tickets tab with exact-match criteria. */
function ticketMeasures(
  ref: TicketsRef,
  row: TeamRow,
  period: TeamPeriod,
  target: string,
): Measures {
  const col = (k: TicketColumn): string | undefined => {
    const l = ref.cols[k];
    return l && range(ref.sheet, l);
  };
  const sums: Measures['sums'] = {};
  const solved = col('solved');
  if (!solved) return { sums };
  // Who as COUNTIFS criteria and, for the medians (over bounded rows, boundedTickets), as
  // the same criteria and as the same tests by = and <> (both compare text without case, and
  // neither trims).
  const b = boundedTickets(ref);
  let who = '';
  let whoBounded = '';
  let mask = '';
  if (row.kind !== 'all') {
    const letter = ref.cols[row.column];
    const by = col(row.column);
    if (row.kind === 'name') {
      if (!by || !letter) return { sums };
      who = `,${by},${exactCriterion(row.name)}`;
      whoBounded = `,${b.range(letter)},${exactCriterion(row.name)}`;
      mask = `*(${b.range(letter)}=${textLiteral(row.name)})`;
    } else if (by && letter) {
      // Every name but the listed ones over the tab's rows when the report was made: a <>
      // criterion matches blank cells too, so over whole columns an engine tests all million
      // rows once per name (LibreOffice: 11 s for this row over 10 000 tickets). Guarded as
      // the medians are (stale once a ticket lies below them).
      whoBounded = row.listed
        .map((name) => `,${b.range(letter)},${otherThanCriterion(name)}`)
        .join('');
      who = whoBounded;
      mask = row.listed.map((name) => `*(${b.range(letter)}<>${textLiteral(name)})`).join('');
    }
  }
  const medians: Measures['medians'] = {};
  const solvedLetter = ref.cols.solved!;
  const beyond = b.beyond(solvedLetter);
  const ordered = (statistic: OrderStatistic, k: TicketColumn) =>
    orderStatistic(
      statistic,
      b.range(solvedLetter),
      b.range(ref.cols[k]!),
      period.from,
      period.to,
      { criteria: whoBounded, mask },
      beyond,
    );
  // The others row reads bounded rows only (see above); every other row whole columns.
  const bounded = row.kind === 'others' && who !== '';
  const of = (k: TicketColumn): string | undefined =>
    bounded ? ref.cols[k] && b.range(ref.cols[k]) : col(k);
  const within = of('solved')!;
  const when = `${within},">="&${period.from},${within},"<"&${period.to}`;
  const guard = bounded && beyond ? (expr: string) => staleBelow(beyond, within, expr) : undefined;
  const count = (extra = '') => `COUNTIFS(${when}${who}${extra})`;
  const sum = (r: string) => `SUMIFS(${r},${when}${who})`;
  sums.solved = count();
  const frtKey = ref.business ? 'frt_business_h' : 'frt_h';
  const frt = of(frtKey);
  if (frt) {
    sums.frt_tickets = count(`,${frt},">=0"`);
    sums.frt_hours = sum(frt);
    sums.frt_within_target = count(`,${frt},"<="&${target}`);
    medians.frt_median = ordered('median', frtKey);
    medians.frt_p90 = ordered('p90', frtKey);
  }
  const resKey = ref.business ? 'resolution_business_h' : 'resolution_h';
  const res = of(resKey);
  if (res) {
    sums.resolution_tickets = count(`,${res},">=0"`);
    sums.resolution_hours = sum(res);
    medians.resolution_median = ordered('median', resKey);
    medians.resolution_p90 = ordered('p90', resKey);
  }
  const rating = of('rating');
  if (rating) {
    sums.csat_satisfied = count(`,${rating},"Good"`);
    sums.csat_responses = `${sums.csat_satisfied}+${count(`,${rating},"Bad"`)}`;
  }
  const fc = of('first_contact');
  if (fc) {
    sums.one_touch_known = count(`,${fc},">=0"`);
    sums.one_touch = count(`,${fc},1`);
  }
  const reopens = of('reopens');
  if (reopens) {
    sums.reopened_known = count(`,${reopens},">=0"`);
    sums.reopened = count(`,${reopens},">0"`);
  }
  return { sums, medians, guard };
}

/**
 * The sums as SUMIFS over a team extract's rows of the period (by their month_start date) and
 * the row's dimension and names, the same criteria as over the Tickets tab. The count within
 * target is the statement's: shown only while the tab's target is the one it counted within.
 */
function extractMeasures(
  source: Extract<TeamSource, { kind: 'extract' }>,
  row: TeamRow,
  period: TeamPeriod,
  target: string,
): Measures {
  const { sheet, cols } = source;
  const sums: Measures['sums'] = {};
  if (!cols.month_start || !cols.dimension || !cols.name) return { sums };
  const at = (l: string) => range(sheet, l);
  const starts = at(cols.month_start);
  const names = at(cols.name);
  let who = `,${at(cols.dimension)},"${row.column}"`;
  if (row.kind === 'name') who += `,${names},${exactCriterion(row.name)}`;
  if (row.kind === 'others')
    who += row.listed.map((name) => `,${names},${otherThanCriterion(name)}`).join('');
  const when = `${starts},">="&${period.from},${starts},"<"&${period.to}`;
  for (const id of TEAM_MEASURE_IDS) {
    const l = cols[id];
    if (l) sums[id] = `SUMIFS(${at(l)},${when}${who})`;
  }
  const t = cols.target_hours && at(cols.target_hours);
  return { sums, targetOk: t ? `AND(MIN(${t})=${target},MAX(${t})=${target})` : 'FALSE' };
}

/**
 * The formulas of one row for one period. `cell(id)` is the A1 reference of the row's own
 * cell of a figure (a percentage divides by its count cell); `target` is the first-reply
 * target in hours. A figure its source cannot give, or any without a source, is '' (blank).
 */
export function teamRowFormulas(
  source: TeamSource | undefined,
  row: TeamRow,
  period: TeamPeriod,
  target: string,
  cell: (id: TeamFigure) => string,
): Record<TeamFigure, string> {
  const {
    sums: m,
    targetOk,
    medians = {},
    guard,
  }: Measures = !source
    ? { sums: {} }
    : source.kind === 'tickets'
      ? ticketMeasures(source.ref, row, period, target)
      : extractMeasures(source, row, period, target);
  const out = Object.fromEntries(TEAM_FIGURES.map((f) => [f, ''])) as Record<TeamFigure, string>;
  if (!m.solved) return out;
  const ifChosen = (expr: string) => `=IF(COUNT(${period.chosen})=0,"",${expr})`;
  /** part / the count cell × 100, blank while the count is blank or 0. */
  const share = (n: string, part: string) => `=IF(COUNT(${n})=0,"",IF(${n}=0,"",${part}/${n}*100))`;
  out.solved = ifChosen(m.solved);
  if (m.frt_tickets) {
    const n = cell('within_n');
    out.within_n = ifChosen(m.frt_tickets);
    if (m.frt_hours) out.frt = `=IF(COUNT(${n})=0,"",IF(${n}=0,"",${m.frt_hours}/${n}))`;
    if (m.frt_within_target) {
      const pct = `${m.frt_within_target}/${n}*100`;
      out.within = `=IF(COUNT(${n},${target})<2,"",IF(${n}=0,"",${targetOk ? `IF(${targetOk},${pct},"")` : pct}))`;
    }
  }
  if (m.resolution_tickets && m.resolution_hours) {
    const n = m.resolution_tickets;
    out.resolution = ifChosen(`IF(${n}=0,"",${m.resolution_hours}/${n})`);
  }
  // Blank without a chosen month, as every figure is; an array formula for Sheets' sake.
  for (const [figure, inner] of Object.entries(medians) as [OrderFigure, string][])
    out[figure] = `=ARRAYFORMULA(IF(COUNT(${period.chosen})=0,"",${inner}))`;
  if (m.csat_responses && m.csat_satisfied) {
    out.csat_n = ifChosen(m.csat_responses);
    out.csat = share(cell('csat_n'), m.csat_satisfied);
  }
  if (m.one_touch_known && m.one_touch) {
    out.one_touch_n = ifChosen(m.one_touch_known);
    out.one_touch = share(cell('one_touch_n'), m.one_touch);
  }
  if (m.reopened_known && m.reopened) {
    out.reopened_n = ifChosen(m.reopened_known);
    out.reopened = share(cell('reopened_n'), m.reopened);
  }
  if (guard)
    for (const f of TEAM_FIGURES)
      if (out[f] && !out[f].startsWith('=ARRAYFORMULA(')) out[f] = `=${guard(out[f].slice(1))}`;
  return out;
}

/**
 * The Team tab's note beside the target while it reads an extract counted within another
 * target: `words` (a message) with the extract's hours for `{hours}`; blank otherwise.
 */
export function targetNoteFormula(
  source: Extract<TeamSource, { kind: 'extract' }>,
  target: string,
  words: string,
): string {
  const l = source.cols.target_hours;
  if (!l) return '';
  const t = range(source.sheet, l);
  const text = words
    .split('{hours}')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join(`&MAX(${t})&`);
  return `=IF(COUNT(${t})=0,"",IF(AND(MIN(${t})=${target},MAX(${t})=${target}),"",${text}))`;
}
