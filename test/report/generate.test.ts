/**
 * "Generate monthly report" end to end: the built bundle in node:vm, driving the offline
 * emulator, whose formulas HyperFormula evaluates. Values are read back and compared with
 * the metric library and with the custom functions on the same inputs.
 */
import { METRICS, TRACKED_INPUTS, trackedMetrics } from '../../src/catalogue';
import {
  calculatorInputs,
  call,
  cellAt,
  locate,
  monthKeys,
  customCall,
  errorsShown,
  generate,
  newWorkbook,
  randomMonth,
  readMetrics,
  seeded,
  sheetOf,
  typeMonths,
  yearToDateInputs,
  type MonthInputs,
} from '../helpers/report';

const SAMPLE: MonthInputs = {
  promoters: 70,
  passives: 20,
  detractors: 10,
  csat_satisfied: 30,
  csat_responses: 50,
  surveys_offered: 200,
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
    expect(reply.message).toMatch(/^Report created in/);
  });

  test('tab 1: months, target, year to date, months counted, frozen headers, no key cells', () => {
    const header = metrics.getRange(3, 1, 1, 17).getValues()[0];
    expect(header).toEqual([
      'Metric',
      'Good when',
      'Target',
      ...['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map(
        (m) => `${m} 2026`,
      ),
      'Year to date',
      'Months counted',
    ]);
    expect(metrics.frozenRows).toBe(3);
    expect(metrics.frozenColumns).toBe(1);
    expect([...metrics.hiddenColumns]).toEqual([]);
    // Every row and column of the add-on's is tagged, none by a cell.
    const at = locate(metrics);
    // Title, intro, header, headings, inputs, confidence, metrics, 2 change rows each for NPS and CSAT, the note.
    expect(at.rows.size).toBe(4 + TRACKED_INPUTS.length + 2 + trackedMetrics().length + 4 + 1);
    expect([...at.cols.keys()]).toEqual(['label', 'dir', 'target', ...monthKeys(), 'ytd', 'n']);
    const labels = metrics
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    for (const input of TRACKED_INPUTS) expect(labels).toContain(input.name);
    for (const metric of trackedMetrics()) expect(labels).toContain(metric.name);
  });

  test('blank months show blank, never #DIV/0!', () => {
    const computed = readMetrics(metrics);
    for (const [id, row] of Object.entries(computed))
      expect([id, row]).toEqual([id, Array(13).fill('')]);
    expect(errorsShown(metrics, volume, formulas)).toEqual([]);
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
    const at = locate(metrics);
    const promoters = at.row('i.promoters');
    const rule = cellAt(metrics, 'i.promoters', '2026-01').getDataValidations()[0][0]!;
    expect(rule.formula).toBe(
      `=OR(ISBLANK(D${promoters}),AND(ISNUMBER(D${promoters}),D${promoters}>=0,D${promoters}=INT(D${promoters})))`,
    );
    expect(rule.allowInvalid).toBe(false);
    const spend = at.row('i.spend');
    expect(cellAt(metrics, 'i.spend', '2026-01').getDataValidations()[0][0]!.formula).toBe(
      `=OR(ISBLANK(D${spend}),AND(ISNUMBER(D${spend}),D${spend}>=0))`,
    );
    // A target may be any number (an NPS target can be below 0).
    expect(cellAt(metrics, 'm.nps', 'target').getDataValidations()[0][0]!.formula).toMatch(
      /^=OR\(ISBLANK\(C\d+\),ISNUMBER\(C\d+\)\)$/,
    );
    expect(cellAt(metrics, 'm.nps', '2026-01').getDataValidations()[0][0]).toBeNull();
    const nps = at.row('m.nps');
    const backlog = at.row('m.backlog');
    expect(metrics.protections).toHaveLength(1);
    expect(metrics.protections[0].warningOnly).toBe(true);
    expect(metrics.protections[0].range).toBe(`Monthly metrics!D${nps}:Q${backlog}`);
    const rules = metrics.getConditionalFormatRules();
    expect(rules.map((r) => r.background)).toEqual([
      '#ceead6',
      '#fad2cf',
      '#fde293',
      ...['#ceead6', '#fad2cf', '#ceead6', '#fad2cf'],
    ]);
    // The change rows under NPS and CSAT split the metric rows into three runs.
    const csat = at.row('m.csat');
    expect(rules[0].ranges).toEqual([
      `D${nps}:O${nps}`,
      `D${csat}:O${csat}`,
      `D${at.row('m.ces')}:O${backlog}`,
    ]);
    // A change is coloured when it is beyond its margin of error (the row below it).
    const change = at.row('c.nps');
    expect(rules[3].ranges).toEqual([`D${change}:P${change}`]);
    expect(rules[3].formula).toBe(
      `=AND(ISNUMBER(D${change}),ISNUMBER(D${change + 1}),D${change}>D${change + 1})`,
    );
    expect(rules[4].formula).toBe(
      `=AND(ISNUMBER(D${change}),ISNUMBER(D${change + 1}),-D${change}>D${change + 1})`,
    );
    expect(rules[0].formula).toBe(
      `=AND(ISNUMBER(D${nps}),ISNUMBER($C${nps}),IF($B${nps}="↓",D${nps}<=$C${nps},D${nps}>=$C${nps}))`,
    );
    // Text in an input cell is marked.
    expect(rules[2].ranges).toEqual([`D${promoters}:O${at.row('i.tickets_first_contact')}`]);
    expect(rules[2].formula).toBe(`=AND(NOT(ISBLANK(D${promoters})),NOT(ISNUMBER(D${promoters})))`);
  });

  test('tab 2: categories and channels by month, totals, shares and a line chart per table', () => {
    const labels = volume
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
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
    // By category, by channel, and the backlog by age.
    expect(charts).toHaveLength(3);
    for (const c of charts) {
      expect(c.type).toBe('LINE');
      expect(c.transpose).toBe(true);
      expect(c.position.col).toBeGreaterThan(locate(volume).col('share'));
    }
    expect(charts.map((c) => c.ranges[0])).toEqual(['A4:M11', 'A15:M20', 'A24:M29']);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Tickets by category',
      'Tickets by channel',
      'Backlog by age at the month’s end',
    ]);
  });

  test('tab 2 totals and shares compute', () => {
    const rand = seeded(7);
    const cats = Array.from({ length: 7 }, () =>
      Array.from({ length: 12 }, () => Math.floor(rand() * 500)),
    );
    const at = locate(volume);
    volume.getRange(at.row('cat.sales'), at.col('2026-01'), 7, 12).setValues(cats);
    const values = volume.getRange(at.row('cat.sales'), at.col('total'), 8, 2).getValues();
    const grand = cats.flat().reduce((a, b) => a + b, 0);
    cats.forEach((row, i) => {
      const total = row.reduce((a, b) => a + b, 0);
      expect(values[i][0]).toBe(total);
      expect(values[i][1] as number).toBeCloseTo((total / grand) * 100, 9);
    });
    expect(values[7]).toEqual([grand, 100]);
  });

  test('tab 2 checks each table against the tickets created typed in tab 1', () => {
    const created = locate(metrics).row('i.tickets_created');
    const at = locate(volume);
    const diffRow = at.row('cat.diff');
    const jan = at.col('2026-01');
    expect(volume.getRange(diffRow, jan, 1, 1).getFormulas()[0][0]).toBe(
      `=IF(COUNT(B12,'Monthly metrics'!D${created})<2,"",B12-'Monthly metrics'!D${created})`,
    );
    const total = volume.getRange(diffRow - 1, jan, 1, 2).getValues()[0] as number[];
    metrics
      .getRange(created, locate(metrics).col('2026-01'), 1, 2)
      .setValues([[total[0], total[1] - 5]]);
    expect(volume.getRange(diffRow, jan, 1, 3).getValues()).toEqual([[0, 5, '']]);
    metrics.getRange(created, locate(metrics).col('2026-01'), 1, 2).setValues([['', '']]);
    expect(volume.getRange(diffRow, jan, 1, 1).getValues()).toEqual([['']]);
  });

  test('tab 3: every metric, NPS first, each calculator showing its worked example', () => {
    const at = locate(formulas);
    const names = formulas
      .getDataRange()
      .getValues()
      .map((r) => r[0])
      .filter((n) => METRICS.some((m) => m.name === n));
    // The change metrics appear twice: in the table, and over their calculator below it.
    expect(names).toEqual([
      ...METRICS.map((m) => m.name),
      ...METRICS.filter((m) => m.change).map((m) => m.name),
    ]);
    expect(names[0]).toBe('Net Promoter Score (NPS)');
    for (const metric of METRICS.filter((x) => !x.change)) {
      const result = cellAt(formulas, `x.${metric.id}`, 'result').getValues()[0][0];
      expect([metric.id, result]).toEqual([metric.id, expect.closeTo(metric.example, 9)]);
      metric.inputs.forEach((input, i) => {
        expect(cellAt(formulas, `x.${metric.id}`, `in${i + 1}`).getValues()[0][0]).toBe(input.name);
        expect(cellAt(formulas, `x.${metric.id}`, `v${i + 1}`).getValues()[0][0]).toBe(
          input.example,
        );
      });
    }
    expect(cellAt(formulas, 'x.nps', 'result').getDisplayValues()[0][0]).toBe('60.0');
    expect(at.row('x.nps')).toBe(at.row('head') + 1);
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
    expect(cellAt(metrics, 'm.cac', '2026-01').getDisplayValues()[0][0]).toBe('0.50 €');
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
        const ytd = yearToDateInputs(months);
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
  const header = metrics.getRange(3, locate(metrics).col('2026-04'), 1, 12).getValues()[0];
  expect(header[0]).toBe('Apr 2026');
  expect(header[11]).toBe('Mar 2027');
});
