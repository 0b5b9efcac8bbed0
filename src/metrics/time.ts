/** Time metrics: units, mean/median/90th percentile, AHT, average wait, service level. */
import { averageOf } from './retention';
import { count, countShare, fail } from './errors';

export const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];
export const STATISTICS = ['mean', 'median', 'p90'] as const;
export type Statistic = (typeof STATISTICS)[number];

const PER_DAY: Record<TimeUnit, number> = { seconds: 86400, minutes: 1440, hours: 24, days: 1 };

/** How many of `unit` make one day. */
export function unitsPerDay(unit: TimeUnit): number {
  return PER_DAY[unit];
}

function pick<T extends string>(word: string, accepted: readonly T[], what: string): T {
  const w = word.trim().toLowerCase();
  const found = accepted.find((a) => a === w);
  if (!found) fail('unknownWord', { arg: what, word, accepted });
  return found;
}

export function parseUnit(word: string): TimeUnit {
  return pick(word, TIME_UNITS, 'unit');
}

export function parseStatistic(word: string): Statistic {
  return pick(word, STATISTICS, 'statistic');
}

/**
 * The k-th smallest (0-based) of the first n values, in expected linear time (quickselect).
 * Reorders `v` so that every value left of k is ≤ it and every value right of it is ≥ it.
 */
function kth(v: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        const t = v[i];
        v[i] = v[j];
        v[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return v[k];
  }
  return v[k];
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of the first n values, interpolated between the two nearest ranks
 * like PERCENTILE / PERCENTILE.INC in Sheets, Excel and LibreOffice; reorders `v`.
 */
export function quantile(v: Float64Array, n: number, p: number): number {
  if (n === 0) fail('noValues');
  const rank = (n - 1) * p;
  const below = Math.floor(rank);
  const at = kth(v, n, below);
  if (rank === below) return at;
  // After selecting `below`, every value right of it is ≥ it: the next rank is their min.
  let next = Infinity;
  for (let i = below + 1; i < n; i++) if (v[i] < next) next = v[i];
  return at + (next - at) * (rank - below);
}

/** Median of the first n values, in expected linear time (reorders `v`). */
export function median(v: Float64Array, n: number): number {
  return quantile(v, n, 0.5);
}

/** Mean, median or 90th percentile of the first n values. */
export function summarise(v: Float64Array, n: number, statistic: Statistic): number {
  if (n === 0) fail('noValues');
  if (statistic === 'median') return median(v, n);
  if (statistic === 'p90') return quantile(v, n, 0.9);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += v[i];
  return sum / n;
}

/** AHT = (Σ talk + Σ hold + Σ after-contact work) / contacts handled. */
export function aht(talk: number, hold: number, wrapUp: number, contacts: number): number {
  if (contacts === 0) fail('noContacts');
  count(contacts, 'contacts');
  return (talk + hold + wrapUp) / contacts;
}

/** Average wait (ASA) = total waiting time / contacts served. */
export function avgWait(totalWait: number, served: number): number {
  return averageOf(totalWait, 'total wait', served, 'contacts served');
}

/** Service level: contacts answered within the threshold / all contacts × 100. */
export function serviceLevel(within: number, total: number): number {
  if (total === 0) fail('noWaits');
  return countShare(within, 'answered in time', total, 'contacts');
}
