/** Survey scores: NPS, CSAT, CES and the feedback response rate. */
import { count, countShare, fail, positiveCount } from './errors';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export const NPS_SCALE = { min: 0, max: 10, promoterFrom: 9, detractorTo: 6 } as const;

/** What is wrong with a score on a min..max scale, or undefined when it is fine. */
export function scoreProblem(score: number, min: number, max: number): string | undefined {
  if (!Number.isInteger(score)) return `is not a whole score on the ${min}–${max} scale`;
  if (score < min || score > max) return `is outside the ${min}–${max} scale`;
  return undefined;
}

/** 2 = promoter, 1 = passive, 0 = detractor, for a score already checked to be on 0–10. */
export function npsCategory(score: number): 0 | 1 | 2 {
  return score >= NPS_SCALE.promoterFrom ? 2 : score > NPS_SCALE.detractorTo ? 1 : 0;
}

/** NPS = % promoters − % detractors, −100…100. */
export function npsFromCounts(promoters: number, passives: number, detractors: number): number {
  count(promoters, 'promoters');
  count(passives, 'passives');
  count(detractors, 'detractors');
  const total = promoters + passives + detractors;
  if (total === 0) fail('there are no responses (no scores from 0 to 10)');
  return ((promoters - detractors) / total) * 100;
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation; relative
 * error below 1.2e-9 on (0, 1), ample for a margin of error).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) fail(`probability ${p} must be between 0 and 1`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  return x;
}

/**
 * Margin of error of an NPS in points: z·√((p + d − (p − d)²) / n)·100, where p and d
 * are the promoter and detractor shares and n the number of responses.
 */
export function npsMarginOfError(c: NpsCounts, confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    fail(`confidence must be between 0 and 1, e.g. 0.95 (got ${confidence})`);
  }
  const n = c.promoters + c.passives + c.detractors;
  positiveCount(n, 'number of responses');
  const p = c.promoters / n;
  const d = c.detractors / n;
  const z = normalQuantile(0.5 + confidence / 2);
  return z * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n) * 100;
}

/** Checks a 1..scale_max scale and the threshold on it. */
export function checkScale(
  scaleMax: number,
  threshold: number | undefined,
  thresholdLabel: string,
): void {
  if (!Number.isInteger(scaleMax) || scaleMax < 2 || scaleMax > 10) {
    fail(`scale_max must be a whole number from 2 to 10 (got ${scaleMax})`);
  }
  if (
    threshold !== undefined &&
    (!Number.isInteger(threshold) || threshold < 1 || threshold > scaleMax)
  ) {
    fail(`${thresholdLabel} must be a whole number from 1 to ${scaleMax} (got ${threshold})`);
  }
}

/** CSAT / CES %: share of answers at or above the threshold, × 100. */
export function shareAtOrAbove(atOrAbove: number, responses: number): number {
  if (responses === 0) fail('there are no responses on the scale');
  return countShare(atOrAbove, 'satisfied answers', responses, 'responses');
}

/** Mean score (CSAT average, CES). */
export function meanScore(sum: number, responses: number): number {
  if (responses === 0) fail('there are no responses on the scale');
  return sum / responses;
}

/** Feedback response rate: responses / surveys sent × 100. */
export function responseRate(responses: number, sent: number): number {
  return countShare(responses, 'responses', sent, 'surveys sent');
}
