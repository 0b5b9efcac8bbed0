/**
 * Is the change real? Tab 1's change and margin rows (native formulas) against NPS_CHANGE
 * and CSAT_CHANGE through the built bundle and against src/metrics, over random month pairs;
 * the first month and year to date against the previous period's report; tab 3's calculators.
 */
import { npsChange, csatChange } from '../../src/metrics';
import type { FakeSheet } from '../emulator/emulator';
import {
  call,
  cellAt,
  generate,
  monthKeys,
  newWorkbook,
  randomMonth,
  scoresFor,
  seeded,
  sheetOf,
  typeMonths,
  yearToDateInputs,
  type MonthInputs,
} from '../helpers/report';

const value = (s: FakeSheet, row: string, col: string) => cellAt(s, row, col).getValues()[0][0];
const npsCounts = (m: MonthInputs) => ({
  promoters: m.promoters,
  passives: m.passives,
  detractors: m.detractors,
});
const csatCounts = (m: MonthInputs) => ({
  satisfied: m.csat_satisfied,
  responses: m.csat_responses,
});
const npsScores = (m: MonthInputs) =>
  scoresFor([
    [10, m.promoters],
    [7, m.passives],
    [2, m.detractors],
  ]);
const csatScores = (m: MonthInputs) =>
  scoresFor([
    [5, m.csat_satisfied],
    [1, m.csat_responses - m.csat_satisfied],
  ]);

test('change rows equal NPS_CHANGE, CSAT_CHANGE and the library on random month pairs', () => {
  const wb = newWorkbook();
  const m = sheetOf(wb, generate(wb), 'metrics');
  const rand = seeded(1616);
  const months = monthKeys();
  let compared = 0;
  let coloured = 0;
  for (let year = 0; year < 6; year++) {
    const typed = Array.from({ length: 12 }, () => randomMonth(rand));
    typeMonths(m, typed);
    for (let i = 1; i < 12; i++) {
      const k = months[i];
      const nps = npsChange(npsCounts(typed[i - 1]), npsCounts(typed[i]), 0.95);
      const csat = csatChange(csatCounts(typed[i - 1]), csatCounts(typed[i]), 0.95);
      expect(value(m, 'c.nps', k) as number).toBeCloseTo(nps.change, 9);
      expect(value(m, 'c.nps.moe', k) as number).toBeCloseTo(nps.margin, 9);
      expect(value(m, 'c.csat', k) as number).toBeCloseTo(csat.change, 9);
      expect(value(m, 'c.csat.moe', k) as number).toBeCloseTo(csat.margin, 9);
      // The same numbers from the custom functions a user would type over the answers.
      const [[change, margin, p]] = call(
        wb.ctx,
        'NPS_CHANGE',
        npsScores(typed[i - 1]),
        npsScores(typed[i]),
      ) as number[][];
      expect(change).toBeCloseTo(nps.change, 9);
      expect(margin).toBeCloseTo(nps.margin, 9);
      expect(p).toBeCloseTo(nps.pValue, 9);
      const [[cChange, cMargin]] = call(
        wb.ctx,
        'CSAT_CHANGE',
        csatScores(typed[i - 1]),
        csatScores(typed[i]),
      ) as number[][];
      expect(cChange).toBeCloseTo(csat.change, 9);
      expect(cMargin).toBeCloseTo(csat.margin, 9);
      // Coloured (beyond its margin) exactly when the p-value is below 1 − confidence.
      expect(Math.abs(nps.change) > nps.margin).toBe(nps.pValue < 0.05);
      if (nps.pValue < 0.05) coloured++;
      compared++;
    }
    // Without a previous report, the first month and year to date have nothing to compare.
    expect(value(m, 'c.nps', months[0])).toBe('');
    expect(value(m, 'c.nps', 'ytd')).toBe('');
  }
  expect(compared).toBe(66);
  expect(coloured).toBeGreaterThan(0);
});

test('the first month and year to date compare with the previous period’s report', () => {
  const wb = newWorkbook();
  const before = sheetOf(wb, generate(wb, { year: 2025 }), 'metrics');
  const now = sheetOf(wb, generate(wb, { year: 2026 }), 'metrics');
  const rand = seeded(25);
  const last = Array.from({ length: 12 }, () => randomMonth(rand));
  const next = Array.from({ length: 12 }, () => randomMonth(rand));
  typeMonths(before, last, { year: 2025, firstMonth: 1 });
  typeMonths(now, next);
  // The 2026 report was created after the 2025 one: an update links them.
  generate(wb, { year: 2026 });
  const jan = npsChange(npsCounts(last[11]), npsCounts(next[0]), 0.95);
  expect(value(now, 'c.nps', '2026-01') as number).toBeCloseTo(jan.change, 9);
  // The 2025 report came first, so its tab has the plain name; the 2026 one carries its year.
  expect(now.getName()).toBe('Monthly metrics 2026');
  expect(cellAt(now, 'c.nps', '2026-01').getFormulas()[0][0]).toContain("'Monthly metrics'!O");
  const ytd = npsChange(npsCounts(yearToDateInputs(last)), npsCounts(yearToDateInputs(next)), 0.95);
  expect(value(now, 'c.nps', 'ytd') as number).toBeCloseTo(ytd.change, 9);
  expect(value(now, 'c.nps.moe', 'ytd') as number).toBeCloseTo(ytd.margin, 9);
  const csat = csatChange(
    csatCounts(yearToDateInputs(last)),
    csatCounts(yearToDateInputs(next)),
    0.95,
  );
  expect(value(now, 'c.csat', 'ytd') as number).toBeCloseTo(csat.change, 9);
  // The confidence beside the targets drives every margin.
  cellAt(now, 'conf', 'target').setValues([[0.99]]);
  expect(value(now, 'c.nps.moe', 'ytd') as number).toBeCloseTo(
    npsChange(npsCounts(yearToDateInputs(last)), npsCounts(yearToDateInputs(next)), 0.99).margin,
    9,
  );
});

test('tab 3: "is the change real?" calculators give the worked examples and a verdict in words', () => {
  const wb = newWorkbook();
  const f = sheetOf(wb, generate(wb), 'formulas');
  expect(value(f, 'k.nps_change.change', 'def') as number).toBeCloseTo(-16.78571428571428, 9);
  expect(value(f, 'k.nps_change.margin', 'def') as number).toBeCloseTo(12.421778424404167, 9);
  expect(value(f, 'k.nps_change.p', 'def') as number).toBeCloseTo(0.008084377807569432, 9);
  expect(value(f, 'k.nps_change.verdict', 'def')).toBe('Real: the change is larger than noise');
  expect(value(f, 'k.csat_change.p', 'def') as number).toBeCloseTo(0.08000996901840796, 9);
  expect(value(f, 'k.csat_change.verdict', 'def')).toBe(
    'Could be noise: the change is within the margin of error',
  );
  // Random counts typed into the calculator agree with NPS_CHANGE on the same answers.
  const rand = seeded(3);
  for (let i = 0; i < 20; i++) {
    const a = randomMonth(rand);
    const b = randomMonth(rand);
    const ids = [
      'promoters1',
      'passives1',
      'detractors1',
      'promoters2',
      'passives2',
      'detractors2',
    ];
    const counts = [a.promoters, a.passives, a.detractors, b.promoters, b.passives, b.detractors];
    ids.forEach((id, j) => cellAt(f, `k.nps_change.${id}`, 'def').setValues([[counts[j]]]));
    const [[change, margin, p]] = call(
      wb.ctx,
      'NPS_CHANGE',
      npsScores(a),
      npsScores(b),
    ) as number[][];
    expect(value(f, 'k.nps_change.change', 'def') as number).toBeCloseTo(change, 9);
    expect(value(f, 'k.nps_change.margin', 'def') as number).toBeCloseTo(margin, 9);
    expect(value(f, 'k.nps_change.p', 'def') as number).toBeCloseTo(p, 9);
  }
  // In another language, the verdict speaks it.
  const sl = sheetOf(wb, generate(wb, { language: 'sl' }), 'formulas');
  cellAt(sl, 'k.nps_change.promoters2', 'def').setValues([[136]]);
  cellAt(sl, 'k.nps_change.passives2', 'def').setValues([[85]]);
  cellAt(sl, 'k.nps_change.detractors2', 'def').setValues([[59]]);
  ['promoters1', 'passives1', 'detractors1'].forEach((id, j) =>
    cellAt(sl, `k.nps_change.${id}`, 'def').setValues([[[160, 84, 36][j]]]),
  );
  expect(value(sl, 'k.nps_change.verdict', 'def')).toBe(
    'Resnična: sprememba je večja od naključnih nihanj',
  );
});
