/** Survey scores: NPS, CSAT, CES and the feedback response rate. */
import { count, countShare, fail, positiveCount, type Flaw } from './errors';

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export const NPS_SCALE = { min: 0, max: 10, promoterFrom: 9, detractorTo: 6 } as const;

/**
 * What is wrong with a score on a min..max scale, or undefined when it is fine. Called once
 * per cell, so it touches no globals (`score % 1`, not Number.isInteger): global lookups are
 * slow inside a node:vm context and cost time in any host.
 */
export function scoreProblem(score: number, min: number, max: number): Flaw | undefined {
  if (score % 1 !== 0) return { kind: 'notWholeScore', min, max };
  if (score < min || score > max) return { kind: 'offScale', min, max };
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
  if (total === 0) fail('noScores');
  return ((promoters - detractors) / total) * 100;
}

/**
 * Inverse of the standard normal CDF: Acklam's rational approximation (relative error
 * below 1.2e-9), refined by one Newton step.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) fail('probability', { got: p });
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
  // One Newton step against a double-precision normal CDF brings the error to ~1e-15,
  // so NPS_MOE matches the report's native NORMSINV to far below 1e-9.
  return x - (normalCdf(x) - p) * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
}

/** Standard normal CDF, Hart's double-precision approximation (as given by G. West, 2005). */
export function normalCdf(x: number): number {
  const z = Math.abs(x);
  let c = 0;
  if (z <= 37) {
    const e = Math.exp((-z * z) / 2);
    if (z < 7.07106781186547) {
      let n = 3.52624965998911e-2 * z + 0.700383064443688;
      n = n * z + 6.37396220353165;
      n = n * z + 33.912866078383;
      n = n * z + 112.079291497871;
      n = n * z + 221.213596169931;
      n = n * z + 220.206867912376;
      let d = 8.83883476483184e-2 * z + 1.75566716318264;
      d = d * z + 16.064177579207;
      d = d * z + 86.7807322029461;
      d = d * z + 296.564248779674;
      d = d * z + 637.333633378831;
      d = d * z + 793.826512519948;
      d = d * z + 440.413735824752;
      c = (e * n) / d;
    } else {
      let b = z + 0.65;
      b = z + 4 / b;
      b = z + 3 / b;
      b = z + 2 / b;
      b = z + 1 / b;
      c = e / b / 2.506628274631;
    }
  }
  return x > 0 ? 1 - c : c;
}

/**
 * Margin of error of an NPS in points: z·√((p + d − (p − d)²) / n)·100, where p and d
 * are the promoter and detractor shares and n the number of responses.
 */
export function npsMarginOfError(c: NpsCounts, confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    fail('confidence', { got: confidence });
  }
  const n = c.promoters + c.passives + c.detractors;
  positiveCount(n, 'responses');
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
    fail('scaleMax', { got: scaleMax });
  }
  if (
    threshold !== undefined &&
    (!Number.isInteger(threshold) || threshold < 1 || threshold > scaleMax)
  ) {
    fail('threshold', { arg: thresholdLabel, max: scaleMax, got: threshold });
  }
}

/** CSAT / CES %: share of answers at or above the threshold, × 100. */
export function shareAtOrAbove(atOrAbove: number, responses: number): number {
  if (responses === 0) fail('noScaleAnswers');
  return countShare(atOrAbove, 'satisfied answers', responses, 'responses');
}

/** Mean score (CSAT average, CES). */
export function meanScore(sum: number, responses: number): number {
  if (responses === 0) fail('noScaleAnswers');
  return sum / responses;
}

/** Feedback response rate: responses / surveys sent × 100. */
export function responseRate(responses: number, sent: number): number {
  return countShare(responses, 'responses', sent, 'surveys sent');
}
