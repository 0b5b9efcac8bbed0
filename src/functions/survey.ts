/** Survey functions: NPS, CSAT, CES and the feedback response rate. */
import * as m from '../metrics';
import { ERROR_VALUE, NUMBER, describe, kindOf, numberIn, toGrid } from '../sheets/cells';
import { checkArity, guard, inContext, place } from '../sheets/errors';
import { optionalNumber } from '../sheets/options';
import { meanOnScale, shareOnScale, spill, tallyCsat, tallyNps, type Table } from './shared';
import type { Spilled } from '../sheets/elementwise';
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
    if (t.promoters + t.passives + t.detractors === 0) m.fail('noScores');
    return m.npsMarginOfError(t, c);
  });
}

/**
 * Customer satisfaction: % of answers at or above satisfied_from on a 1–scale_max scale, or % Good of Good/Bad ratings.
 *
 * @param {B2:B500} scores Survey answers, whole numbers from 1 to scale_max; or Good/Bad ratings as a help desk exports them (Offered and Unoffered are skipped; scale_max and satisfied_from then do not apply).
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

const CATEGORY = ['Detractor', 'Passive', 'Promoter'];

/**
 * Promoter, Passive or Detractor for each 0–10 answer, in the same shape; a blank stays blank.
 *
 * @param {B2:B500} scores Answers on the 0–10 scale; blanks and text (a header) give a blank.
 * @return "Promoter" (9–10), "Passive" (7–8) or "Detractor" (0–6) per cell.
 * @customfunction
 */
export function NPS_CATEGORY(scores: unknown): string | Table {
  return guard('NPS_CATEGORY', () => {
    checkArity('NPS_CATEGORY', arguments.length, ['scores'], 1);
    const grid = toGrid(scores);
    const rows = grid.length;
    const out = grid.map((row, r) =>
      row.map((v, c) => {
        const kind = kindOf(v);
        if (kind === ERROR_VALUE)
          m.fail('holds', {
            subject: { place: place(r, c, rows, row.length) },
            value: describe(v),
          });
        if (kind !== NUMBER) return '';
        const n = numberIn(v);
        const flaw = m.scoreProblem(n, 0, 10);
        if (flaw) m.fail('badNumber', { n, place: place(r, c, rows, row.length), flaw });
        return CATEGORY[m.npsCategory(n)];
      }),
    );
    return rows === 1 && out[0].length === 1 ? out[0][0] : out;
  });
}

/**
 * Is the NPS change real? Spills one row: change in points (after − before), its margin of error, two-sided p-value.
 *
 * @param {B2:B300} before Answers (0–10) of the earlier period.
 * @param {C2:C300} after Answers (0–10) of the later period.
 * @param {0.95} confidence Confidence level between 0 and 1; 0.95 if omitted.
 * @return Change, margin of error (both in NPS points) and p-value: a change larger than the margin, p-value below 1 − confidence, is beyond noise.
 * @customfunction
 */
export function NPS_CHANGE(before: unknown, after: unknown, confidence?: unknown): Table {
  return guard('NPS_CHANGE', () => {
    checkArity('NPS_CHANGE', arguments.length, ['before', 'after', 'confidence'], 2);
    const c = optionalNumber('NPS_CHANGE', 'confidence', confidence, 0.95);
    m.checkConfidence(c);
    const r = m.npsChange(
      tallyIn('before', before, tallyNps),
      tallyIn('after', after, tallyNps),
      c,
    );
    return [[r.change, r.margin, r.pValue]];
  });
}

/**
 * Is the CSAT change real? Spills one row: change in percentage points, its margin of error, two-sided p-value.
 *
 * @param {B2:B300} before Answers (1–scale_max, or Good/Bad ratings) of the earlier period.
 * @param {C2:C300} after Answers of the later period.
 * @param {5} scale_max The top of the scale (2–10); 5 if omitted.
 * @param {4} satisfied_from The lowest satisfied answer; scale_max − 1 if omitted.
 * @param {0.95} confidence Confidence level between 0 and 1; 0.95 if omitted.
 * @return Change, margin of error (both in percentage points) and p-value.
 * @customfunction
 */
export function CSAT_CHANGE(
  before: unknown,
  after: unknown,
  scale_max?: unknown,
  satisfied_from?: unknown,
  confidence?: unknown,
): Table {
  return guard('CSAT_CHANGE', () => {
    const fn = 'CSAT_CHANGE';
    checkArity(
      fn,
      arguments.length,
      ['before', 'after', 'scale_max', 'satisfied_from', 'confidence'],
      2,
    );
    const max = optionalNumber(fn, 'scale_max', scale_max, 5);
    m.checkScale(max, undefined, 'satisfied_from');
    const from = optionalNumber(fn, 'satisfied_from', satisfied_from, max - 1);
    m.checkScale(max, from, 'satisfied_from');
    const c = optionalNumber(fn, 'confidence', confidence, 0.95);
    m.checkConfidence(c);
    const tally = (v: unknown) => {
      const t = tallyCsat(v, max, from);
      return { satisfied: t.atOrAbove, responses: t.responses };
    };
    const r = m.csatChange(tallyIn('before', before, tally), tallyIn('after', after, tally), c);
    return [[r.change, r.margin, r.pValue]];
  });
}

/** Tallies one period, naming it when its cells are wrong ("before: 11 in row 3 …"). */
function tallyIn<T>(which: string, v: unknown, tally: (v: unknown) => T): T {
  try {
    return tally(v);
  } catch (e) {
    if (e instanceof m.MetricInputError)
      throw new m.MetricInputError(inContext(e.problem, undefined, which));
    throw e;
  }
}
