/**
 * What a catalogue entry is: a metric's texts, inputs, example, native formula and custom
 * functions; the ids of every metric and of the inputs tab 1 tracks month by month.
 */

export type Unit = 'percent' | 'nps' | 'points' | 'score' | 'money' | 'hours' | 'minutes' | 'count';
/** Which way is good, for conditional formatting against a target. */
export type Direction = 'higher' | 'lower';
/** How a tab-1 input adds up to the year-to-date column. */
export type YearToDate = 'sum' | 'first' | 'last' | 'average';

/** A row in tab 1's Inputs block: a number a team types each month. */
export interface TrackedInput {
  id: TrackedInputId;
  name: string;
  kind: 'count' | 'money' | 'hours' | 'number';
  ytd: YearToDate;
}

export interface FunctionDoc {
  /** Custom function name, as typed in a cell. */
  name: string;
  /** Argument names in order; optional ones in [brackets] with their default. */
  params: string[];
  /** One sentence: what it returns (also the first line of its JSDoc). */
  summary: string;
  /** A formula a user can paste. */
  example: string;
}

export interface CalculatorInput {
  id: string;
  name: string;
  /** Pre-filled with the published worked example. */
  example: number;
  /** A date and time (a spreadsheet serial number), shown as one. */
  datetime?: boolean;
}

export const METRIC_IDS = [
  'nps',
  'nps_moe',
  'nps_change',
  'csat',
  'csat_change',
  'csat_average',
  'ces',
  'ces_percent',
  'response_rate',
  'crr',
  'churn',
  'cac',
  'clv',
  'clv_historical',
  'referral_rate',
  'frt',
  'response_time',
  'resolution_time',
  'business_hours',
  'aht',
  'avg_wait',
  'service_level',
  'fcr',
  'resolution_rate',
  'abandon_rate',
  'ticket_volume',
  'backlog',
  'reopen_rate',
  'one_touch_rate',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export const TRACKED_INPUT_IDS = [
  'promoters',
  'passives',
  'detractors',
  'csat_satisfied',
  'csat_responses',
  'surveys_offered',
  'ces_sum',
  'ces_responses',
  'customers_start',
  'customers_end',
  'customers_new',
  'customers_lost',
  'spend',
  'customers_acquired',
  'avg_purchase',
  'purchase_frequency',
  'lifespan',
  'frt_hours',
  'frt_tickets',
  'resolution_hours',
  'open_start',
  'tickets_created',
  'tickets_resolved',
  'tickets_first_contact',
] as const;
export type TrackedInputId = (typeof TRACKED_INPUT_IDS)[number];

export interface Metric {
  id: MetricId;
  name: string;
  definition: string;
  /** The formula in words and symbols, as shown in tab 3. */
  formula: string;
  unit: Unit;
  direction: Direction;
  /** Which guide defines it, and any correction we make to it. */
  source: string;
  inputs: CalculatorInput[];
  /** The worked example's result for `inputs[].example`. */
  example: number;
  /** The math, from src/metrics, over the inputs by id. */
  compute: (v: Record<string, number>) => number;
  /**
   * The native Sheets formula over the inputs: `{id}` stands for an input's cell.
   * `nonzero` lists expressions that must not be 0 (otherwise the cell shows blank).
   */
  native: { expr: string; nonzero: string[] };
  /** Present when the metric is tracked month by month in tab 1: input id → tab-1 input id. */
  tracked?: Record<string, TrackedInputId>;
  /** The custom functions that compute it from raw data. */
  functions: FunctionDoc[];
  /**
   * A change between two periods (tab 3 shows it as a calculator of its own: change, margin
   * of error, p-value and a verdict in words).
   */
  change?: 'nps' | 'csat';
}

export const TRACKED_INPUTS: TrackedInput[] = [
  { id: 'promoters', name: 'NPS promoters (9–10)', kind: 'count', ytd: 'sum' },
  { id: 'passives', name: 'NPS passives (7–8)', kind: 'count', ytd: 'sum' },
  { id: 'detractors', name: 'NPS detractors (0–6)', kind: 'count', ytd: 'sum' },
  { id: 'csat_satisfied', name: 'CSAT satisfied answers (4–5 of 5)', kind: 'count', ytd: 'sum' },
  { id: 'csat_responses', name: 'CSAT responses', kind: 'count', ytd: 'sum' },
  { id: 'surveys_offered', name: 'CSAT surveys sent', kind: 'count', ytd: 'sum' },
  { id: 'ces_sum', name: 'CES sum of scores (1–7)', kind: 'count', ytd: 'sum' },
  { id: 'ces_responses', name: 'CES responses', kind: 'count', ytd: 'sum' },
  { id: 'customers_start', name: 'Customers at start (S)', kind: 'count', ytd: 'first' },
  { id: 'customers_end', name: 'Customers at end (E)', kind: 'count', ytd: 'last' },
  { id: 'customers_new', name: 'New customers (N)', kind: 'count', ytd: 'sum' },
  { id: 'customers_lost', name: 'Customers lost', kind: 'count', ytd: 'sum' },
  { id: 'spend', name: 'Sales and marketing spend', kind: 'money', ytd: 'sum' },
  { id: 'customers_acquired', name: 'Customers acquired', kind: 'count', ytd: 'sum' },
  { id: 'avg_purchase', name: 'Average purchase value', kind: 'money', ytd: 'average' },
  {
    id: 'purchase_frequency',
    name: 'Purchases per customer per year',
    kind: 'number',
    ytd: 'average',
  },
  { id: 'lifespan', name: 'Customer lifespan (years)', kind: 'number', ytd: 'average' },
  { id: 'frt_hours', name: 'First-response time, total (hours)', kind: 'hours', ytd: 'sum' },
  { id: 'frt_tickets', name: 'Tickets with a first reply', kind: 'count', ytd: 'sum' },
  { id: 'resolution_hours', name: 'Resolution time, total (hours)', kind: 'hours', ytd: 'sum' },
  { id: 'open_start', name: 'Open tickets at start', kind: 'count', ytd: 'first' },
  { id: 'tickets_created', name: 'Tickets created', kind: 'count', ytd: 'sum' },
  { id: 'tickets_resolved', name: 'Tickets resolved', kind: 'count', ytd: 'sum' },
  { id: 'tickets_first_contact', name: 'Resolved on first contact', kind: 'count', ytd: 'sum' },
];
