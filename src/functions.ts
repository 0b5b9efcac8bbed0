/**
 * The custom functions, as typed in cells. Each is a thin shell: arguments are coerced
 * by src/sheets, the math is in src/metrics. The JSDoc here becomes the top-level stub's
 * JSDoc in dist/Code.js (Sheets' autocomplete); its first line is the catalogue summary
 * and its @param names are the catalogue's (checked by test/unit/catalogue.test.ts).
 */
import * as m from './metrics';
import { toGrid } from './sheets/cells';
import { elementwise, type Spilled } from './sheets/elementwise';
import { checkArity, guard, position, raise, rethrowAt } from './sheets/errors';
import { optionalNumber, optionalWord } from './sheets/options';
import { scanNumbers } from './sheets/scan';
import {
  DurationReader,
  amountIn,
  elapsedDays,
  isDurationCell,
  type PairLabels,
} from './sheets/time';

type Table = (number | string)[][];

function tallyNps(scores: unknown): m.NpsCounts & { ignored: number } {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  const scan = scanNumbers(scores, (n) => {
    const problem = m.scoreProblem(n, 0, 10);
    if (problem) return problem;
    if (n >= m.NPS_SCALE.promoterFrom) promoters++;
    else if (n > m.NPS_SCALE.detractorTo) passives++;
    else detractors++;
    return undefined;
  });
  return { promoters, passives, detractors, ignored: scan.ignored };
}

interface ScaleTally {
  atOrAbove: number;
  sum: number;
  responses: number;
}

/** Scores on 1..scaleMax: how many, their sum, and how many at or above `threshold`. */
function tallyScale(scores: unknown, scaleMax: number, threshold: number): ScaleTally {
  let atOrAbove = 0;
  let sum = 0;
  const scan = scanNumbers(scores, (n) => {
    const problem = m.scoreProblem(n, 1, scaleMax);
    if (problem) return problem;
    sum += n;
    if (n >= threshold) atOrAbove++;
    return undefined;
  });
  return { atOrAbove, sum, responses: scan.counted };
}

/** Shared body of CSAT and CES_PERCENT. */
function shareOnScale(
  fn: string,
  argc: number,
  scores: unknown,
  scaleMax: unknown,
  from: unknown,
  fromLabel: string,
): number {
  checkArity(fn, argc, ['scores', 'scale_max', fromLabel], 1);
  const max = optionalNumber(fn, 'scale_max', scaleMax, 5);
  m.checkScale(max, undefined, fromLabel);
  const threshold = optionalNumber(fn, fromLabel, from, max - 1);
  m.checkScale(max, threshold, fromLabel);
  const t = tallyScale(scores, max, threshold);
  return m.shareAtOrAbove(t.atOrAbove, t.responses);
}

/** Shared body of CSAT_AVERAGE and CES. */
function meanOnScale(
  fn: string,
  argc: number,
  scores: unknown,
  scaleMax: unknown,
  fallbackMax: number,
): number {
  checkArity(fn, argc, ['scores', 'scale_max'], 1);
  const max = optionalNumber(fn, 'scale_max', scaleMax, fallbackMax);
  m.checkScale(max, undefined, '');
  const t = tallyScale(scores, max, max);
  return m.meanScore(t.sum, t.responses);
}

/** Shared body of FRT, RESPONSE_TIME and RESOLUTION_TIME. */
function timeBetween(
  fn: string,
  argc: number,
  labels: PairLabels,
  start: unknown,
  end: unknown,
  unit: unknown,
  statistic: unknown,
): number {
  checkArity(fn, argc, [labels.start, labels.end, 'unit', 'statistic'], 2);
  const u = m.parseUnit(optionalWord(fn, 'unit', unit, 'hours'));
  const s = m.parseStatistic(optionalWord(fn, 'statistic', statistic, 'mean'));
  const { values, n } = elapsedDays(fn, start, end, labels);
  if (n === 0) raise(fn, `no row has both ${labels.start} and ${labels.end}`);
  return m.summarise(values, n, s) * m.unitsPerDay(u);
}

/**
 * Shared body of the count functions (CRR, FCR, CAC, BACKLOG…): checks the argument count,
 * then spills over month ranges. `labels` name the arguments in messages.
 */
function spill(
  fn: string,
  argc: number,
  params: string[],
  values: unknown[],
  math: (...v: number[]) => number,
  labels: string[] = params,
): Spilled {
  checkArity(fn, argc, params, params.length);
  return elementwise(
    fn,
    values.map((value, i) => ({ label: labels[i], value })),
    math,
  );
}

/**
 * Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6), from −100 to 100.
 *
 * @param {B2:B500} scores Answers to "how likely are you to recommend us?" on the 0–10 scale; blanks and text (a header) are skipped.
 * @return The NPS, from −100 to 100.
 * @customfunction
 */
export function NPS(scores: unknown): number {
  return guard('NPS', () => {
    checkArity('NPS', arguments.length, ['scores'], 1);
    const t = tallyNps(scores);
    return m.npsFromCounts(t.promoters, t.passives, t.detractors);
  });
}

/**
 * Spills a 3×6 table: promoters, passives, detractors, responses, ignored cells and NPS, as counts and as shares.
 *
 * @param {B2:B500} scores Answers on the 0–10 scale; blanks are skipped, text is counted as ignored.
 * @return A header row, a row of counts and a row of shares (0–100; NPS repeated).
 * @customfunction
 */
export function NPS_BREAKDOWN(scores: unknown): Table {
  return guard('NPS_BREAKDOWN', () => {
    checkArity('NPS_BREAKDOWN', arguments.length, ['scores'], 1);
    const t = tallyNps(scores);
    const nps = m.npsFromCounts(t.promoters, t.passives, t.detractors);
    const n = t.promoters + t.passives + t.detractors;
    return [
      ['Promoters', 'Passives', 'Detractors', 'Responses', 'Ignored', 'NPS'],
      [t.promoters, t.passives, t.detractors, n, t.ignored, nps],
      [(t.promoters / n) * 100, (t.passives / n) * 100, (t.detractors / n) * 100, 100, '', nps],
    ];
  });
}

/**
 * Margin of error of the NPS of 0–10 answers, in points, at the given confidence.
 *
 * @param {B2:B500} scores Answers on the 0–10 scale.
 * @param {0.95} confidence Confidence level between 0 and 1; 0.95 if omitted.
 * @return The margin of error in NPS points (the NPS ± this value).
 * @customfunction
 */
export function NPS_MOE(scores: unknown, confidence?: unknown): number {
  return guard('NPS_MOE', () => {
    checkArity('NPS_MOE', arguments.length, ['scores', 'confidence'], 1);
    const c = optionalNumber('NPS_MOE', 'confidence', confidence, 0.95);
    const t = tallyNps(scores);
    if (t.promoters + t.passives + t.detractors === 0)
      m.fail('there are no responses (no scores from 0 to 10)');
    return m.npsMarginOfError(t, c);
  });
}

/**
 * Customer satisfaction: % of answers at or above satisfied_from on a 1–scale_max scale.
 *
 * @param {B2:B500} scores Survey answers, whole numbers from 1 to scale_max.
 * @param {5} scale_max The top of the scale (2–10); 5 if omitted.
 * @param {4} satisfied_from The lowest satisfied answer; scale_max − 1 if omitted (4 and 5 on a 1–5 scale).
 * @return The share of satisfied answers, 0–100.
 * @customfunction
 */
export function CSAT(scores: unknown, scale_max?: unknown, satisfied_from?: unknown): number {
  return guard('CSAT', () =>
    shareOnScale('CSAT', arguments.length, scores, scale_max, satisfied_from, 'satisfied_from'),
  );
}

/**
 * Mean satisfaction score of answers on a 1–scale_max scale.
 *
 * @param {B2:B500} scores Survey answers, whole numbers from 1 to scale_max.
 * @param {5} scale_max The top of the scale (2–10); 5 if omitted.
 * @return The mean answer.
 * @customfunction
 */
export function CSAT_AVERAGE(scores: unknown, scale_max?: unknown): number {
  return guard('CSAT_AVERAGE', () =>
    meanOnScale('CSAT_AVERAGE', arguments.length, scores, scale_max, 5),
  );
}

/**
 * Customer effort score: the mean answer on a 1–scale_max scale (higher = easier).
 *
 * @param {B2:B500} scores Answers to "how easy was it to get your issue solved?", whole numbers from 1 (very hard) to scale_max (very easy).
 * @param {7} scale_max The top of the scale (2–10); 7 if omitted.
 * @return The mean effort score.
 * @customfunction
 */
export function CES(scores: unknown, scale_max?: unknown): number {
  return guard('CES', () => meanOnScale('CES', arguments.length, scores, scale_max, 7));
}

/**
 * Customer effort as a share: % of answers at or above agree_from on a 1–scale_max scale.
 *
 * @param {B2:B500} scores Answers to "the company made it easy to handle my issue", whole numbers from 1 to scale_max.
 * @param {5} scale_max The top of the scale (2–10); 5 if omitted.
 * @param {4} agree_from The lowest answer that agrees; scale_max − 1 if omitted.
 * @return The share of answers that agree, 0–100.
 * @customfunction
 */
export function CES_PERCENT(scores: unknown, scale_max?: unknown, agree_from?: unknown): number {
  return guard('CES_PERCENT', () =>
    shareOnScale('CES_PERCENT', arguments.length, scores, scale_max, agree_from, 'agree_from'),
  );
}

/**
 * Customer retention rate: ((E − N) / S) × 100; numbers or month ranges, which spill.
 *
 * @param {200} S Customers at the start of the period (a number or a column of months).
 * @param {200} E Customers at the end of the period.
 * @param {20} N New customers won during the period.
 * @return The retention rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function CRR(S: unknown, E: unknown, N: unknown): Spilled {
  return guard('CRR', () =>
    spill('CRR', arguments.length, ['S', 'E', 'N'], [S, E, N], m.crr, [
      'customers at start (S)',
      'customers at end (E)',
      'new customers (N)',
    ]),
  );
}

/**
 * Churn rate: lost / start × 100, or with three arguments 100 − CRR(S, E, N).
 *
 * @param {20} lost_or_S Customers lost in the period; or, with three arguments, customers at start (S).
 * @param {250} start_or_E Customers at the start of the period; or, with three arguments, customers at end (E).
 * @param {20} N Optional: new customers during the period, for the 100 − CRR form.
 * @return The churn rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function CHURN(lost_or_S: unknown, start_or_E: unknown, N?: unknown): Spilled {
  return guard('CHURN', () => {
    checkArity('CHURN', arguments.length, ['lost_or_S', 'start_or_E', 'N'], 2);
    if (arguments.length === 2) {
      return elementwise(
        'CHURN',
        [
          { label: 'customers lost', value: lost_or_S },
          { label: 'customers at start', value: start_or_E },
        ],
        m.churn,
      );
    }
    return elementwise(
      'CHURN',
      [
        { label: 'customers at start (S)', value: lost_or_S },
        { label: 'customers at end (E)', value: start_or_E },
        { label: 'new customers (N)', value: N },
      ],
      m.churnFromCounts,
    );
  });
}

/**
 * Customer lifetime value: avg_purchase × purchases_per_year × years − cac.
 *
 * @param {50} avg_purchase Average purchase value.
 * @param {5} purchases_per_year How many purchases a customer makes in a year.
 * @param {3} years How many years a customer stays.
 * @param {0} cac Optional acquisition cost to subtract (net CLV); 0 if omitted.
 * @return The lifetime value in the currency of avg_purchase.
 * @customfunction
 */
export function CLV(
  avg_purchase: unknown,
  purchases_per_year: unknown,
  years: unknown,
  cac?: unknown,
): Spilled {
  return guard('CLV', () => {
    checkArity('CLV', arguments.length, ['avg_purchase', 'purchases_per_year', 'years', 'cac'], 3);
    const params = [
      { label: 'average purchase value', value: avg_purchase },
      { label: 'purchases per year', value: purchases_per_year },
      { label: 'years', value: years },
    ];
    if (cac !== undefined) params.push({ label: 'cac', value: cac });
    return elementwise('CLV', params, (a, f, y, c = 0) => m.clv(a, f, y, c));
  });
}

/**
 * Historical CLV: sum of purchases × gross margin (as 0–1 or 0–100 %).
 *
 * @param {C2:C40} purchases One customer's purchase amounts; blanks and text are skipped.
 * @param {40} gross_margin Average gross margin: a fraction (0.4) or a percentage (40).
 * @return The historical lifetime value.
 * @customfunction
 */
export function CLV_HISTORICAL(purchases: unknown, gross_margin: unknown): number {
  return guard('CLV_HISTORICAL', () => {
    checkArity('CLV_HISTORICAL', arguments.length, ['purchases', 'gross_margin'], 2);
    let total = 0;
    const scan = scanNumbers(purchases, (n) => {
      if (n < 0) return 'is negative; purchases must be 0 or more';
      total += n;
      return undefined;
    });
    if (scan.counted === 0) m.fail('there are no purchase amounts');
    const margin = optionalNumber('CLV_HISTORICAL', 'gross_margin', gross_margin, NaN);
    if (Number.isNaN(margin)) m.fail('gross_margin is blank');
    return m.clvHistorical(total, margin);
  });
}

/**
 * Customer acquisition cost: spend / customers acquired.
 *
 * @param {10000} spend Sales and marketing spend in the period.
 * @param {20000} customers_acquired New customers won with that spend.
 * @return The cost of one new customer (one per row when given ranges).
 * @customfunction
 */
export function CAC(spend: unknown, customers_acquired: unknown): Spilled {
  return guard('CAC', () =>
    spill(
      'CAC',
      arguments.length,
      ['spend', 'customers_acquired'],
      [spend, customers_acquired],
      m.cac,
    ),
  );
}

/**
 * First response time from ticket timestamps, over tickets that got a reply (mean or median).
 *
 * @param {A2:A500} created When each ticket was created (date-times).
 * @param {B2:B500} first_reply When it got its first reply; blank = not answered yet (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default) or "median".
 * @return The first response time in the unit.
 * @customfunction
 */
export function FRT(
  created: unknown,
  first_reply: unknown,
  unit?: unknown,
  statistic?: unknown,
): number {
  return guard('FRT', () =>
    timeBetween(
      'FRT',
      arguments.length,
      { start: 'created', end: 'first_reply' },
      created,
      first_reply,
      unit,
      statistic,
    ),
  );
}

/**
 * Response time between received and replied timestamps, over answered rows (mean or median).
 *
 * @param {A2:A500} received When each message was received (date-times).
 * @param {B2:B500} replied When it was answered; blank = not answered (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default) or "median".
 * @return The response time in the unit.
 * @customfunction
 */
export function RESPONSE_TIME(
  received: unknown,
  replied: unknown,
  unit?: unknown,
  statistic?: unknown,
): number {
  return guard('RESPONSE_TIME', () =>
    timeBetween(
      'RESPONSE_TIME',
      arguments.length,
      { start: 'received', end: 'replied' },
      received,
      replied,
      unit,
      statistic,
    ),
  );
}

/**
 * Resolution time over resolved tickets only; a blank resolved cell is an open ticket.
 *
 * @param {A2:A500} created When each ticket was opened (date-times).
 * @param {C2:C500} resolved When it was fully resolved; blank = still open (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default) or "median".
 * @return The resolution time in the unit.
 * @customfunction
 */
export function RESOLUTION_TIME(
  created: unknown,
  resolved: unknown,
  unit?: unknown,
  statistic?: unknown,
): number {
  return guard('RESOLUTION_TIME', () =>
    timeBetween(
      'RESOLUTION_TIME',
      arguments.length,
      { start: 'created', end: 'resolved' },
      created,
      resolved,
      unit,
      statistic,
    ),
  );
}

/**
 * Average handle time: (Σ talk + Σ hold + Σ wrap-up) / contacts, from durations or numbers in unit.
 *
 * @param {B2:B300} talk Talk time per contact: durations (0:05:30) or numbers in unit.
 * @param {C2:C300} hold Hold time per contact (blank = none).
 * @param {D2:D300} wrap_up After-contact work per contact (blank = none).
 * @param {"minutes"} unit Unit of plain numbers and of the result; "minutes" if omitted.
 * @return The average handle time in the unit.
 * @customfunction
 */
export function AHT(talk: unknown, hold: unknown, wrap_up: unknown, unit?: unknown): number {
  return guard('AHT', () => {
    checkArity('AHT', arguments.length, ['talk', 'hold', 'wrap_up', 'unit'], 3);
    const u = m.parseUnit(optionalWord('AHT', 'unit', unit, 'minutes'));
    const labels = ['talk', 'hold', 'wrap_up'];
    const grids = [talk, hold, wrap_up].map(toGrid);
    const rows = grids[0].length;
    const cols = grids[0][0]?.length ?? 0;
    grids.forEach((g, i) => {
      if (g.length !== rows || (g[0]?.length ?? 0) !== cols) {
        raise(
          'AHT',
          `talk (${rows}×${cols}) and ${labels[i]} (${g.length}×${g[0]?.length ?? 0}) must have the same shape`,
        );
      }
    });
    const reader = new DurationReader();
    const sums = [0, 0, 0];
    let contacts = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let present = false;
        for (let i = 0; i < 3; i++) {
          let amount: number | undefined;
          try {
            amount = amountIn(u, reader, grids[i][r][c]);
          } catch (e) {
            rethrowAt('AHT', e, position(r, c, rows, cols), `${labels[i]}: `);
          }
          if (amount !== undefined) {
            sums[i] += amount;
            present = true;
          }
        }
        if (present) contacts++;
      }
    }
    return m.aht(sums[0], sums[1], sums[2], contacts);
  });
}

/**
 * Average wait time: total wait / contacts served.
 *
 * @param {500} total_wait Total waiting time in the period (any unit; the result is in the same unit).
 * @param {200} served Contacts served.
 * @return The average wait per contact (one per row when given ranges).
 * @customfunction
 */
export function AVG_WAIT(total_wait: unknown, served: unknown): Spilled {
  return guard('AVG_WAIT', () =>
    spill('AVG_WAIT', arguments.length, ['total_wait', 'served'], [total_wait, served], m.avgWait),
  );
}

/**
 * Service level: % of wait times at or under the threshold (same unit, or both durations).
 *
 * @param {E2:E900} wait_times How long each contact waited: numbers, or durations (0:00:20).
 * @param {20} threshold The target: a number in the same unit as the wait times, or a duration.
 * @return The share answered within the threshold, 0–100.
 * @customfunction
 */
export function SERVICE_LEVEL(wait_times: unknown, threshold: unknown): number {
  return guard('SERVICE_LEVEL', () => {
    checkArity('SERVICE_LEVEL', arguments.length, ['wait_times', 'threshold'], 2);
    const reader = new DurationReader();
    const t = toGrid(threshold);
    if (t.length !== 1 || t[0].length !== 1)
      m.fail('threshold must be a single value, not a range');
    const thresholdIsDuration = isDurationCell(t[0][0]);
    const limit = amountIn('seconds', reader, t[0][0]);
    if (limit === undefined) m.fail('threshold must be a number or a duration');
    let within = 0;
    let total = 0;
    const grid = toGrid(wait_times);
    const rows = grid.length;
    for (let r = 0; r < rows; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        let wait: number | undefined;
        try {
          wait = amountIn('seconds', reader, v);
        } catch (e) {
          rethrowAt('SERVICE_LEVEL', e, position(r, c, rows, row.length));
        }
        if (wait === undefined) continue;
        if (isDurationCell(v) !== thresholdIsDuration) {
          raise(
            'SERVICE_LEVEL',
            `${position(r, c, rows, row.length)} is ${thresholdIsDuration ? 'a plain number' : 'a duration'} but the threshold is ${thresholdIsDuration ? 'a duration' : 'a plain number'}; give both the same way`,
          );
        }
        total++;
        if (wait <= limit) within++;
      }
    }
    return m.serviceLevel(within, total);
  });
}

/**
 * First contact resolution: resolved on first contact / resolved × 100.
 *
 * @param {70} resolved_first_contact Tickets resolved in the first contact.
 * @param {100} resolved_total All tickets resolved in the period.
 * @return FCR, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function FCR(resolved_first_contact: unknown, resolved_total: unknown): Spilled {
  return guard('FCR', () =>
    spill(
      'FCR',
      arguments.length,
      ['resolved_first_contact', 'resolved_total'],
      [resolved_first_contact, resolved_total],
      m.fcr,
    ),
  );
}

/**
 * Overall resolution rate: resolved / all tickets × 100.
 *
 * @param {90} resolved Tickets resolved in the period.
 * @param {100} total All tickets in the period (not only the unresolved ones).
 * @return The resolution rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function RESOLUTION_RATE(resolved: unknown, total: unknown): Spilled {
  return guard('RESOLUTION_RATE', () =>
    spill(
      'RESOLUTION_RATE',
      arguments.length,
      ['resolved', 'total'],
      [resolved, total],
      m.resolutionRate,
    ),
  );
}

/**
 * Feedback response rate: responses / surveys sent × 100.
 *
 * @param {150} responses Surveys answered.
 * @param {1000} sent Surveys sent.
 * @return The response rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function RESPONSE_RATE(responses: unknown, sent: unknown): Spilled {
  return guard('RESPONSE_RATE', () =>
    spill(
      'RESPONSE_RATE',
      arguments.length,
      ['responses', 'sent'],
      [responses, sent],
      m.responseRate,
    ),
  );
}

/**
 * Abandonment rate: contacts not serviced / contacts offered × 100.
 *
 * @param {12} abandoned Contacts that hung up or met a busy signal.
 * @param {400} offered All contacts offered.
 * @return The abandonment rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function ABANDON_RATE(abandoned: unknown, offered: unknown): Spilled {
  return guard('ABANDON_RATE', () =>
    spill(
      'ABANDON_RATE',
      arguments.length,
      ['abandoned', 'offered'],
      [abandoned, offered],
      m.abandonRate,
    ),
  );
}

/**
 * Referral rate: customers by referral / all customers × 100.
 *
 * @param {30} referred Customers who came by referral.
 * @param {600} customers All customers.
 * @return The referral rate, 0–100 (one per row when given ranges).
 * @customfunction
 */
export function REFERRAL_RATE(referred: unknown, customers: unknown): Spilled {
  return guard('REFERRAL_RATE', () =>
    spill(
      'REFERRAL_RATE',
      arguments.length,
      ['referred', 'customers'],
      [referred, customers],
      m.referralRate,
    ),
  );
}

/**
 * Backlog: open at start + created − resolved.
 *
 * @param {40} open_at_start Tickets open at the start of the period.
 * @param {500} created Tickets created in the period.
 * @param {480} resolved Tickets resolved in the period.
 * @return Tickets open at the end (one per row when given ranges).
 * @customfunction
 */
export function BACKLOG(open_at_start: unknown, created: unknown, resolved: unknown): Spilled {
  return guard('BACKLOG', () =>
    spill(
      'BACKLOG',
      arguments.length,
      ['open_at_start', 'created', 'resolved'],
      [open_at_start, created, resolved],
      m.backlog,
    ),
  );
}
