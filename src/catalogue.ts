/**
 * The metric catalogue: one entry per metric. The single source of truth for the custom
 * functions' docs (checked by test/unit/catalogue.test.ts), tab 1 and tab 3 of the report,
 * the sidebar's Functions help and the README's tables. Texts here are English; other
 * languages translate names and definitions by metric id in src/i18n.
 */
import * as m from './metrics';

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

const scores = (fn: string, extra = '') => `=${fn}(B2:B500${extra})`;

/** Monday 5 January 2026, 08:00, as a spreadsheet serial number (days since 1899-12-30). */
const MONDAY_8 = 46027 + 8 / 24;

export const METRICS: Metric[] = [
  {
    id: 'nps',
    name: 'Net Promoter Score (NPS)',
    definition:
      'How likely customers are to recommend you, asked on a 0–10 scale. Promoters answer 9–10, passives 7–8, detractors 0–6.',
    formula: 'NPS = % promoters − % detractors (from −100 to 100)',
    unit: 'nps',
    direction: 'higher',
    source:
      "Slovenian, Russian, Romanian and Finnish guides; the Chinese guide has none. The example (70 % − 10 % = 60) is the Russian guide's. The Finnish guide gives the scale as 1–10; it is 0–10.",
    inputs: [
      { id: 'promoters', name: 'Promoters (9–10)', example: 70 },
      { id: 'passives', name: 'Passives (7–8)', example: 20 },
      { id: 'detractors', name: 'Detractors (0–6)', example: 10 },
    ],
    example: 60,
    compute: (v) => m.npsFromCounts(v.promoters, v.passives, v.detractors),
    native: {
      expr: '({promoters}-{detractors})/({promoters}+{passives}+{detractors})*100',
      nonzero: ['{promoters}+{passives}+{detractors}'],
    },
    tracked: { promoters: 'promoters', passives: 'passives', detractors: 'detractors' },
    functions: [
      {
        name: 'NPS',
        params: ['scores'],
        summary:
          'Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to 100.',
        example: scores('NPS'),
      },
      {
        name: 'NPS_CATEGORY',
        params: ['scores'],
        summary:
          'Promoter, Passive or Detractor for each 0–10 answer, in the same shape; a blank stays blank.',
        example: scores('NPS_CATEGORY'),
      },
      {
        name: 'NPS_BREAKDOWN',
        params: ['scores'],
        summary:
          'Spills a 3×6 table: promoters, passives, detractors, responses, ignored cells and NPS, as counts and as shares.',
        example: scores('NPS_BREAKDOWN'),
      },
    ],
  },
  {
    id: 'nps_moe',
    name: 'NPS margin of error',
    definition:
      'How far the true NPS may lie from the measured one, in points, given how many people answered. Small samples give wide margins.',
    formula:
      'MOE = z × √((p + d − (p − d)²) / n) × 100, with p, d the promoter and detractor shares and n responses',
    unit: 'points',
    direction: 'lower',
    source:
      'Standard error of a difference of proportions; not in the guides, added so small samples are read with care.',
    inputs: [
      { id: 'promoters', name: 'Promoters (9–10)', example: 70 },
      { id: 'passives', name: 'Passives (7–8)', example: 20 },
      { id: 'detractors', name: 'Detractors (0–6)', example: 10 },
      { id: 'confidence', name: 'Confidence (e.g. 0.95)', example: 0.95 },
    ],
    example: 13.00093027865858,
    compute: (v) => m.npsMarginOfError(v as unknown as m.NpsCounts, v.confidence),
    native: {
      expr: 'NORMSINV((1+{confidence})/2)*SQRT(({promoters}+{detractors})/({promoters}+{passives}+{detractors})-(({promoters}-{detractors})/({promoters}+{passives}+{detractors}))^2)/SQRT({promoters}+{passives}+{detractors})*100',
      nonzero: ['{promoters}+{passives}+{detractors}'],
    },
    functions: [
      {
        name: 'NPS_MOE',
        params: ['scores', '[confidence=0.95]'],
        summary: 'Margin of error of the NPS of 0–10 answers, in points, at the given confidence.',
        example: scores('NPS_MOE', ', 0.95'),
      },
    ],
  },
  {
    id: 'nps_change',
    name: 'Is the NPS change real?',
    definition:
      'Whether a change in NPS between two periods is larger than chance would make it, given how many people answered each time. With a few hundred answers a month, NPS moves by several points by chance alone.',
    formula:
      'Change = NPS₂ − NPS₁; margin = z × √(v₁ + v₂) × 100 with v = (p + d − (p − d)²) / n; p-value = 2 × (1 − Φ(|change| / (√(v₁ + v₂) × 100)))',
    unit: 'points',
    direction: 'higher',
    source:
      'Not in the five guides; the two-sample test on the NPS variance that NPS_MOE uses for one period. Worked example ours: 160/84/36 then 136/85/59 of 280 answers is −16.8 ± 12.4 points (p ≈ 0.008): a real fall.',
    inputs: [
      { id: 'promoters1', name: 'Promoters, earlier period', example: 160 },
      { id: 'passives1', name: 'Passives, earlier period', example: 84 },
      { id: 'detractors1', name: 'Detractors, earlier period', example: 36 },
      { id: 'promoters2', name: 'Promoters, later period', example: 136 },
      { id: 'passives2', name: 'Passives, later period', example: 85 },
      { id: 'detractors2', name: 'Detractors, later period', example: 59 },
      { id: 'confidence', name: 'Confidence (e.g. 0.95)', example: 0.95 },
    ],
    example: -16.78571428571428,
    compute: (v) =>
      m.npsChange(
        { promoters: v.promoters1, passives: v.passives1, detractors: v.detractors1 },
        { promoters: v.promoters2, passives: v.passives2, detractors: v.detractors2 },
        v.confidence,
      ).change,
    native: {
      expr: '({promoters2}-{detractors2})/({promoters2}+{passives2}+{detractors2})*100-({promoters1}-{detractors1})/({promoters1}+{passives1}+{detractors1})*100',
      nonzero: ['{promoters1}+{passives1}+{detractors1}', '{promoters2}+{passives2}+{detractors2}'],
    },
    change: 'nps',
    functions: [
      {
        name: 'NPS_CHANGE',
        params: ['before', 'after', '[confidence=0.95]'],
        summary:
          'Is the NPS change real? Spills one row: change in points (after − before), its margin of error, two-sided p-value.',
        example: '=NPS_CHANGE(Jan!B2:B300, Feb!B2:B300)',
      },
    ],
  },
  {
    id: 'csat',
    name: 'Customer satisfaction (CSAT)',
    definition:
      'Share of survey answers that are satisfied: 4 or 5 on a 1–5 scale (the top two answers on any scale).',
    formula: 'CSAT = satisfied answers / all answers × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      "Slovenian, Russian, Romanian and Finnish guides; the example (30 satisfied of 50 answers = 60 %) is the Russian guide's.",
    inputs: [
      { id: 'satisfied', name: 'Satisfied answers', example: 30 },
      { id: 'responses', name: 'All answers', example: 50 },
    ],
    example: 60,
    compute: (v) => m.shareAtOrAbove(v.satisfied, v.responses),
    native: { expr: '{satisfied}/{responses}*100', nonzero: ['{responses}'] },
    tracked: { satisfied: 'csat_satisfied', responses: 'csat_responses' },
    functions: [
      {
        name: 'CSAT',
        params: ['scores', '[scale_max=5]', '[satisfied_from=scale_max−1]'],
        summary:
          'Customer satisfaction: % of answers at or above satisfied_from on a 1–scale_max scale, or % Good of Good/Bad ratings.',
        example: scores('CSAT', ', 5'),
      },
    ],
  },
  {
    id: 'csat_change',
    name: 'Is the CSAT change real?',
    definition:
      'Whether a change in CSAT between two periods is larger than chance would make it, given how many people answered each time.',
    formula:
      'Change = CSAT₂ − CSAT₁ in points; margin = z × √(s₁(1 − s₁) / n₁ + s₂(1 − s₂) / n₂) × 100; p-value as for NPS',
    unit: 'points',
    direction: 'higher',
    source:
      'Not in the five guides; the two-sample test of two shares. Worked example ours: 240 of 300 satisfied, then 222 of 300, is −6.0 ± 6.7 points (p ≈ 0.08): it could be noise.',
    inputs: [
      { id: 'satisfied1', name: 'Satisfied answers, earlier period', example: 240 },
      { id: 'responses1', name: 'All answers, earlier period', example: 300 },
      { id: 'satisfied2', name: 'Satisfied answers, later period', example: 222 },
      { id: 'responses2', name: 'All answers, later period', example: 300 },
      { id: 'confidence', name: 'Confidence (e.g. 0.95)', example: 0.95 },
    ],
    example: -6.000000000000005,
    compute: (v) =>
      m.csatChange(
        { satisfied: v.satisfied1, responses: v.responses1 },
        { satisfied: v.satisfied2, responses: v.responses2 },
        v.confidence,
      ).change,
    native: {
      expr: '({satisfied2}/{responses2}-{satisfied1}/{responses1})*100',
      nonzero: ['{responses1}', '{responses2}'],
    },
    change: 'csat',
    functions: [
      {
        name: 'CSAT_CHANGE',
        params: [
          'before',
          'after',
          '[scale_max=5]',
          '[satisfied_from=scale_max−1]',
          '[confidence=0.95]',
        ],
        summary:
          'Is the CSAT change real? Spills one row: change in percentage points, its margin of error, two-sided p-value.',
        example: '=CSAT_CHANGE(Jan!C2:C300, Feb!C2:C300, 5)',
      },
    ],
  },
  {
    id: 'csat_average',
    name: 'Average satisfaction score',
    definition:
      'The mean CSAT answer, for teams that report the average instead of the share of satisfied answers.',
    formula: 'Average = sum of scores / number of answers',
    unit: 'score',
    direction: 'higher',
    source:
      'Romanian guide (average satisfaction); the Slovenian, Russian and Finnish guides count satisfied answers instead (CSAT).',
    inputs: [
      { id: 'sum', name: 'Sum of scores', example: 210 },
      { id: 'responses', name: 'Number of answers', example: 50 },
    ],
    example: 4.2,
    compute: (v) => m.meanScore(v.sum, v.responses),
    native: { expr: '{sum}/{responses}', nonzero: ['{responses}'] },
    functions: [
      {
        name: 'CSAT_AVERAGE',
        params: ['scores', '[scale_max=5]'],
        summary: 'Mean satisfaction score of answers on a 1–scale_max scale.',
        example: scores('CSAT_AVERAGE'),
      },
    ],
  },
  {
    id: 'ces',
    name: 'Customer effort score (CES)',
    definition:
      'How easy it was to get the issue solved, on a 1–7 scale where 7 means "very easy" (higher is better). Ask the question with that direction.',
    formula: 'CES = sum of scores / number of answers',
    unit: 'score',
    direction: 'higher',
    source:
      'Russian guide (1–7, mean); the Slovenian guide names it. The Russian and Romanian guides ask how much effort it took, so a high score is bad there; we ask how easy it was, so that higher is better.',
    inputs: [
      { id: 'sum', name: 'Sum of scores', example: 520 },
      { id: 'responses', name: 'Number of answers', example: 100 },
    ],
    example: 5.2,
    compute: (v) => m.meanScore(v.sum, v.responses),
    native: { expr: '{sum}/{responses}', nonzero: ['{responses}'] },
    tracked: { sum: 'ces_sum', responses: 'ces_responses' },
    functions: [
      {
        name: 'CES',
        params: ['scores', '[scale_max=7]'],
        summary: 'Customer effort score: the mean answer on a 1–scale_max scale (higher = easier).',
        example: scores('CES'),
      },
    ],
  },
  {
    id: 'ces_percent',
    name: 'CES, share who found it easy',
    definition:
      'Share of answers that agree "the company made it easy to handle my issue": 4–5 on a 1–5 scale.',
    formula: 'CES % = answers at or above agree_from / all answers × 100',
    unit: 'percent',
    direction: 'higher',
    source: 'Finnish guide.',
    inputs: [
      { id: 'agree', name: 'Answers that agree (4–5)', example: 45 },
      { id: 'responses', name: 'All answers', example: 60 },
    ],
    example: 75,
    compute: (v) => m.shareAtOrAbove(v.agree, v.responses),
    native: { expr: '{agree}/{responses}*100', nonzero: ['{responses}'] },
    functions: [
      {
        name: 'CES_PERCENT',
        params: ['scores', '[scale_max=5]', '[agree_from=scale_max−1]'],
        summary:
          'Customer effort as a share: % of answers at or above agree_from on a 1–scale_max scale.',
        example: scores('CES_PERCENT'),
      },
    ],
  },
  {
    id: 'response_rate',
    name: 'Feedback response rate',
    definition: 'Share of the surveys you sent that customers answered.',
    formula: 'Response rate = surveys answered / surveys sent × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      "Not in the five guides in this form: the Russian guide's feedback response rate is the share of customer reviews a business answers. Ours is the share of surveys answered.",
    inputs: [
      { id: 'responses', name: 'Surveys answered', example: 150 },
      { id: 'sent', name: 'Surveys sent', example: 1000 },
    ],
    example: 15,
    compute: (v) => m.responseRate(v.responses, v.sent),
    native: { expr: '{responses}/{sent}*100', nonzero: ['{sent}'] },
    functions: [
      {
        name: 'RESPONSE_RATE',
        params: ['responses', 'sent'],
        summary: 'Feedback response rate: responses / surveys sent × 100.',
        example: '=RESPONSE_RATE(150, 1000)',
      },
    ],
  },
  {
    id: 'crr',
    name: 'Customer retention rate (CRR)',
    definition:
      'Share of the customers you had at the start of the period that you still have at the end, leaving out customers who joined during it.',
    formula: 'CRR = ((E − N) / S) × 100; S at start, E at end, N new during the period',
    unit: 'percent',
    direction: 'higher',
    source:
      "Slovenian, Russian and Finnish guides; the examples are the Russian guide's (S 200, E 200, N 20 → 90 %) and the Finnish guide's (S 100, E 90, N 15 → 75 %).",
    inputs: [
      { id: 'start', name: 'Customers at start (S)', example: 200 },
      { id: 'end', name: 'Customers at end (E)', example: 200 },
      { id: 'new', name: 'New customers (N)', example: 20 },
    ],
    example: 90,
    compute: (v) => m.crr(v.start, v.end, v.new),
    native: { expr: '({end}-{new})/{start}*100', nonzero: ['{start}'] },
    tracked: { start: 'customers_start', end: 'customers_end', new: 'customers_new' },
    functions: [
      {
        name: 'CRR',
        params: ['S', 'E', 'N'],
        summary:
          'Customer retention rate: ((E − N) / S) × 100; numbers or month ranges, which spill.',
        example: '=CRR(200, 200, 20)',
      },
    ],
  },
  {
    id: 'churn',
    name: 'Customer churn rate',
    definition:
      'Share of the customers you had at the start of the period that you lost during it.',
    formula: 'Churn = customers lost / customers at start × 100 (equivalently 100 − CRR)',
    unit: 'percent',
    direction: 'lower',
    source:
      "Slovenian, Russian, Romanian and Finnish guides; the example (20 lost of 250 → 8 %) is the Russian guide's.",
    inputs: [
      { id: 'lost', name: 'Customers lost', example: 20 },
      { id: 'start', name: 'Customers at start', example: 250 },
    ],
    example: 8,
    compute: (v) => m.churn(v.lost, v.start),
    native: { expr: '{lost}/{start}*100', nonzero: ['{start}'] },
    tracked: { lost: 'customers_lost', start: 'customers_start' },
    functions: [
      {
        name: 'CHURN',
        params: ['lost_or_S', 'start_or_E', '[N]'],
        summary: 'Churn rate: lost / start × 100, or with three arguments 100 − CRR(S, E, N).',
        example: '=CHURN(20, 250)',
      },
    ],
  },
  {
    id: 'cac',
    name: 'Customer acquisition cost (CAC)',
    definition: 'What it costs in sales and marketing to win one new customer.',
    formula: 'CAC = sales and marketing spend / customers acquired',
    unit: 'money',
    direction: 'lower',
    source: 'Finnish guide (example: $10 000 / 20 000 = $0.50).',
    inputs: [
      { id: 'spend', name: 'Sales and marketing spend', example: 10000 },
      { id: 'acquired', name: 'Customers acquired', example: 20000 },
    ],
    example: 0.5,
    compute: (v) => m.cac(v.spend, v.acquired),
    native: { expr: '{spend}/{acquired}', nonzero: ['{acquired}'] },
    tracked: { spend: 'spend', acquired: 'customers_acquired' },
    functions: [
      {
        name: 'CAC',
        params: ['spend', 'customers_acquired'],
        summary: 'Customer acquisition cost: spend / customers acquired.',
        example: '=CAC(10000, 20000)',
      },
    ],
  },
  {
    id: 'clv',
    name: 'Customer lifetime value (CLV)',
    definition: 'What an average customer brings in over the whole relationship.',
    formula:
      'CLV = average purchase value × purchases per year × lifespan in years (− CAC for the net value)',
    unit: 'money',
    direction: 'higher',
    source:
      "Slovenian, Russian and Finnish guides; the example ($50 × 5 × 3 = $750) is the Russian guide's; the Finnish guide subtracts CAC.",
    inputs: [
      { id: 'purchase', name: 'Average purchase value', example: 50 },
      { id: 'frequency', name: 'Purchases per year', example: 5 },
      { id: 'years', name: 'Lifespan (years)', example: 3 },
    ],
    example: 750,
    compute: (v) => m.clv(v.purchase, v.frequency, v.years),
    native: { expr: '{purchase}*{frequency}*{years}', nonzero: [] },
    tracked: { purchase: 'avg_purchase', frequency: 'purchase_frequency', years: 'lifespan' },
    functions: [
      {
        name: 'CLV',
        params: ['avg_purchase', 'purchases_per_year', 'years', '[cac=0]'],
        summary: 'Customer lifetime value: avg_purchase × purchases_per_year × years − cac.',
        example: '=CLV(50, 5, 3)',
      },
    ],
  },
  {
    id: 'clv_historical',
    name: 'Historical CLV',
    definition:
      'What one customer has actually brought in: the sum of their purchases times the average gross margin.',
    formula: 'Historical CLV = sum of purchases × gross margin',
    unit: 'money',
    direction: 'higher',
    source: 'Russian guide.',
    inputs: [
      { id: 'purchases', name: 'Sum of purchases', example: 1200 },
      { id: 'margin', name: 'Gross margin (%)', example: 40 },
    ],
    example: 480,
    compute: (v) => m.clvHistorical(v.purchases, v.margin),
    native: { expr: '{purchases}*IF({margin}<=1,{margin},{margin}/100)', nonzero: [] },
    functions: [
      {
        name: 'CLV_HISTORICAL',
        params: ['purchases', 'gross_margin'],
        summary: 'Historical CLV: sum of purchases × gross margin (as 0–1 or 0–100 %).',
        example: '=CLV_HISTORICAL(C2:C40, 40)',
      },
    ],
  },
  {
    id: 'referral_rate',
    name: 'Referral rate',
    definition: 'Share of customers who came to you because someone recommended you.',
    formula: 'Referral rate = customers who came by referral / all customers × 100',
    unit: 'percent',
    direction: 'higher',
    source: 'Slovenian and Russian guides.',
    inputs: [
      { id: 'referred', name: 'Customers by referral', example: 30 },
      { id: 'customers', name: 'All customers', example: 600 },
    ],
    example: 5,
    compute: (v) => m.referralRate(v.referred, v.customers),
    native: { expr: '{referred}/{customers}*100', nonzero: ['{customers}'] },
    functions: [
      {
        name: 'REFERRAL_RATE',
        params: ['referred', 'customers'],
        summary: 'Referral rate: customers by referral / all customers × 100.',
        example: '=REFERRAL_RATE(30, 600)',
      },
    ],
  },
  {
    id: 'frt',
    name: 'Average first response time',
    definition:
      "Time from a ticket's creation to the first human reply, averaged over the tickets that got a reply.",
    formula: 'Average FRT = total first-response time / tickets with a first reply',
    unit: 'hours',
    direction: 'lower',
    source:
      'Slovenian, Russian, Romanian and Finnish guides. The Russian guide divides by resolved tickets; we divide by tickets that got a reply.',
    inputs: [
      { id: 'hours', name: 'Total first-response time (hours)', example: 300 },
      { id: 'tickets', name: 'Tickets with a first reply', example: 120 },
    ],
    example: 2.5,
    compute: (v) => m.averageOf(v.hours, 'total time', v.tickets, 'tickets'),
    native: { expr: '{hours}/{tickets}', nonzero: ['{tickets}'] },
    tracked: { hours: 'frt_hours', tickets: 'frt_tickets' },
    functions: [
      {
        name: 'FRT',
        params: [
          'created',
          'first_reply',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'First response time from ticket timestamps, over tickets that got a reply (mean or median).',
        example: '=FRT(A2:A500, B2:B500, "hours", "median")',
      },
    ],
  },
  {
    id: 'response_time',
    name: 'Average response time',
    definition:
      'Time to answer any customer message, not only the first one, averaged over the inquiries.',
    formula: 'Average response time = total time to respond / number of inquiries',
    unit: 'hours',
    direction: 'lower',
    source: 'Russian, Finnish and Chinese guides.',
    inputs: [
      { id: 'hours', name: 'Total time to respond (hours)', example: 90 },
      { id: 'inquiries', name: 'Inquiries', example: 60 },
    ],
    example: 1.5,
    compute: (v) => m.averageOf(v.hours, 'total time', v.inquiries, 'inquiries'),
    native: { expr: '{hours}/{inquiries}', nonzero: ['{inquiries}'] },
    functions: [
      {
        name: 'RESPONSE_TIME',
        params: [
          'received',
          'replied',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'Response time between received and replied timestamps, over answered rows (mean or median).',
        example: '=RESPONSE_TIME(A2:A500, B2:B500, "minutes")',
      },
    ],
  },
  {
    id: 'resolution_time',
    name: 'Average resolution time',
    definition:
      'Time from opening a ticket to its full resolution, averaged over the tickets resolved.',
    formula: 'Average resolution time = total time of resolved tickets / tickets resolved',
    unit: 'hours',
    direction: 'lower',
    source: 'Slovenian, Russian, Romanian and Finnish guides.',
    inputs: [
      { id: 'hours', name: 'Total resolution time (hours)', example: 960 },
      { id: 'resolved', name: 'Tickets resolved', example: 80 },
    ],
    example: 12,
    compute: (v) => m.averageOf(v.hours, 'total time', v.resolved, 'tickets resolved'),
    native: { expr: '{hours}/{resolved}', nonzero: ['{resolved}'] },
    tracked: { hours: 'resolution_hours', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'RESOLUTION_TIME',
        params: [
          'created',
          'resolved',
          '[unit="hours"]',
          '[statistic="mean"]',
          '[schedule]',
          '[holidays]',
        ],
        summary:
          'Resolution time over resolved tickets only; a blank resolved cell is an open ticket.',
        example: '=RESOLUTION_TIME(A2:A500, C2:C500, "days")',
      },
    ],
  },
  {
    id: 'business_hours',
    name: 'Business hours (working time)',
    definition:
      'Time between two moments counted only within working hours, as help desks report first reply and resolution times. Nights, weekends and holidays do not count.',
    formula:
      "Working time = the part of [start, end] that falls in the schedule's hours, day by day",
    unit: 'hours',
    direction: 'lower',
    source:
      'Not in the five guides; schedules as help desks (Zendesk) define them. The usual spreadsheet formula with NETWORKDAYS.INTL and MOD is wrong at the edges: it gives 600 minutes for Monday 08:00→18:00 on a 09:00–17:00 day (right: 480) and −240 for Friday 20:00→Monday 08:00 (right: 0). This calculator uses a corrected formula for one Mon–Fri window; BUSINESS_HOURS handles any schedule, holidays and time zones.',
    inputs: [
      { id: 'start', name: 'Start (date and time)', example: MONDAY_8, datetime: true },
      { id: 'end', name: 'End (date and time)', example: MONDAY_8 + 10 / 24, datetime: true },
      { id: 'opens', name: 'Opens (hour)', example: 9 },
      { id: 'closes', name: 'Closes (hour)', example: 17 },
    ],
    example: 8,
    compute: (v) => m.weekdayHours(v.start, v.end, v.opens, v.closes),
    native: {
      expr: '((NETWORKDAYS({start},{end})-1)*({closes}-{opens})/24+IF(NETWORKDAYS({end},{end}),MEDIAN(MOD({end},1),{closes}/24,{opens}/24),{closes}/24)-MEDIAN(NETWORKDAYS({start},{start})*MOD({start},1),{closes}/24,{opens}/24))*24',
      nonzero: [],
    },
    functions: [
      {
        name: 'BUSINESS_HOURS',
        params: [
          'start',
          'end',
          '[schedule="Mon-Fri 09:00-17:00"]',
          '[holidays]',
          '[unit="hours"]',
        ],
        summary:
          'Working time between two date-times under a weekly schedule, holidays excluded; ranges spill one result per row.',
        example: '=BUSINESS_HOURS(A2:A500, B2:B500, "Mon-Fri 08:00-12:00, 13:00-17:00", H2:H20)',
      },
    ],
  },
  {
    id: 'aht',
    name: 'Average handle time (AHT)',
    definition: 'Time an agent spends on one contact: talking, holding and the work after it.',
    formula: 'AHT = (total talk + total hold + total after-contact work) / contacts handled',
    unit: 'minutes',
    direction: 'lower',
    source: 'Slovenian guide.',
    inputs: [
      { id: 'talk', name: 'Total talk time (minutes)', example: 300 },
      { id: 'hold', name: 'Total hold time (minutes)', example: 40 },
      { id: 'wrap', name: 'Total after-contact work (minutes)', example: 60 },
      { id: 'contacts', name: 'Contacts handled', example: 50 },
    ],
    example: 8,
    compute: (v) => m.aht(v.talk, v.hold, v.wrap, v.contacts),
    native: { expr: '({talk}+{hold}+{wrap})/{contacts}', nonzero: ['{contacts}'] },
    functions: [
      {
        name: 'AHT',
        params: ['talk', 'hold', 'wrap_up', '[unit="minutes"]'],
        summary:
          'Average handle time: (Σ talk + Σ hold + Σ wrap-up) / contacts, from durations or numbers in unit.',
        example: '=AHT(B2:B300, C2:C300, D2:D300)',
      },
    ],
  },
  {
    id: 'avg_wait',
    name: 'Average wait time (ASA)',
    definition:
      'How long customers wait before an agent answers, averaged over the contacts served.',
    formula: 'Average wait = total waiting time / contacts served',
    unit: 'minutes',
    direction: 'lower',
    source:
      'Russian guide (example: 500 minutes / 200 contacts = 2.5 minutes); the Slovenian guide calls it ASA.',
    inputs: [
      { id: 'wait', name: 'Total waiting time (minutes)', example: 500 },
      { id: 'served', name: 'Contacts served', example: 200 },
    ],
    example: 2.5,
    compute: (v) => m.avgWait(v.wait, v.served),
    native: { expr: '{wait}/{served}', nonzero: ['{served}'] },
    functions: [
      {
        name: 'AVG_WAIT',
        params: ['total_wait', 'served'],
        summary: 'Average wait time: total wait / contacts served.',
        example: '=AVG_WAIT(500, 200)',
      },
    ],
  },
  {
    id: 'service_level',
    name: 'Service level',
    definition: 'Share of contacts answered within the target time, e.g. 80 % within 20 seconds.',
    formula: 'Service level = contacts answered within the threshold / all contacts × 100',
    unit: 'percent',
    direction: 'higher',
    source: 'Slovenian guide.',
    inputs: [
      { id: 'within', name: 'Answered within the threshold', example: 160 },
      { id: 'contacts', name: 'All contacts', example: 200 },
    ],
    example: 80,
    compute: (v) => m.serviceLevel(v.within, v.contacts),
    native: { expr: '{within}/{contacts}*100', nonzero: ['{contacts}'] },
    functions: [
      {
        name: 'SERVICE_LEVEL',
        params: ['wait_times', 'threshold'],
        summary:
          'Service level: % of wait times at or under the threshold (same unit, or both durations).',
        example: '=SERVICE_LEVEL(E2:E900, 20)',
      },
    ],
  },
  {
    id: 'fcr',
    name: 'First contact resolution (FCR)',
    definition:
      'Share of resolved tickets that were solved in the first contact, with no follow-up.',
    formula: 'FCR = tickets resolved on first contact / tickets resolved × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Finnish guide, which divides by resolved tickets as we do; the Russian guide names it without a formula.',
    inputs: [
      { id: 'first', name: 'Resolved on first contact', example: 70 },
      { id: 'resolved', name: 'Tickets resolved', example: 100 },
    ],
    example: 70,
    compute: (v) => m.fcr(v.first, v.resolved),
    native: { expr: '{first}/{resolved}*100', nonzero: ['{resolved}'] },
    tracked: { first: 'tickets_first_contact', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'FCR',
        params: ['resolved_first_contact', 'resolved_total'],
        summary: 'First contact resolution: resolved on first contact / resolved × 100.',
        example: '=FCR(70, 100)',
      },
    ],
  },
  {
    id: 'resolution_rate',
    name: 'Overall resolution rate',
    definition:
      'Share of all tickets in the period that were resolved. All tickets are the ones open at the start plus the ones created.',
    formula: 'Resolution rate = tickets resolved / (open at start + created) × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Slovenian and Finnish guides; corrected: the Finnish guide writes resolved / unresolved, which is a ratio, not a rate.',
    inputs: [
      { id: 'resolved', name: 'Tickets resolved', example: 90 },
      { id: 'open', name: 'Open at start', example: 10 },
      { id: 'created', name: 'Tickets created', example: 90 },
    ],
    example: 90,
    compute: (v) => m.resolutionRate(v.resolved, v.open + v.created),
    native: { expr: '{resolved}/({open}+{created})*100', nonzero: ['{open}+{created}'] },
    tracked: { resolved: 'tickets_resolved', open: 'open_start', created: 'tickets_created' },
    functions: [
      {
        name: 'RESOLUTION_RATE',
        params: ['resolved', 'total'],
        summary: 'Overall resolution rate: resolved / all tickets × 100.',
        example: '=RESOLUTION_RATE(90, 100)',
      },
    ],
  },
  {
    id: 'abandon_rate',
    name: 'Abandonment rate',
    definition:
      'Share of contacts that were never serviced: the caller hung up or met a busy signal.',
    formula: 'Abandonment = contacts not serviced / contacts offered × 100',
    unit: 'percent',
    direction: 'lower',
    source: 'Slovenian guide ("blockage": calls not serviced).',
    inputs: [
      { id: 'abandoned', name: 'Contacts not serviced', example: 12 },
      { id: 'offered', name: 'Contacts offered', example: 400 },
    ],
    example: 3,
    compute: (v) => m.abandonRate(v.abandoned, v.offered),
    native: { expr: '{abandoned}/{offered}*100', nonzero: ['{offered}'] },
    functions: [
      {
        name: 'ABANDON_RATE',
        params: ['abandoned', 'offered'],
        summary: 'Abandonment rate: contacts not serviced / contacts offered × 100.',
        example: '=ABANDON_RATE(12, 400)',
      },
    ],
  },
  {
    id: 'ticket_volume',
    name: 'Ticket volume',
    definition: 'How many tickets arrived in the period; tab 2 splits it by category and channel.',
    formula: 'Ticket volume = tickets created in the period',
    unit: 'count',
    direction: 'lower',
    source: 'Finnish guide (by category); Slovenian guide (by channel).',
    inputs: [{ id: 'created', name: 'Tickets created', example: 1200 }],
    example: 1200,
    compute: (v) => m.count(v.created, 'tickets created'),
    native: { expr: '{created}', nonzero: [] },
    tracked: { created: 'tickets_created' },
    functions: [],
  },
  {
    id: 'backlog',
    name: 'Backlog (open tickets)',
    definition: 'Tickets still open at the end of the period.',
    formula: 'Backlog = open at start + created − resolved',
    unit: 'count',
    direction: 'lower',
    source: 'Slovenian guide (open cases, ticket backlog).',
    inputs: [
      { id: 'open', name: 'Open at start', example: 40 },
      { id: 'created', name: 'Tickets created', example: 500 },
      { id: 'resolved', name: 'Tickets resolved', example: 480 },
    ],
    example: 60,
    compute: (v) => m.backlog(v.open, v.created, v.resolved),
    native: { expr: '{open}+{created}-{resolved}', nonzero: [] },
    tracked: { open: 'open_start', created: 'tickets_created', resolved: 'tickets_resolved' },
    functions: [
      {
        name: 'BACKLOG',
        params: ['open_at_start', 'created', 'resolved'],
        summary: 'Backlog: open at start + created − resolved.',
        example: '=BACKLOG(40, 500, 480)',
      },
    ],
  },
  {
    id: 'reopen_rate',
    name: 'Reopen rate',
    definition:
      'Share of tickets reopened at least once after being solved. A high rate means problems were closed before they were really solved.',
    formula: 'Reopen rate = tickets reopened at least once / all tickets × 100',
    unit: 'percent',
    direction: 'lower',
    source:
      "Not in the five guides; help desks (Zendesk, Freshdesk) report it from each ticket's reopen count. The worked example is ours.",
    inputs: [
      { id: 'reopened', name: 'Tickets reopened at least once', example: 12 },
      { id: 'tickets', name: 'All tickets', example: 400 },
    ],
    example: 3,
    compute: (v) => m.reopenRate(v.reopened, v.tickets),
    native: { expr: '{reopened}/{tickets}*100', nonzero: ['{tickets}'] },
    functions: [
      {
        name: 'REOPEN_RATE',
        params: ['reopens'],
        summary: 'Reopen rate: % of tickets (numeric cells) reopened at least once.',
        example: '=REOPEN_RATE(F2:F500)',
      },
    ],
  },
  {
    id: 'one_touch_rate',
    name: 'One-touch resolution rate',
    definition:
      'Share of tickets solved with exactly one agent reply and never reopened: the customer got what they needed in one answer.',
    formula: 'One-touch rate = tickets with one agent reply and no reopen / all tickets × 100',
    unit: 'percent',
    direction: 'higher',
    source:
      'Not in the five guides; help desks (Zendesk) report it from agent replies and reopens. The worked example is ours.',
    inputs: [
      { id: 'one_touch', name: 'One-touch tickets', example: 180 },
      { id: 'tickets', name: 'All tickets', example: 400 },
    ],
    example: 45,
    compute: (v) => m.oneTouchRate(v.one_touch, v.tickets),
    native: { expr: '{one_touch}/{tickets}*100', nonzero: ['{tickets}'] },
    functions: [
      {
        name: 'ONE_TOUCH_RATE',
        params: ['replies', '[reopens]'],
        summary:
          'One-touch rate: % of tickets with exactly one agent reply (and no reopen, when given).',
        example: '=ONE_TOUCH_RATE(G2:G500, F2:F500)',
      },
    ],
  },
];

/** Every documented custom function, in catalogue order. */
export function allFunctions(): FunctionDoc[] {
  return METRICS.flatMap((x) => x.functions);
}

/** The function's syntax as shown in help: NPS(scores), CSAT(scores, [scale_max=5], …). */
export function syntaxOf(f: FunctionDoc): string {
  return `${f.name}(${f.params.join(', ')})`;
}

/** The metrics tracked month by month in tab 1, in catalogue order. */
export function trackedMetrics(): Metric[] {
  return METRICS.filter((x) => x.tracked);
}
