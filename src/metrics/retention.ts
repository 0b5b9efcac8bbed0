/** Retention and value: CRR, churn, CLV, CAC, referral rate. */
import { count, countShare, fail, nonNegative, positive, positiveCount, type Name } from './errors';

/** Customer retention rate: ((E − N) / S) × 100. */
export function crr(start: number, end: number, added: number): number {
  positiveCount(start, 'customers at start (S)');
  count(end, 'customers at end (E)');
  count(added, 'new customers (N)');
  const kept = end - added;
  if (kept < 0) fail('keptBelowZero', { end, added });
  if (kept > start) fail('keptOverStart', { kept, start });
  return (kept / start) * 100;
}

/** Churn: customers lost / customers at start × 100. */
export function churn(lost: number, start: number): number {
  return countShare(lost, 'customers lost', start, 'customers at start');
}

/** Churn as the complement of CRR: 100 − CRR(S, E, N). */
export function churnFromCounts(start: number, end: number, added: number): number {
  return 100 - crr(start, end, added);
}

/** CLV = average purchase × purchases per year × years − CAC. */
export function clv(
  avgPurchase: number,
  purchasesPerYear: number,
  years: number,
  cacValue = 0,
): number {
  nonNegative(avgPurchase, 'average purchase value');
  nonNegative(purchasesPerYear, 'purchases per year');
  nonNegative(years, 'customer lifespan in years');
  nonNegative(cacValue, 'acquisition cost (cac)');
  return avgPurchase * purchasesPerYear * years - cacValue;
}

/** Gross margin as a fraction: values ≤ 1 are fractions (0.4), values above 1 are percent (40). */
export function marginFraction(margin: number): number {
  nonNegative(margin, 'gross margin');
  if (margin > 100) fail('marginOver100', { got: margin });
  return margin <= 1 ? margin : margin / 100;
}

/** Historical CLV = sum of purchases × gross margin. */
export function clvHistorical(purchasesTotal: number, margin: number): number {
  return purchasesTotal * marginFraction(margin);
}

/** CAC = sales and marketing spend / customers acquired. */
export function cac(spend: number, acquired: number): number {
  nonNegative(spend, 'spend');
  positiveCount(acquired, 'customers acquired');
  return spend / acquired;
}

/** Referral rate: customers who came by referral / all customers × 100. */
export function referralRate(referred: number, customers: number): number {
  return countShare(referred, 'customers referred', customers, 'customers');
}

/** Average of a total over a positive count (average wait, average first response). */
export function averageOf(total: number, totalLabel: Name, n: number, nLabel: Name): number {
  nonNegative(total, totalLabel);
  positive(n, nLabel);
  count(n, nLabel);
  return total / n;
}
