/**
 * Custom-function cases shared by the source tests (test/unit/functions.test.ts) and the
 * bundle tests (test/bundle/bundle.test.ts), so the built dist/Code.js is held to the
 * same answers as the TypeScript.
 */
import { col, rep, scoresColumn } from './sheets';

/** A spreadsheet serial number (days since 1899-12-30) of a local date and time. */
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86400000;
const mon8 = serial(2026, 1, 5, 8);
const mon18 = serial(2026, 1, 5, 18);
const fri20 = serial(2026, 1, 9, 20);
const nextMon8 = serial(2026, 1, 12, 8);

export interface Good {
  fn: string;
  args: unknown[];
  expected: unknown;
  why: string;
}

export interface Bad {
  fn: string;
  args: unknown[];
  message: string;
  why: string;
}

const npsSeed = scoresColumn({ 10: 40, 9: 30, 8: 10, 7: 10, 5: 6, 0: 4 }); // 70 % − 10 %
const npsBefore = scoresColumn({ 10: 160, 8: 84, 3: 36 }); // 44.3 of 280
const npsAfter = scoresColumn({ 9: 136, 7: 85, 0: 59 }); // 27.5 of 280
const csatBefore = scoresColumn({ 5: 240, 2: 60 }); // 80 % of 300
const csatAfter = scoresColumn({ 4: 222, 1: 78 }); // 74 % of 300
const npsSeed2 = scoresColumn({ 10: 80, 8: 5, 3: 15 }); // 80 % − 15 %
const csatSeed = [...scoresColumn({ 5: 10, 4: 20, 3: 10, 2: 5, 1: 5 })]; // 30 of 50

export const GOOD: Good[] = [
  { fn: 'NPS', args: [npsSeed], expected: 60, why: 'seed: 70 % − 10 % = 60' },
  { fn: 'NPS', args: [npsSeed2], expected: 65, why: 'seed: 80 % − 15 % = 65' },
  {
    fn: 'NPS',
    args: [col(10, 9, 7, 3, 'Score', '')],
    expected: 25,
    why: 'header text and blanks skipped',
  },
  {
    fn: 'NPS',
    args: [col(' 9 ', '10', 6, true, null)],
    expected: 100 / 3,
    why: 'numbers as text count, booleans skipped',
  },
  { fn: 'NPS', args: [9], expected: 100, why: 'a single cell' },
  { fn: 'NPS', args: [[[10, 0, 8]]], expected: 0, why: 'a row range' },
  {
    fn: 'NPS_BREAKDOWN',
    args: [col('Score', 10, 9, 8, 2, '')],
    expected: [
      ['Promoters', 'Passives', 'Detractors', 'Responses', 'Ignored', 'NPS'],
      [2, 1, 1, 4, 1, 25],
      [50, 25, 25, 100, '', 25],
    ],
    why: 'counts, shares, ignored header',
  },
  {
    fn: 'NPS_MOE',
    args: [npsSeed, 0.95],
    expected: 1.959963984540054 * Math.sqrt(0.0044) * 100,
    why: '70 / 20 / 10 of 100 answers at 95 %',
  },
  { fn: 'CSAT', args: [csatSeed], expected: 60, why: 'seed: 30 of 50 → 60' },
  { fn: 'CSAT', args: [csatSeed, 5, 5], expected: 20, why: 'satisfied_from = 5' },
  { fn: 'CSAT', args: [col(10, 9, 8, 1), 10], expected: 50, why: '1–10 scale, 9 and 10 satisfied' },
  {
    fn: 'CSAT',
    args: [csatSeed, '', ''],
    expected: 60,
    why: 'blank optional arguments use the defaults',
  },
  { fn: 'CSAT_AVERAGE', args: [col(5, 4, 3, 'n/a')], expected: 4, why: 'mean, text skipped' },
  { fn: 'CES', args: [col(7, 6, 2)], expected: 5, why: 'mean on 1–7' },
  { fn: 'CES_PERCENT', args: [col(5, 4, 3, 1)], expected: 50, why: 'share 4–5 on 1–5' },
  { fn: 'CRR', args: [200, 200, 20], expected: 90, why: 'seed: (200, 200, 20) → 90' },
  { fn: 'CRR', args: [100, 90, 15], expected: 75, why: 'seed: (100, 90, 15) → 75' },
  { fn: 'CRR', args: ['200', ' 200 ', '20'], expected: 90, why: 'numbers stored as text' },
  {
    fn: 'CRR',
    args: [col('S', 200, 100, ''), col('E', 200, 90, ''), col('N', 20, 15, '')],
    expected: col('', 90, 75, ''),
    why: 'month ranges spill; header and blank rows give blanks',
  },
  { fn: 'CRR', args: ['', '', ''], expected: '', why: 'a blank month gives a blank' },
  { fn: 'CHURN', args: [20, 250], expected: 8, why: 'seed: 20 of 250 → 8' },
  { fn: 'CHURN', args: [200, 200, 20], expected: 10, why: '100 − CRR' },
  {
    fn: 'CHURN',
    args: [col(20, 5), 250],
    expected: col(8, 2),
    why: 'a single start spread over months',
  },
  { fn: 'CLV', args: [50, 5, 3], expected: 750, why: 'seed: 50 × 5 × 3 = 750' },
  { fn: 'CLV', args: [50, 5, 3, 100], expected: 650, why: 'net of CAC' },
  {
    fn: 'CLV_HISTORICAL',
    args: [col('Amount', 100, 200, 300), 40],
    expected: 240,
    why: 'percent margin',
  },
  { fn: 'CLV_HISTORICAL', args: [col(100, 200, 300), 0.4], expected: 240, why: 'fraction margin' },
  { fn: 'CAC', args: [10000, 20000], expected: 0.5, why: 'seed: 10 000 / 20 000 = 0.5' },
  {
    fn: 'FRT',
    args: [col(1, 2, 3), col(1.5, 2.25, ''), 'hours'],
    expected: 9,
    why: 'serial days; unanswered row skipped (mean of 12 h and 6 h)',
  },
  {
    fn: 'FRT',
    args: [col(1, 2, 3), col(1.5, 2.25, 3.125), 'hours', 'median'],
    expected: 6,
    why: 'median',
  },
  {
    fn: 'FRT',
    args: [col(1, 2, 3), col(1.5, 2.25, 3.125), 'hours', 'p90'],
    expected: 10.8,
    why: 'p90 of 12, 6, 3 h: sorted 3, 6, 12 h, rank 1.8 → 6 + 0.8 × (12 − 6)',
  },
  { fn: 'RESPONSE_TIME', args: [col(1), col(1.5), 'minutes'], expected: 720, why: 'minutes' },
  {
    fn: 'RESOLUTION_TIME',
    args: [col('Created', 1, 2), col('Resolved', 3, ''), 'days'],
    expected: 2,
    why: 'open tickets skipped',
  },
  {
    fn: 'AHT',
    args: [col(5, 7), col(1, ''), col(2, 1)],
    expected: 8,
    why: 'minutes, blank hold = 0',
  },
  {
    fn: 'AHT',
    args: [col(5, 7, ''), col(1, '', ''), col(2, 1, ''), 'seconds'],
    expected: 8,
    why: 'unit for plain numbers',
  },
  { fn: 'AVG_WAIT', args: [500, 200], expected: 2.5, why: 'seed: 500 / 200 = 2.5' },
  {
    fn: 'SERVICE_LEVEL',
    args: [col(10, 20, 30, 40, 'Wait'), 20],
    expected: 50,
    why: 'at or under the threshold',
  },
  { fn: 'FCR', args: [70, 100], expected: 70, why: 'first contact / resolved' },
  { fn: 'RESOLUTION_RATE', args: [90, 100], expected: 90, why: 'resolved / all' },
  { fn: 'RESPONSE_RATE', args: [150, 1000], expected: 15, why: 'answered / sent' },
  { fn: 'ABANDON_RATE', args: [12, 400], expected: 3, why: 'not serviced / offered' },
  { fn: 'REFERRAL_RATE', args: [30, 600], expected: 5, why: 'referred / all' },
  { fn: 'BACKLOG', args: [40, 500, 480], expected: 60, why: 'open + created − resolved' },
  {
    fn: 'BACKLOG',
    args: [col(40, 60), col(500, 400), col(480, 420)],
    expected: col(60, 40),
    why: 'spills',
  },
  // The hostile-input run: blank optional arguments are their defaults; month ranges spill blanks.
  { fn: 'CLV', args: [50, 5, 3, ''], expected: 750, why: 'a blank cac is 0' },
  { fn: 'CHURN', args: [20, 250, ''], expected: 8, why: 'a blank N is the two-argument form' },
  {
    fn: 'CRR',
    args: [col(100, 0), col(90, 5), col(1, 1)],
    expected: [[89], ['']],
    why: 'a month with S = 0 is blank, the others computed',
  },
  {
    fn: 'CRR',
    args: [col(new Date(2026, 0, 1), 100), col(new Date(2026, 0, 1), 90), col('Month', 10)],
    expected: [[''], [80]],
    why: 'a date in a header row gives a blank, like text',
  },
  // Is the change real?
  {
    fn: 'NPS_CHANGE',
    args: [npsBefore, npsAfter],
    expected: [[-16.78571428571428, 12.421778424404167, 0.008084377807569432]],
    why: '44.3 → 27.5 on 280 answers: −16.8 ± 12.4, p ≈ 0.008 (real)',
  },
  {
    fn: 'NPS_CHANGE',
    args: [col(10), col(9), 0.9],
    expected: [[0, 0, 1]],
    why: 'no variance and no change: p-value 1',
  },
  {
    fn: 'CSAT_CHANGE',
    args: [csatBefore, csatAfter],
    expected: [[-6, 6.71746501892048, 0.08000996901840796]],
    why: '80 % → 74 % on 300 answers: −6.0 ± 6.7, p ≈ 0.08 (could be noise)',
  },
  {
    fn: 'CSAT_CHANGE',
    args: [col('Good', 'Bad'), col('Good', 'Good'), '', '', 0.95],
    expected: [[50, 1.959963984540054 * Math.sqrt(0.25 / 2) * 100, 0.15729920705028502]],
    why: 'ratings work too',
  },
  // Ticket-level functions.
  {
    fn: 'NPS_CATEGORY',
    args: [col('Score', 10, 9, 8, 7, 6, 0, '')],
    expected: [
      [''],
      ['Promoter'],
      ['Promoter'],
      ['Passive'],
      ['Passive'],
      ['Detractor'],
      ['Detractor'],
      [''],
    ],
    why: 'one category per cell, same shape; header and blank stay blank',
  },
  { fn: 'NPS_CATEGORY', args: [' 9 '], expected: 'Promoter', why: 'a single cell, number as text' },
  {
    fn: 'REOPEN_RATE',
    args: [col('Reopens', 0, 1, 0, 2, '')],
    expected: 50,
    why: '2 of 4 reopened',
  },
  {
    fn: 'ONE_TOUCH_RATE',
    args: [col('Replies', 1, 2, 1, 0), col('Reopens', 0, 0, 1, '')],
    expected: 25,
    why: 'one reply and no reopen: 1 of 4',
  },
  { fn: 'ONE_TOUCH_RATE', args: [col(1, 2, 1)], expected: (2 / 3) * 100, why: 'without reopens' },
  { fn: 'ONE_TOUCH_RATE', args: [col(1, 2, 1), ''], expected: (2 / 3) * 100, why: 'blank reopens' },
  {
    fn: 'CSAT',
    args: [
      col(
        'Satisfaction',
        'Good',
        'bad',
        'Offered',
        'Not Offered',
        'Unoffered',
        ' GOOD ',
        'Good with comment',
        '',
      ),
    ],
    expected: 75,
    why: 'Good/Bad ratings (any case); offered and unoffered skipped',
  },
  // Business hours: the examples the common NETWORKDAYS.INTL + MOD formula gets wrong.
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, '', '', 'minutes'],
    expected: 480,
    why: 'Mon 08:00→18:00 on 9–17: 480, not 600',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [fri20, nextMon8, '', '', 'minutes'],
    expected: 0,
    why: 'Fri 20:00→Mon 08:00: 0, not −240',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon18, mon8],
    expected: -8,
    why: 'end before start: minus the working time',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [
      mon8,
      serial(2026, 1, 6, 18),
      'Mon-Fri 08:00-12:00, 13:00-17:00',
      col(serial(2026, 1, 5)),
    ],
    expected: 8,
    why: 'two windows a day; Monday a holiday',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [serial(2026, 1, 5, 20), serial(2026, 1, 6, 12), 'Mon 22:00-06:00'],
    expected: 8,
    why: 'a night shift past midnight',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [col('Created', mon8, fri20, mon8), col('Solved', mon18, nextMon8, '')],
    expected: [[''], [8], [0], ['']],
    why: 'spills one per row; header and open ticket blank',
  },
  {
    fn: 'FRT',
    args: [col(mon8, fri20), col(mon18, nextMon8), 'hours', 'mean', 'Mon-Fri 09:00-17:00'],
    expected: 4,
    why: 'working time per row with a schedule: (8 + 0) / 2',
  },
  {
    fn: 'RESOLUTION_TIME',
    args: [col(mon8), col(serial(2026, 1, 6, 18)), 'hours', 'median', '', col(serial(2026, 1, 6))],
    expected: 8,
    why: 'holidays with the default schedule',
  },
];

export const BAD: Bad[] = [
  {
    fn: 'NPS',
    args: [col(9, 10, 11)],
    message: 'NPS: 11 in row 3 is outside the 0–10 scale',
    why: 'off the scale',
  },
  {
    fn: 'NPS',
    args: [col(9, 7.5)],
    message: 'NPS: 7.5 in row 2 is not a whole score',
    why: 'fractional score',
  },
  { fn: 'NPS', args: [col(9, -1)], message: 'NPS: −1 in row 2 is outside', why: 'negative score' },
  {
    fn: 'NPS',
    args: [col('', '', 'Score')],
    message: 'NPS: there are no responses',
    why: 'nothing to count',
  },
  { fn: 'NPS', args: [[]], message: 'NPS: there are no responses', why: 'empty range' },
  {
    fn: 'NPS',
    args: [col(9, '#N/A')],
    message: 'NPS: row 2 holds the error "#N/A"',
    why: 'an error cell',
  },
  {
    fn: 'NPS',
    args: [
      [
        [9, 12],
        [1, 2],
      ],
    ],
    message: 'NPS: 12 in row 1, column 2 is outside',
    why: '2-D position',
  },
  {
    fn: 'NPS',
    args: [],
    message: 'NPS: expects 1 argument (scores), got 0',
    why: 'too few arguments',
  },
  {
    fn: 'NPS',
    args: [col(9), 2],
    message: 'NPS: expects 1 argument (scores), got 2',
    why: 'too many arguments',
  },
  {
    fn: 'NPS_BREAKDOWN',
    args: [col('x')],
    message: 'NPS_BREAKDOWN: there are no responses',
    why: 'only text',
  },
  {
    fn: 'NPS_MOE',
    args: [col(9, 1), 95],
    message: 'NPS_MOE: confidence must be between 0 and 1',
    why: 'percent confidence',
  },
  {
    fn: 'CSAT',
    args: [col(5, 6)],
    message: 'CSAT: 6 in row 2 is outside the 1–5 scale',
    why: 'off the scale',
  },
  {
    fn: 'CSAT',
    args: [col(5, 0)],
    message: 'CSAT: 0 in row 2 is outside the 1–5 scale',
    why: 'zero on a 1-based scale',
  },
  {
    fn: 'CSAT',
    args: [col(5), 5, 6],
    message: 'CSAT: satisfied_from must be a whole number from 1 to 5',
    why: 'threshold above scale',
  },
  {
    fn: 'CSAT',
    args: [col(5), 11],
    message: 'CSAT: scale_max must be a whole number from 2 to 10',
    why: 'scale too large',
  },
  {
    fn: 'CSAT',
    args: [col(5), 'five'],
    message: 'CSAT: scale_max must be a number, got "five"',
    why: 'text scale',
  },
  {
    fn: 'CSAT',
    args: [col(5), col(5, 5)],
    message: 'CSAT: scale_max must be a single value, not a range',
    why: 'range option',
  },
  {
    fn: 'CSAT_AVERAGE',
    args: [col('')],
    message: 'CSAT_AVERAGE: there are no responses',
    why: 'blank range',
  },
  {
    fn: 'CES',
    args: [col(8)],
    message: 'CES: 8 in row 1 is outside the 1–7 scale',
    why: 'off the 1–7 scale',
  },
  {
    fn: 'CES_PERCENT',
    args: [col(4.5)],
    message: 'CES_PERCENT: 4.5 in row 1 is not a whole score',
    why: 'fractional',
  },
  {
    fn: 'CRR',
    args: [0, 10, 1],
    message: 'CRR: customers at start (S) must be greater than 0',
    why: 'zero start',
  },
  {
    fn: 'CRR',
    args: [-5, 10, 1],
    message: 'CRR: customers at start (S) must not be negative',
    why: 'negative start',
  },
  { fn: 'CRR', args: [100, 10, 20], message: 'CRR: E − N is below 0', why: 'N > E' },
  {
    fn: 'CRR',
    args: [100, 150, 20],
    message: 'CRR: E − N (130) is more than the 100 customers at start (S)',
    why: 'E − N > S',
  },
  {
    fn: 'CRR',
    args: [100.5, 90, 1],
    message: 'CRR: customers at start (S) must be a whole number (got 100.5)',
    why: 'fractional count',
  },
  {
    fn: 'CRR',
    args: ['abc', 90, 1],
    message: 'CRR: customers at start (S) is "abc", not a number',
    why: 'text scalar',
  },
  {
    fn: 'CRR',
    args: [new Date(2026, 0, 1), 90, 1],
    message: 'CRR: customers at start (S) is a date, not a number',
    why: 'a date',
  },
  {
    fn: 'CRR',
    args: [col(100, 10), col(90, 50), col(1, 1)],
    message: 'CRR: E − N (49) is more than the 10 customers at start (S) (row 2)',
    why: 'names the row',
  },
  {
    fn: 'CRR',
    args: [col(1, 2), col(1, 2, 3), col(1, 2)],
    message:
      'CRR: customers at start (S) (2×1) and customers at end (E) (3×1) must have the same shape',
    why: 'shapes',
  },
  {
    fn: 'CRR',
    args: [200, 200],
    message: 'CRR: expects 3 arguments (S, E, N), got 2',
    why: 'too few',
  },
  {
    fn: 'CHURN',
    args: [30, 20],
    message: 'CHURN: customers lost (30) cannot be more than customers at start (20)',
    why: 'lost > start',
  },
  { fn: 'CHURN', args: [1], message: 'CHURN: expects 2 to 3 arguments', why: 'too few' },
  { fn: 'CHURN', args: [1, 2, 3, 4], message: 'CHURN: expects 2 to 3 arguments', why: 'too many' },
  {
    fn: 'CLV',
    args: [-50, 5, 3],
    message: 'CLV: average purchase value must not be negative',
    why: 'negative money',
  },
  {
    fn: 'CLV_HISTORICAL',
    args: [col(1, 2), 140],
    message: 'CLV_HISTORICAL: gross margin 140 is above 100',
    why: 'margin',
  },
  {
    fn: 'CLV_HISTORICAL',
    args: [col(1, -2), 40],
    message: 'CLV_HISTORICAL: −2 in row 2 is negative',
    why: 'negative purchase',
  },
  {
    fn: 'CAC',
    args: [10000, 0],
    message: 'CAC: customers acquired must be greater than 0',
    why: 'zero denominator',
  },
  {
    fn: 'CAC',
    args: [10000, 2.5],
    message: 'CAC: customers acquired must be a whole number',
    why: 'fractional count',
  },
  {
    fn: 'FRT',
    args: [col(1, 2), col(1.5, 1.5)],
    message: 'FRT: first_reply is before created (row 2)',
    why: 'ends before it starts',
  },
  {
    fn: 'FRT',
    args: [col(1), col(new Date(2026, 0, 1))],
    message: 'FRT: created and first_reply mix a date and a plain number (row 1)',
    why: 'mixed pair',
  },
  {
    fn: 'FRT',
    args: [col(1, 2), col(1.5)],
    message: 'FRT: created (2×1) and first_reply (1×1) must have the same shape',
    why: 'shapes',
  },
  {
    fn: 'FRT',
    args: [col(1), col(2), 'weeks'],
    message: 'FRT: unknown unit "weeks"; use one of: seconds, minutes, hours, days',
    why: 'unit',
  },
  {
    fn: 'FRT',
    args: [col(1), col(2), 'hours', 'mode'],
    message: 'FRT: unknown statistic "mode"; use one of: mean, median, p90',
    why: 'statistic',
  },
  {
    fn: 'FRT',
    args: [col(1, ''), col('', '')],
    message: 'FRT: no row has both created and first_reply',
    why: 'nothing answered',
  },
  {
    fn: 'FRT',
    args: [col(''), col(2)],
    message: 'FRT: first_reply is set but created is blank (row 1)',
    why: 'reply without creation',
  },
  {
    fn: 'RESPONSE_TIME',
    args: [col(2), col(1)],
    message: 'RESPONSE_TIME: replied is before received (row 1)',
    why: 'reply before receipt',
  },
  {
    fn: 'RESOLUTION_TIME',
    args: [col('x'), col(2)],
    message: 'RESOLUTION_TIME: created in row 1 is "x", not a date-time',
    why: 'text against a time',
  },
  {
    fn: 'RESOLUTION_TIME',
    args: [col(1)],
    message: 'RESOLUTION_TIME: expects 2 to 6 arguments',
    why: 'too few',
  },
  {
    fn: 'AHT',
    args: [col(5, -1), col(1, 1), col(1, 1)],
    message: 'AHT: talk: −1 is negative (row 2)',
    why: 'negative duration',
  },
  {
    fn: 'AHT',
    args: [col(5, 1), col(1), col(1, 1)],
    message: 'AHT: talk (2×1) and hold (1×1) must have the same shape',
    why: 'shapes',
  },
  {
    fn: 'AHT',
    args: [col(''), col(''), col('')],
    message: 'AHT: there are no contacts',
    why: 'empty',
  },
  {
    fn: 'AHT',
    args: [col(new Date(2026, 0, 1)), col(1), col(1)],
    message: 'AHT: talk: a date-time is not a duration',
    why: 'timestamp',
  },
  {
    fn: 'AVG_WAIT',
    args: [500, 0],
    message: 'AVG_WAIT: contacts served must be greater than 0',
    why: 'zero served',
  },
  {
    fn: 'SERVICE_LEVEL',
    args: [col(1, 2), col(1, 2)],
    message: 'SERVICE_LEVEL: threshold must be a single value',
    why: 'range threshold',
  },
  {
    fn: 'SERVICE_LEVEL',
    args: [col(''), 20],
    message: 'SERVICE_LEVEL: there are no wait times',
    why: 'empty',
  },
  {
    fn: 'FCR',
    args: [120, 100],
    message: 'FCR: resolved on first contact (120) cannot be more than resolved tickets (100)',
    why: 'part > whole',
  },
  {
    fn: 'RESOLUTION_RATE',
    args: [5, 0],
    message: 'RESOLUTION_RATE: all tickets must be greater than 0',
    why: 'zero total',
  },
  {
    fn: 'RESPONSE_RATE',
    args: [1.5, 10],
    message: 'RESPONSE_RATE: responses must be a whole number',
    why: 'fractional',
  },
  {
    fn: 'ABANDON_RATE',
    args: [1, -10],
    message: 'ABANDON_RATE: contacts offered must not be negative',
    why: 'negative',
  },
  {
    fn: 'REFERRAL_RATE',
    args: [true, 10],
    message: 'REFERRAL_RATE: referred is true, not a number',
    why: 'boolean scalar',
  },
  {
    fn: 'BACKLOG',
    args: [1, 2, 10],
    message: 'BACKLOG: open at start + created − resolved (1 + 2 − 10) must not be negative',
    why: 'resolved too many',
  },
  { fn: 'BACKLOG', args: [rep(1, 1), 2], message: 'BACKLOG: expects 3 arguments', why: 'too few' },
  // The hostile-input run.
  {
    fn: 'NPS',
    args: [col(9, '#n/a')],
    message: 'NPS: row 2 holds the error "#n/a"',
    why: 'an error value in any case',
  },
  {
    fn: 'NPS',
    args: [col(9, '#GETTING_DATA')],
    message: 'NPS: row 2 holds the error "#GETTING_DATA"',
    why: 'data still loading',
  },
  {
    fn: 'NPS',
    args: [col(9, {})],
    message: 'NPS: row 2 holds a value that is not a number, text or date',
    why: 'not a cell value',
  },
  {
    fn: 'NPS',
    args: [[[9], 10]],
    message: 'NPS: row 2 of the range is not a row of cells',
    why: 'a row that is not a row',
  },
  {
    fn: 'NPS',
    args: [col('1e400')],
    message: 'NPS: row 1 holds "1e400", a number too large for a spreadsheet',
    why: 'text beyond a double',
  },
  {
    fn: 'CLV',
    args: [1e200, 1e200, 1],
    message: 'CLV: the result is too large for a spreadsheet; check the inputs',
    why: 'overflow',
  },
  {
    fn: 'FRT',
    args: [0, 1e308],
    message: 'FRT: the result is too large for a spreadsheet; check the inputs',
    why: 'overflow',
  },
  {
    fn: 'BACKLOG',
    args: [1e308, 1e308, 0],
    message: 'BACKLOG: the result is too large for a spreadsheet; check the inputs',
    why: 'overflow',
  },
  {
    fn: 'CRR',
    args: [100, 90, '#N/A'],
    message: 'CRR: new customers (N) holds the error "#N/A"',
    why: 'an error cell, single',
  },
  {
    fn: 'NPS_CHANGE',
    args: [col('Score'), col(9)],
    message: 'NPS_CHANGE: the period before has no responses',
    why: 'no responses',
  },
  {
    fn: 'NPS_CHANGE',
    args: [col(9), col(9, 11)],
    message: 'NPS_CHANGE: after: 11 in row 2 is outside the 0–10 scale',
    why: 'names the period and row',
  },
  {
    fn: 'NPS_CHANGE',
    args: [col(9), col(9), 1.5],
    message: 'NPS_CHANGE: confidence must be between 0 and 1, e.g. 0.95 (got 1.5)',
    why: 'confidence',
  },
  {
    fn: 'CSAT_CHANGE',
    args: [col(5), col('')],
    message: 'CSAT_CHANGE: the period after has no responses',
    why: 'no responses',
  },
  {
    fn: 'CSAT_CHANGE',
    args: [col(5)],
    message: 'CSAT_CHANGE: expects 2 to 5 arguments',
    why: 'too few',
  },
  // Ticket-level functions.
  {
    fn: 'NPS_CATEGORY',
    args: [col(10, 11)],
    message: 'NPS_CATEGORY: 11 in row 2 is outside the 0–10 scale',
    why: 'off the scale',
  },
  {
    fn: 'NPS_CATEGORY',
    args: [col(7.5)],
    message: 'NPS_CATEGORY: 7.5 in row 1 is not a whole score on the 0–10 scale',
    why: 'not whole',
  },
  {
    fn: 'REOPEN_RATE',
    args: [col(1, 1.5)],
    message: 'REOPEN_RATE: reopens in row 2 is 1.5, not a whole number of 0 or more',
    why: 'not whole',
  },
  {
    fn: 'REOPEN_RATE',
    args: [col('Reopens', '')],
    message: 'REOPEN_RATE: there are no tickets (no numbers in reopens)',
    why: 'no tickets',
  },
  {
    fn: 'ONE_TOUCH_RATE',
    args: [col(1, 2), col(0)],
    message: 'ONE_TOUCH_RATE: replies (2×1) and reopens (1×1) must have the same shape',
    why: 'shapes',
  },
  {
    fn: 'ONE_TOUCH_RATE',
    args: [col(1, 2), col(0, 'x')],
    message: 'ONE_TOUCH_RATE: reopens in row 2 is "x", not a number',
    why: 'text in reopens',
  },
  {
    fn: 'CSAT',
    args: [col('Good', 5)],
    message:
      'CSAT: mixes numbers and Good/Bad ratings (row 2 is a number, row 1 a rating); use one or the other',
    why: 'mixed',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, 'Mon-Fry 09:00-17:00'],
    message: 'BUSINESS_HOURS: "Mon-Fry" is not a day',
    why: 'a bad day',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, 'Mon-Fri 9-17'],
    message: 'BUSINESS_HOURS: "9-17" is not a time range like 09:00-17:00',
    why: 'a bad time range',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, 'Mon-Fri 09:00-25:00'],
    message: 'BUSINESS_HOURS: "09:00-25:00": 25:00 is not a time of day',
    why: 'a bad hour',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, '09:00-17:00'],
    message: 'BUSINESS_HOURS: "09:00-17:00" needs days, then hours, like "Mon-Fri 09:00-17:00"',
    why: 'no days',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, 'Mon 10:00-10:00'],
    message: 'BUSINESS_HOURS: "10:00-10:00" is empty',
    why: 'an empty interval',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [col(mon8, mon8), col(mon18, new Date(2026, 0, 5, 18))],
    message: 'BUSINESS_HOURS: start and end mix a date and a plain number (row 2)',
    why: 'mixed pair',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: ['abc', mon18],
    message: 'BUSINESS_HOURS: "abc" is not a date-time',
    why: 'text in a single cell',
  },
  {
    fn: 'BUSINESS_HOURS',
    args: [mon8, mon18, '', '', 'weeks'],
    message: 'BUSINESS_HOURS: unknown unit "weeks"; use one of: seconds, minutes, hours, days',
    why: 'unit',
  },
  {
    fn: 'FRT',
    args: [col(mon18), col(mon8), 'hours', 'mean', 'Mon-Fri 09:00-17:00'],
    message: 'FRT: first_reply is before created (row 1)',
    why: 'end before start stays an error',
  },
];
