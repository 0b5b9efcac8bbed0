/**
 * Is a change real? The change in NPS (or CSAT) between two periods, its margin of error
 * and the two-sided p-value, from each period's counts: for NPS, var = (p + d − (p − d)²) / n
 * with p and d the promoter and detractor shares; for CSAT, var = s(1 − s) / n with s the
 * satisfied share. SE = √(var₁ + var₂) × 100, margin = z × SE with z = Φ⁻¹((1 + confidence) / 2),
 * p-value = 2 × (1 − Φ(|change| / SE)); with SE = 0 the p-value is 1 for no change, else 0.
 */
import { fail } from './errors';
import { normalCdf, normalQuantile, type NpsCounts } from './survey';

export interface Change {
  /** After − before, in points. */
  change: number;
  /** Margin of error of the change at the confidence, in points. */
  margin: number;
  /** Two-sided p-value: how likely a change at least this large is by chance alone. */
  pValue: number;
}

export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) fail('confidence', { got: confidence });
}

function changeOf(change: number, variance: number, confidence: number): Change {
  checkConfidence(confidence);
  const se = Math.sqrt(Math.max(0, variance)) * 100;
  const margin = normalQuantile(0.5 + confidence / 2) * se;
  const pValue = se === 0 ? (change === 0 ? 1 : 0) : 2 * (1 - normalCdf(Math.abs(change) / se));
  return { change, margin, pValue };
}

function npsPart(c: NpsCounts, which: string): { nps: number; variance: number } {
  const n = c.promoters + c.passives + c.detractors;
  if (n === 0) fail('periodEmpty', { period: which });
  const p = c.promoters / n;
  const d = c.detractors / n;
  return { nps: (p - d) * 100, variance: (p + d - (p - d) * (p - d)) / n };
}

/** The NPS change from one period's counts to another's. */
export function npsChange(before: NpsCounts, after: NpsCounts, confidence: number): Change {
  const a = npsPart(before, 'before');
  const b = npsPart(after, 'after');
  return changeOf(b.nps - a.nps, a.variance + b.variance, confidence);
}

export interface SatisfiedCounts {
  satisfied: number;
  responses: number;
}

function csatPart(c: SatisfiedCounts, which: string): { csat: number; variance: number } {
  if (c.responses === 0) fail('periodEmpty', { period: which });
  if (c.satisfied > c.responses) fail('periodOver', { period: which });
  const s = c.satisfied / c.responses;
  return { csat: s * 100, variance: (s * (1 - s)) / c.responses };
}

/** The CSAT change (percentage points) from one period's counts to another's. */
export function csatChange(
  before: SatisfiedCounts,
  after: SatisfiedCounts,
  confidence: number,
): Change {
  const a = csatPart(before, 'before');
  const b = csatPart(after, 'after');
  return changeOf(b.csat - a.csat, a.variance + b.variance, confidence);
}
