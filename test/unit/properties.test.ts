/** Property-based checks of the custom functions (fast-check). */
import fc from 'fast-check';
import * as F from '../../src/functions';

const score = fc.integer({ min: 0, max: 10 });
const cellNoise = fc.constantFrom<unknown>('', null, 'Score', true, '  ');

describe('NPS', () => {
  test('lies within −100…100 and equals % promoters − % detractors', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 300 }), (scores) => {
        const nps = F.NPS(scores.map((s) => [s]));
        const p = scores.filter((s) => s >= 9).length;
        const d = scores.filter((s) => s <= 6).length;
        expect(nps).toBeGreaterThanOrEqual(-100);
        expect(nps).toBeLessThanOrEqual(100);
        expect(nps).toBeCloseTo(((p - d) / scores.length) * 100, 9);
      }),
    );
  });

  test('NPS_BREAKDOWN counts sum to the responses and the shares to 100', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(score, cellNoise), { maxLength: 200 }), (cells) => {
        fc.pre(cells.some((c) => typeof c === 'number'));
        const t = F.NPS_BREAKDOWN(cells.map((c) => [c]));
        const [p, pa, d, n, ignored] = t[1] as number[];
        expect(p + pa + d).toBe(n);
        expect(n).toBe(cells.filter((c) => typeof c === 'number').length);
        expect(ignored).toBe(cells.filter((c) => c === 'Score' || c === true).length);
        const shares = t[2] as number[];
        expect(shares[0] + shares[1] + shares[2]).toBeCloseTo(100, 9);
      }),
    );
  });

  test('does not depend on the order of the range or on blanks interleaved', () => {
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 100 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (scores, blanks) => {
          const base = F.NPS(scores.map((s) => [s]));
          const shuffled = [...scores].reverse().map((s) => [s] as unknown[]);
          for (const b of blanks) shuffled.splice(b % (shuffled.length + 1), 0, ['']);
          expect(F.NPS(shuffled)).toBeCloseTo(base, 9);
          // As a single row rather than a column.
          expect(F.NPS([scores])).toBeCloseTo(base, 9);
        },
      ),
    );
  });
});

describe('retention', () => {
  const counts = fc
    .record({ s: fc.integer({ min: 1, max: 1e6 }), kept: fc.nat(), n: fc.nat({ max: 1e6 }) })
    .map(({ s, kept, n }) => ({ s, e: (kept % (s + 1)) + n, n }));

  test('CRR + CHURN(S, E, N) = 100', () => {
    fc.assert(
      fc.property(counts, ({ s, e, n }) => {
        expect((F.CRR(s, e, n) as number) + (F.CHURN(s, e, n) as number)).toBeCloseTo(100, 9);
      }),
    );
  });

  test('spilled CRR equals CRR row by row', () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 12 }), (months) => {
        const spilled = F.CRR(
          months.map((x) => [x.s]),
          months.map((x) => [x.e]),
          months.map((x) => [x.n]),
        );
        // One month is a 1×1 range, which Sheets passes (and we return) as a single value.
        const rows = months.length === 1 ? [[spilled]] : (spilled as number[][]);
        months.forEach((x, i) => expect(rows[i][0]).toBe(F.CRR(x.s, x.e, x.n)));
      }),
    );
  });
});

describe('time', () => {
  test('mean, median and p90 do not depend on row order; unanswered rows are skipped', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.integer({ min: 40000, max: 50000 }),
            wait: fc.integer({ min: 0, max: 1000 }),
          }),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        (rows) => {
          const created = rows.map((r) => [r.start]);
          const replied = rows.map((r) => [r.start + r.wait / 100]);
          const rev = <T>(a: T[]) => [...a].reverse();
          for (const stat of ['mean', 'median', 'p90']) {
            const a = F.FRT([...created, [45000]], [...replied, ['']], 'hours', stat);
            const b = F.FRT(rev(created), rev(replied), 'hours', stat);
            expect(a).toBeCloseTo(b, 6);
          }
        },
      ),
    );
  });
});
