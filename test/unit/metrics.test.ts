/** The metric library with every worked example from the source guides. */
import { renderProblem } from '../../src/i18n/problems';
import fc from 'fast-check';
import * as m from '../../src/metrics';

/** The English sentence of the problem a thunk throws. */
function said(thunk: () => unknown): string {
  try {
    thunk();
  } catch (e) {
    expect(e).toBeInstanceOf(m.MetricInputError);
    return renderProblem((e as m.MetricInputError).problem, '');
  }
  throw new Error('did not throw');
}

describe('worked examples from the guides', () => {
  test('NPS 70 % − 10 % = 60 and 80 % − 15 % = 65', () => {
    expect(m.npsFromCounts(70, 20, 10)).toBeCloseTo(60, 12);
    expect(m.npsFromCounts(80, 5, 15)).toBeCloseTo(65, 12);
  });
  test('CSAT 30 satisfied of 50 → 60', () => expect(m.shareAtOrAbove(30, 50)).toBe(60));
  test('CRR (200, 200, 20) → 90 and (100, 90, 15) → 75', () => {
    expect(m.crr(200, 200, 20)).toBe(90);
    expect(m.crr(100, 90, 15)).toBe(75);
  });
  test('churn 20 of 250 → 8, and 100 − CRR', () => {
    expect(m.churn(20, 250)).toBe(8);
    expect(m.churnFromCounts(200, 200, 20)).toBe(10);
  });
  test('CLV 50 × 5 × 3 = 750; minus CAC', () => {
    expect(m.clv(50, 5, 3)).toBe(750);
    expect(m.clv(50, 5, 3, 100)).toBe(650);
  });
  test('CAC 10 000 / 20 000 = 0.5', () => expect(m.cac(10000, 20000)).toBe(0.5));
  test('average wait 500 / 200 = 2.5', () => expect(m.avgWait(500, 200)).toBe(2.5));
});

describe('validation', () => {
  test.each([
    [() => m.crr(0, 10, 1), 'customers at start (S) must be greater than 0'],
    [() => m.crr(100, 10, 20), 'E − N is below 0'],
    [() => m.crr(100, 150, 20), 'more than the 100 customers at start'],
    [() => m.crr(100.5, 90, 1), 'must be a whole number'],
    [() => m.churn(30, 20), 'cannot be more than'],
    [() => m.cac(100, 0), 'customers acquired must be greater than 0'],
    [() => m.clv(-1, 2, 3), 'must not be negative'],
    [() => m.npsFromCounts(0, 0, 0), 'no responses'],
    [() => m.backlog(1, 2, 10), 'must not be negative'],
    [() => m.marginFraction(140), 'above 100'],
    [() => m.parseUnit('weeks'), 'use one of: seconds, minutes, hours, days'],
    [() => m.parseStatistic('mode'), 'use one of: mean, median, p90'],
    [
      () => m.npsMarginOfError({ promoters: 1, passives: 1, detractors: 1 }, 95),
      'confidence must be between 0 and 1',
    ],
  ])('%#: %s', (thunk, message) => {
    expect(said(thunk)).toContain(message);
  });

  test('score problems', () => {
    expect(m.scoreProblem(11, 0, 10)).toEqual({ kind: 'offScale', min: 0, max: 10 });
    expect(m.scoreProblem(7.5, 0, 10)).toEqual({ kind: 'notWholeScore', min: 0, max: 10 });
    expect(m.scoreProblem(0, 0, 10)).toBeUndefined();
  });
});

describe('statistics', () => {
  test('median of odd and even counts, unsorted input', () => {
    expect(m.median(Float64Array.from([5, 1, 3]), 3)).toBe(3);
    expect(m.median(Float64Array.from([4, 1, 3, 2]), 4)).toBe(2.5);
    expect(m.median(Float64Array.from([7, 7, 7, 1, 9, 9]), 6)).toBe(7);
  });
  test('median agrees with a sort on random data', () => {
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(Math.random() * 50);
      const v = Float64Array.from({ length: n }, () => Math.floor(Math.random() * 10));
      const sorted = Array.from(v).sort((a, b) => a - b);
      const expected = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      expect(m.median(v, n)).toBe(expected);
    }
  });
  test('90th percentile interpolates between ranks like PERCENTILE.INC', () => {
    // ranks 0..9 of 1..10: (10-1)·0.9 = 8.1 → 9 + 0.1·(10-9)
    expect(m.quantile(Float64Array.from([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]), 10, 0.9)).toBeCloseTo(
      9.1,
      12,
    );
    expect(m.quantile(Float64Array.from([4]), 1, 0.9)).toBe(4);
    expect(m.quantile(Float64Array.from([3, 3, 3, 1, 5]), 5, 0.9)).toBeCloseTo(4.2, 12);
    expect(m.summarise(Float64Array.from([0, 10]), 2, 'p90')).toBeCloseTo(9, 12);
  });
  test('quantiles agree with a sorted-array reference on random data with ties', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 80 }),
        fc.constantFrom(0, 0.1, 0.5, 0.9, 1),
        (xs, p) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const rank = (xs.length - 1) * p;
          const lo = Math.floor(rank);
          const hi = Math.min(lo + 1, xs.length - 1);
          const expected = sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
          expect(m.quantile(Float64Array.from(xs), xs.length, p)).toBeCloseTo(expected, 9);
        },
      ),
    );
  });
  test('normal quantile', () => {
    expect(m.normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(m.normalQuantile(0.5)).toBeCloseTo(0, 13);
    expect(m.normalQuantile(0.005)).toBeCloseTo(-2.5758293035489004, 12);
    expect(m.normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 13);
    expect(m.normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
  });
  test('NPS margin of error', () => {
    // p = 0.7, d = 0.1, n = 100: 1.96 × √(0.44 / 100) × 100
    expect(m.npsMarginOfError({ promoters: 70, passives: 20, detractors: 10 }, 0.95)).toBeCloseTo(
      1.959963984540054 * Math.sqrt(0.0044) * 100,
      7,
    );
  });
});
