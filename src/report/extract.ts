/**
 * The report's ticket numbers from a BigQuery extract (DESIGN §8) instead of the Tickets tab:
 * a sheet of the monthly statement's rows (month, then the nine ticket inputs by their report
 * names) and, when there are, a sheet of the breakdown's (month, dimension, name, tickets) and
 * one of the team statement's (the Team tab's sums per month, dimension and name; its lookups
 * are in src/report/team-formulas.ts). All are found by their header row. Every number is a
 * lookup by month (and dimension and name), in the canonical syntax of src/report/formulas.ts;
 * a month the extract lacks is blank.
 */
import { STATEMENT_INPUT_IDS, TEAM_MEASURE_IDS, type TicketInputId } from '../tickets/feeds';
import { columnLetters, columnRange as range, exactCriterion } from './formulas';
import type { Cell } from './gas';

export const MONTHLY_HEADERS = ['month', ...STATEMENT_INPUT_IDS] as const;
export const BREAKDOWN_HEADERS = ['month', 'dimension', 'name', 'tickets'] as const;
/** The team statement's columns: the Team tab's sums per month, dimension and name. */
export const TEAM_HEADERS = [
  'month',
  'month_start',
  'dimension',
  'name',
  ...TEAM_MEASURE_IDS,
  'target_hours',
] as const;
export type TeamHeader = (typeof TEAM_HEADERS)[number];

export interface ExtractRef {
  /** The monthly extract: its name and the letters of its columns, by header. */
  monthly: { sheet: string; cols: Partial<Record<(typeof MONTHLY_HEADERS)[number], string>> };
  /** The breakdown extract, and the names it gives most tickets in the report's period. */
  breakdown?: {
    sheet: string;
    cols: Record<(typeof BREAKDOWN_HEADERS)[number], string>;
    categories: string[];
    channels: string[];
  };
  /** The team extract, its agents and groups most tickets solved first, its latest month. */
  team?: {
    sheet: string;
    cols: Partial<Record<TeamHeader, string>>;
    agents: string[];
    groups: string[];
    latestSolved?: string;
  };
}

const plain = (h: Cell) =>
  String(h ?? '')
    .trim()
    .toLowerCase();

/** The letters of the columns a header row names (the first of each), or null without `month`. */
export function extractColumns<K extends string>(
  header: Cell[],
  wanted: readonly K[],
): Partial<Record<K, string>> | null {
  const cols: Partial<Record<K, string>> = {};
  header.forEach((h, i) => {
    const key = plain(h) as K;
    if (wanted.includes(key) && cols[key] === undefined) cols[key] = columnLetters(i + 1);
  });
  return cols['month' as K] ? cols : null;
}

/** Whether a header row is a team extract's (per month, dimension and name, solved tickets). */
export const isTeamHeader = (header: Cell[]): boolean => {
  const cols = extractColumns(header, TEAM_HEADERS);
  return !!cols && (['month_start', 'dimension', 'name', 'solved'] as const).every((k) => cols[k]);
};

/** Whether a header row is a monthly extract's (month and a ticket input, no dimension). */
export const isMonthlyHeader = (header: Cell[]): boolean => {
  const cols = extractColumns(header, MONTHLY_HEADERS);
  return (
    !!cols &&
    STATEMENT_INPUT_IDS.some((id) => cols[id]) &&
    !header.some((h) => plain(h) === 'dimension')
  );
};

/** Whether a header row is a breakdown extract's. */
export const isBreakdownHeader = (header: Cell[]): boolean => {
  const cols = extractColumns(header, BREAKDOWN_HEADERS);
  return !!cols && BREAKDOWN_HEADERS.every((k) => cols[k]);
};

const monthKey = (y: number, m: number) => `"${y}-${String(m).padStart(2, '0')}"`;

/** A ticket input of one month from the monthly extract; undefined when it lacks the column. */
export function extractInputFormula(
  id: TicketInputId,
  ref: ExtractRef,
  year: number,
  month: number,
): string | undefined {
  const { sheet, cols } = ref.monthly;
  // The statement has no surveys offered (DESIGN §8): that input stays typed.
  const value = (cols as Partial<Record<string, string>>)[id];
  if (!value || !cols.month) return undefined;
  const months = range(sheet, cols.month);
  const key = monthKey(year, month);
  return `=IF(COUNTIFS(${months},${key})=0,"",SUMIFS(${range(sheet, value)},${months},${key}))`;
}

/**
 * Tickets of one month with a category or channel `name` from the breakdown extract; with
 * `name` undefined, every ticket created in the month (the monthly extract's tickets created).
 * Undefined when the extract lacks what it needs.
 */
export function extractCountFormula(
  ref: ExtractRef,
  dimension: 'category' | 'channel',
  name: string | undefined,
  year: number,
  month: number,
): string | undefined {
  const key = monthKey(year, month);
  if (name === undefined) {
    const { sheet, cols } = ref.monthly;
    if (!cols.month || !cols.tickets_created) return undefined;
    return `SUMIFS(${range(sheet, cols.tickets_created)},${range(sheet, cols.month)},${key})`;
  }
  const b = ref.breakdown;
  if (!b) return undefined;
  return `SUMIFS(${range(b.sheet, b.cols.tickets)},${range(b.sheet, b.cols.month)},${key},${range(b.sheet, b.cols.dimension)},"${dimension}",${range(b.sheet, b.cols.name)},${exactCriterion(name)})`;
}
