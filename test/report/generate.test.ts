/**
 * "Generate monthly report" end to end: the built bundle in node:vm, driving the offline
 * emulator, whose formulas HyperFormula evaluates. Values are read back and compared with
 * the metric library and with the custom functions on the same inputs.
 */
import { METRICS, TRACKED_INPUTS, trackedMetrics } from '../../src/catalogue';
import { TAB1, TAB2, tab1Positions } from '../../src/report/spec';
import {
  calculatorInputs,
  call,
  customCall,
  generate,
  newWorkbook,
  randomMonth,
  readMetrics,
  seeded,
  sheetOf,
  typeMonths,
  type MonthInputs,
} from '../helpers/report';

const SAMPLE: MonthInputs = {
  promoters: 70,
  passives: 20,
  detractors: 10,
  csat_satisfied: 30,
  csat_responses: 50,
  ces_sum: 520,
  ces_responses: 100,
  customers_start: 200,
  customers_end: 200,
  customers_new: 20,
  customers_lost: 20,
  spend: 10000,
  customers_acquired: 20000,
  avg_purchase: 50,
  purchase_frequency: 5,
  lifespan: 3,
  frt_hours: 300,
  frt_tickets: 120,
  resolution_hours: 960,
  open_start: 40,
  tickets_created: 500,
  tickets_resolved: 480,
  tickets_first_contact: 300,
};

describe('a generated report', () => {
  const wb = newWorkbook();
  const reply = generate(wb);
  const metrics = sheetOf(wb, reply, 'metrics');
  const volume = sheetOf(wb, reply, 'volume');
  const formulas = sheetOf(wb, reply, 'formulas');

  test('has the three tabs, first, in order, named in English', () => {
    expect(wb.emu.spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Monthly metrics',
      'Ticket volume',
      'Formulas & definitions',
      'Sheet1',
    ]);
    expect(reply.message).toMatch(/^Report ready in/);
  });

  test('tab 1: months, target, year to date, frozen headers, hidden keys', () => {
    const header = metrics.getRange(3, 2, 1, 16).getValues()[0];
    expect(header).toEqual([
      'Metric',
      'Good when',
      'Target',
      ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
        (m) => `${m} 2026`,
      ),
      'Year to date',
    ]);
    expect(metrics.frozenRows).toBe(3);
    expect(metrics.frozenColumns).toBe(2);
    expect([...metrics.hiddenColumns]).toEqual([1]);
    const labels = metrics
      .getDataRange()
      .getValues()
      .map((r) => r[1]);
    for (const input of TRACKED_INPUTS) expect(labels).toContain(input.name);
    for (const metric of trackedMetrics()) expect(labels).toContain(metric.name);
  });

  test('blank months show blank, never #DIV/0!', () => {
    const computed = readMetrics(metrics);
    for (const [id, row] of Object.entries(computed))
      expect([id, row]).toEqual([id, Array(13).fill('')]);
    const all = [metrics, volume, formulas].flatMap((s) =>
      s.getDataRange().getDisplayValues().flat(),
    );
    expect(all.filter((v) => v.startsWith('#'))).toEqual([]);
  });

  test('only native functions: no custom function in any formula, no decimal literal', () => {
    const custom = new Set(METRICS.flatMap((m) => m.functions.map((f) => f.name)));
    const found = [metrics, volume, formulas]
      .flatMap((s) => s.getDataRange().getFormulas().flat())
      .filter(Boolean);
    expect(found.length).toBeGreaterThan(250);
    for (const f of found) {
      const names = [...f.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((x) => x[1]);
      expect(names.filter((n) => custom.has(n))).toEqual([]);
      expect(f).not.toMatch(/\d\.\d/);
    }
  });

  test('data validation on inputs, warning protection on formulas, target formatting both ways', () => {
    const { inputRow, metricRow } = tab1Positions();
    const rule = metrics
      .getRange(inputRow.promoters, TAB1.firstMonth, 1, 1)
      .getDataValidations()[0][0]!;
    expect(rule.formula).toBe('=OR(ISBLANK(E5),AND(ISNUMBER(E5),E5>=0,E5=INT(E5)))');
    expect(rule.allowInvalid).toBe(false);
    const money = metrics
      .getRange(inputRow.spend, TAB1.firstMonth, 1, 1)
      .getDataValidations()[0][0]!;
    expect(money.formula).toBe(
      `=OR(ISBLANK(E${inputRow.spend}),AND(ISNUMBER(E${inputRow.spend}),E${inputRow.spend}>=0))`,
    );
    expect(
      metrics.getRange(metricRow.nps, TAB1.firstMonth, 1, 1).getDataValidations()[0][0],
    ).toBeNull();
    expect(metrics.protections).toHaveLength(1);
    expect(metrics.protections[0].warningOnly).toBe(true);
    expect(metrics.protections[0].range).toBe(
      `Monthly metrics!E${metricRow.nps}:Q${metricRow.backlog}`,
    );
    const rules = metrics.getConditionalFormatRules();
    expect(rules.map((r) => r.background)).toEqual(['#ceead6', '#fad2cf']);
    expect(rules[0].ranges).toEqual([`E${metricRow.nps}:P${metricRow.backlog}`]);
    expect(rules[0].formula).toBe(
      `=AND(ISNUMBER(E${metricRow.nps}),ISNUMBER($D${metricRow.nps}),IF($C${metricRow.nps}="↓",E${metricRow.nps}<=$D${metricRow.nps},E${metricRow.nps}>=$D${metricRow.nps}))`,
    );
  });

  test('tab 2: categories and channels by month, totals, shares and a line chart per table', () => {
    const labels = volume
      .getDataRange()
      .getValues()
      .map((r) => r[1]);
    for (const l of [
      'Sales question',
      'Technical question',
      'Cancellation',
      'Return',
      'Shipping',
      'Product availability',
      'Email',
      'Phone',
      'Live chat',
      'Social media',
    ]) {
      expect(labels).toContain(l);
    }
    const charts = volume.getCharts();
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      expect(c.type).toBe('LINE');
      expect(c.transpose).toBe(true);
      expect(c.position.col).toBeGreaterThan(TAB2.share);
    }
    expect(charts.map((c) => c.ranges[0])).toEqual(['B4:N11', 'B15:N20']);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Tickets by category',
      'Tickets by channel',
    ]);
  });

  test('tab 2 totals and shares compute', () => {
    const rand = seeded(7);
    const cats = Array.from({ length: 7 }, () =>
      Array.from({ length: 12 }, () => Math.floor(rand() * 500)),
    );
    volume.getRange(5, TAB2.firstMonth, 7, 12).setValues(cats);
    const values = volume.getRange(5, TAB2.total, 8, 2).getValues();
    const grand = cats.flat().reduce((a, b) => a + b, 0);
    cats.forEach((row, i) => {
      const total = row.reduce((a, b) => a + b, 0);
      expect(values[i][0]).toBe(total);
      expect(values[i][1] as number).toBeCloseTo((total / grand) * 100, 9);
    });
    expect(values[7]).toEqual([grand, 100]);
  });

  test('tab 2 checks each table against the tickets created typed in tab 1', () => {
    const created = tab1Positions().inputRow.tickets_created;
    const diffRow =
      volume
        .getDataRange()
        .getValues()
        .findIndex((r) => r[1] === 'Difference from tickets created (Monthly metrics)') + 1;
    expect(volume.getRange(diffRow, TAB2.firstMonth, 1, 1).getFormulas()[0][0]).toBe(
      `=IF(COUNT(C12,'Monthly metrics'!E${created})<2,"",C12-'Monthly metrics'!E${created})`,
    );
    const total = volume.getRange(diffRow - 1, TAB2.firstMonth, 1, 2).getValues()[0] as number[];
    metrics.getRange(created, TAB1.firstMonth, 1, 2).setValues([[total[0], total[1] - 5]]);
    expect(volume.getRange(diffRow, TAB2.firstMonth, 1, 3).getValues()).toEqual([[0, 5, '']]);
    metrics.getRange(created, TAB1.firstMonth, 1, 2).setValues([['', '']]);
    expect(volume.getRange(diffRow, TAB2.firstMonth, 1, 1).getValues()).toEqual([['']]);
  });

  test('tab 3: every metric, NPS first, each calculator showing its worked example', () => {
    const rows = formulas.getDataRange().getValues();
    const names = rows.filter((r) => METRICS.some((m) => m.name === r[1])).map((r) => r[1]);
    expect(names).toEqual(METRICS.map((m) => m.name));
    expect(names[0]).toBe('Net Promoter Score (NPS)');
    for (const metric of METRICS) {
      const r = rows.findIndex((row) => row[0] === `result:${metric.id}`);
      expect([metric.id, rows[r][2]]).toEqual([metric.id, expect.closeTo(metric.example, 9)]);
    }
    const npsResult = rows.findIndex((row) => row[0] === 'result:nps');
    expect(formulas.getRange(npsResult + 1, 3, 1, 1).getDisplayValues()[0][0]).toBe('60.0');
  });

  test('a realistic month: every metric equals the metric library and the custom function', () => {
    typeMonths(metrics, [SAMPLE]);
    const computed = readMetrics(metrics);
    for (const metric of trackedMetrics()) {
      const expected = metric.compute(calculatorInputs(metric, SAMPLE));
      expect([metric.id, computed[metric.id][0]]).toEqual([metric.id, expect.closeTo(expected, 9)]);
      expect([metric.id, computed[metric.id][12]]).toEqual([
        metric.id,
        expect.closeTo(expected, 9),
      ]);
      const custom = customCall(metric, SAMPLE);
      if (custom)
        expect([metric.id, call(wb.ctx, custom[0], ...custom[1])]).toEqual([
          metric.id,
          expect.closeTo(expected, 9),
        ]);
    }
    expect(computed.nps[0]).toBe(60);
    expect(computed.crr[0]).toBe(90);
    expect(computed.clv[0]).toBe(750);
    expect(
      metrics
        .getRange(tab1Positions().metricRow.cac, TAB1.firstMonth, 1, 1)
        .getDisplayValues()[0][0],
    ).toBe('0.50 €');
  });
});

describe('native formulas against the metric library over random months', () => {
  test('1 008 random months and 84 year-to-date columns agree within 1e-9', () => {
    const wb = newWorkbook();
    const metrics = sheetOf(wb, generate(wb), 'metrics');
    const rand = seeded(20261123);
    let worst = 0;
    let compared = 0;
    let customCompared = 0;
    for (let year = 0; year < 84; year++) {
      const months = Array.from({ length: 12 }, () => randomMonth(rand));
      typeMonths(metrics, months);
      const computed = readMetrics(metrics);
      for (const metric of trackedMetrics()) {
        months.forEach((month, i) => {
          const expected = metric.compute(calculatorInputs(metric, month));
          const got = computed[metric.id][i] as number;
          const diff = Math.abs(got - expected) / Math.max(1, Math.abs(expected));
          worst = Math.max(worst, diff);
          compared++;
          if (!(diff <= 1e-9))
            throw new Error(`${metric.id} month ${i}: native ${got}, library ${expected}`);
          // And the custom function a user would type, through the built bundle.
          const custom = customCall(metric, month);
          if (custom) {
            const value = call(wb.ctx, custom[0], ...custom[1]) as number;
            const d = Math.abs(got - value) / Math.max(1, Math.abs(value));
            worst = Math.max(worst, d);
            customCompared++;
            if (!(d <= 1e-9))
              throw new Error(`${metric.id} month ${i}: native ${got}, ${custom[0]} ${value}`);
          }
        });
        // Year to date: sums, first S, last E, averages of the value inputs, then the same math.
        const ytd: Record<string, number> = {};
        for (const input of TRACKED_INPUTS) {
          const series = months.map((m) => m[input.id]);
          ytd[input.id] =
            input.ytd === 'sum'
              ? series.reduce((a, b) => a + b, 0)
              : input.ytd === 'first'
                ? series[0]
                : input.ytd === 'last'
                  ? series[11]
                  : series.reduce((a, b) => a + b, 0) / 12;
        }
        let expected: number | string;
        try {
          expected = metric.compute(calculatorInputs(metric, ytd as MonthInputs));
        } catch {
          expected = 'error';
        }
        const got = computed[metric.id][12];
        if (typeof expected === 'number') {
          const diff = Math.abs((got as number) - expected) / Math.max(1, Math.abs(expected));
          worst = Math.max(worst, diff);
          if (!(diff <= 1e-9))
            throw new Error(`${metric.id} YTD: native ${got}, library ${expected}`);
        }
      }
    }
    expect(compared).toBe(84 * 12 * trackedMetrics().length);
    expect(customCompared).toBe(
      84 * 12 * trackedMetrics().filter((m) => customCall(m, randomMonth(rand))).length,
    );
    // For the closing note: the largest relative difference seen.
    console.log(
      `native vs library: ${compared} month values; vs custom functions: ${customCompared}; largest relative difference ${worst.toExponential(2)}`,
    );
  });

  test('year to date weights ratios by their counts, not by averaging monthly percentages', () => {
    const wb = newWorkbook();
    const metrics = sheetOf(wb, generate(wb), 'metrics');
    const a = { ...randomMonth(seeded(1)), csat_satisfied: 90, csat_responses: 100 };
    const b = { ...randomMonth(seeded(2)), csat_satisfied: 0, csat_responses: 10 };
    typeMonths(metrics, [a, b]);
    const csat = readMetrics(metrics).csat;
    expect(csat[0]).toBe(90);
    expect(csat[1]).toBe(0);
    expect(csat[12] as number).toBeCloseTo((90 / 110) * 100, 12); // not (90 + 0) / 2 = 45
  });
});

test('the first-month option starts the year where the team does (fiscal year)', () => {
  const wb = newWorkbook();
  const metrics = sheetOf(wb, generate(wb, { firstMonth: 4 }), 'metrics');
  const header = metrics.getRange(3, TAB1.firstMonth, 1, 12).getValues()[0];
  expect(header[0]).toBe('Apr 2026');
  expect(header[11]).toBe('Mar 2027');
});
