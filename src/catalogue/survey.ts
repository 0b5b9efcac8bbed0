/** Catalogue entries for surveys: NPS, CSAT, CES and the response rate, with margins and changes. */
import * as m from '../metrics';
import type { Metric } from './types';

const scores = (fn: string, extra = '') => `=${fn}(B2:B500${extra})`;

export const SURVEY_METRICS: Metric[] = [
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
    // In tab 1 over the CSAT survey: its responses, of the surveys sent (typed, or counted
    // from the Tickets tab where the export says which tickets were offered one: Zendesk).
    tracked: { responses: 'csat_responses', sent: 'surveys_offered' },
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
];
