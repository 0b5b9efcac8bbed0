/**
 * The report is a living document: the add-on updates it in place and never loses what the
 * user typed or added. Each test edits a generated report the way people do — through the
 * emulator's Apps Script methods (insert, delete, move, sort, rename, reorder) — and then
 * runs Generate again through the built bundle.
 */
import fc from 'fast-check';
import { TRACKED_INPUTS, trackedMetrics, type TrackedInputId } from '../../src/catalogue';
import { LANGUAGES } from '../../src/i18n';
import { a1 } from '../../src/report/formulas';
import type { FakeSheet } from '../emulator/emulator';
import { errorOf } from '../helpers/bundle';
import {
  calculatorInputs,
  cellAt,
  errorsShown,
  expectedMetric,
  generate,
  locate,
  monthKeys,
  newWorkbook,
  randomMonth,
  readMetrics,
  seeded,
  sheetOf,
  typeMonths,
  yearToDateInputs,
  type MonthInputs,
  type Reply,
  type Workbook,
} from '../helpers/report';
import { snapshot } from '../helpers/snapshot';

const MONTHS = monthKeys();
/** A report with a year of inputs typed in (the same year for the same seed). */
function filled(seed = 1313): { wb: Workbook; reply: Reply; m: FakeSheet; months: MonthInputs[] } {
  const wb = newWorkbook();
  const reply = generate(wb);
  const m = sheetOf(wb, reply, 'metrics');
  const rand = seeded(seed);
  const months = Array.from({ length: 12 }, () => randomMonth(rand));
  typeMonths(m, months);
  return { wb, reply, m, months };
}

/**
 * Every metric of every month equals the metric library on the months typed; a month is
 * blank for a metric when one of its inputs holds text (`text(inputId, month)`).
 */
function expectMetricsMatch(
  m: FakeSheet,
  months: (MonthInputs | undefined)[],
  text: (input: string, month: number) => boolean = () => false,
): void {
  const computed = readMetrics(m);
  for (const metric of trackedMetrics()) {
    const inputs = Object.values(metric.tracked!);
    months.forEach((month, i) => {
      const want = month && !inputs.some((x) => text(x, i)) ? expectedMetric(metric, month) : '';
      const got = computed[metric.id][i];
      if (want === '') expect([metric.id, i, got]).toEqual([metric.id, i, '']);
      else expect([metric.id, i, got]).toEqual([metric.id, i, expect.closeTo(want, 9)]);
    });
  }
}

const column = (s: FakeSheet, c: number) =>
  s
    .getRange(1, c, s.lastRow(), 1)
    .getValues()
    .map((r) => r[0]);

describe('what people do to a report, then Generate again', () => {
  test('a row inserted inside Inputs and typed in stays; no ghost rows; the metrics stay right', () => {
    const { wb, m, months } = filled();
    const at = locate(m);
    const after = at.row('i.csat_responses');
    m.insertRowsAfter(after, 1);
    m.getRange(after + 1, 1, 1, 1).setValues([['Tickets from partners']]);
    m.getRange(after + 1, at.col('2026-01'), 1, 2).setValues([[12, 15]]);
    generate(wb, { language: 'sl' });
    const reply = generate(wb);
    expect(reply.created).toBe(false);
    const labels = column(m, 1);
    expect(labels.filter((l) => l === 'Resolved on first contact')).toHaveLength(1);
    expect(labels.filter((l) => l === 'Backlog (open tickets)')).toHaveLength(1);
    const row = labels.indexOf('Tickets from partners') + 1;
    expect(row).toBe(locate(m).row('i.csat_responses') + 1);
    expect(m.getRange(row, locate(m).col('2026-01'), 1, 2).getValues()).toEqual([[12, 15]]);
    expectMetricsMatch(m, months);
  });

  test('a column inserted between January and February: nothing shifts, year to date counts each month once', () => {
    const { wb, m, months } = filled();
    const jan = locate(m).col('2026-01');
    m.insertColumnsAfter(jan, 1);
    const promoters = locate(m).row('i.promoters');
    m.getRange(3, jan + 1, 1, 1).setValues([['Jan notes']]);
    m.getRange(promoters, jan + 1, 2, 1).setValues([[`=${a1(promoters, jan)}*2`], [999]]);
    generate(wb);
    const at = locate(m);
    expect(cellAt(m, 'i.promoters', '2026-12').getValues()[0][0]).toBe(months[11].promoters);
    const header = m.getRange(3, 1, 1, at.col('n')).getValues()[0];
    MONTHS.forEach((k, i) =>
      expect(header[at.col(k) - 1]).toBe(
        `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i]} 2026`,
      ),
    );
    expect(header.filter((h) => h === 'Year to date')).toHaveLength(1);
    expect(m.getRange(promoters, jan + 1, 2, 1).getFormulas()).toEqual([
      [`=${a1(promoters, jan)}*2`],
      [''],
    ]);
    expect(m.getRange(promoters + 1, jan + 1, 1, 1).getValues()).toEqual([[999]]);
    expect(cellAt(m, 'i.promoters', 'ytd').getValues()[0][0]).toBe(
      months.reduce((n, x) => n + x.promoters, 0),
    );
    expectMetricsMatch(m, months);
    const ytd = yearToDateInputs(months);
    for (const metric of trackedMetrics()) {
      const want = expectedMetric(metric, ytd);
      const got = readMetrics(m)[metric.id][12];
      if (want !== '') expect([metric.id, got]).toEqual([metric.id, expect.closeTo(want, 9)]);
    }
  });

  test('a category row inserted in Ticket volume counts in its total, share and chart', () => {
    const wb = newWorkbook();
    const reply = generate(wb);
    const v = sheetOf(wb, reply, 'volume');
    const m = sheetOf(wb, reply, 'metrics');
    let at = locate(v);
    const shipping = at.row('cat.shipping');
    v.insertRowsAfter(shipping, 1);
    v.getRange(shipping + 1, 1, 1, 1).setValues([['Billing']]);
    v.getRange(shipping + 1, at.col('2026-01'), 1, 3).setValues([[5, 6, 7]]);
    v.getRange(at.row('cat.sales'), at.col('2026-01'), 1, 1).setValues([[100]]);
    cellAt(m, 'i.tickets_created', '2026-01').setValues([[105]]);
    generate(wb);
    at = locate(v);
    const billing = column(v, 1).indexOf('Billing') + 1;
    expect(billing).toBe(at.row('cat.shipping') + 1);
    expect(v.getRange(billing, at.col('2026-01'), 1, 3).getValues()).toEqual([[5, 6, 7]]);
    expect(v.getRange(billing, at.col('total'), 1, 1).getValues()).toEqual([[18]]);
    expect(cellAt(v, 'cat.total', '2026-01').getValues()[0][0]).toBe(105);
    expect(cellAt(v, 'cat.total', 'total').getValues()[0][0]).toBe(118);
    expect(v.getRange(billing, at.col('share'), 1, 1).getValues()[0][0]).toBeCloseTo(
      (18 / 118) * 100,
      12,
    );
    expect(cellAt(v, 'cat.diff', '2026-01').getValues()[0][0]).toBe(0);
    expect(column(v, 1).filter((l) => String(l).startsWith('Difference'))).toHaveLength(2);
    expect(v.getCharts()[0].ranges).toEqual([`A${at.row('cat.head')}:M${at.row('cat.total') - 1}`]);
    expect(errorsShown(v)).toEqual([]);
  });

  test('formulas in the user’s own tab that point into the report keep working', () => {
    const { wb, m, months } = filled();
    const mine = wb.emu.spreadsheet.insertSheet('Mine', 4) as FakeSheet;
    const nps = cellAt(m, 'm.nps', '2026-03').getA1Notation();
    mine
      .getRange(1, 1, 1, 2)
      .setValues([[`='Monthly metrics'!${nps}`, "=COUNT('Formulas & definitions'!A1:N30)"]]);
    generate(wb, { language: 'fi', currency: '$' });
    generate(wb, { language: 'en' });
    expect(mine.getRange(1, 1, 1, 1).getFormulas()).toEqual([[`='Monthly metrics'!${nps}`]]);
    expect(mine.getRange(1, 1, 1, 1).getValues()[0][0]).toBeCloseTo(
      expectedMetric(trackedMetrics()[0], months[2]) as number,
      9,
    );
    expect(mine.getRange(1, 2, 1, 1).getValues()[0][0]).toBeGreaterThan(0);
  });

  test('renamed and reordered tabs keep their names, ids and order; links between tabs follow', () => {
    const wb = newWorkbook();
    const reply = generate(wb);
    const ss = wb.emu.spreadsheet;
    const m = sheetOf(wb, reply, 'metrics');
    m.setName('KPIs 2026');
    ss.setActiveSheet(sheetOf(wb, reply, 'formulas'));
    ss.moveActiveSheet(1);
    const ids = ss.sheets.map((s) => s.id);
    const again = generate(wb, { language: 'ro' });
    expect(ss.sheets.map((s) => s.id)).toEqual(ids);
    // The name the user gave stays; the names the add-on gave follow the report's language.
    expect(ss.sheets.map((s) => s.name)).toEqual([
      'Formule și definiții',
      'KPIs 2026',
      'Volumul de tichete',
      'Sheet1',
    ]);
    expect(again.sheets.map((s) => s.id)).toEqual(reply.sheets.map((s) => s.id));
    const diff = cellAt(sheetOf(wb, again, 'volume'), 'cat.diff', '2026-01').getFormulas()[0][0];
    expect(diff).toContain("'KPIs 2026'!");
  });

  test('the user’s chart, colours, widths and conditional formats on a report tab stay', () => {
    const { wb, reply, m } = filled();
    const at = locate(m);
    m.insertChart(
      m
        .newChart()
        .setChartType(wb.emu.services.enums.chartTypeLine)
        .addRange(m.getRange(at.row('m.nps'), 1, 1, 15))
        .build(),
    );
    m.getRange(at.row('m.nps'), at.col('2026-01'), 1, 2).setBackgrounds([['#ff0000', '#ff0000']]);
    m.getRange(at.row('i.promoters'), at.col('2026-02'), 1, 1).setBackgrounds([['#00ff00']]);
    m.setColumnWidth(at.col('label'), 420);
    const mine = wb.emu.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=A1="x"')
      .setBackground('#123456')
      .setRanges([m.getRange(1, 20, 5, 1)])
      .build();
    m.setConditionalFormatRules([...m.getConditionalFormatRules(), mine]);
    generate(wb, { language: 'zh' });
    expect(m.getCharts()).toHaveLength(1);
    expect(m.getCharts()[0].ranges).toEqual([`A${at.row('m.nps')}:O${at.row('m.nps')}`]);
    expect(m.getRange(at.row('m.nps'), at.col('2026-01'), 1, 2).getBackgrounds()).toEqual([
      ['#ff0000', '#ff0000'],
    ]);
    expect(m.getRange(at.row('i.promoters'), at.col('2026-02'), 1, 1).getBackgrounds()).toEqual([
      ['#00ff00'],
    ]);
    expect(m.getRange(at.row('i.promoters'), at.col('2026-03'), 1, 1).getBackgrounds()).toEqual([
      ['#fff8e1'],
    ]);
    expect(m.columnWidths.get(at.col('label'))).toBe(420);
    // The user's rule stays, where they put it in the list.
    expect(m.getConditionalFormatRules().map((r) => r.background)).toEqual([
      ...['#ceead6', '#fad2cf', '#fde293', '#ceead6', '#fad2cf', '#ceead6', '#fad2cf'],
      '#123456',
    ]);
    expect(reply.sheets[0].id).toBe(m.id);
  });

  test('a new period gets its own tabs; the other period’s report stays exactly as it is, visible', () => {
    const { wb, m } = filled();
    const ours = (ids: number[]) => snapshot(wb.emu).sheets.filter((s) => ids.includes(s.id));
    const first = wb.emu.spreadsheet.sheets.slice(0, 3).map((s) => s.id);
    const before = ours(first);
    const next = generate(wb, { year: 2027 });
    expect(next.created).toBe(true);
    expect(next.sheets.map((s) => s.name)).toEqual([
      'Monthly metrics 2027',
      'Ticket volume 2027',
      'Formulas & definitions 2027',
    ]);
    expect(ours(first)).toEqual(before);
    const fiscal = generate(wb, { year: 2027, firstMonth: 4 });
    expect(fiscal.sheets[0].name).toBe('Monthly metrics Apr 2027');
    expect(wb.emu.spreadsheet.sheets.every((s) => !s.hidden)).toBe(true);
    expect(wb.emu.spreadsheet.sheets).toHaveLength(10);
    // Back to 2026: its report is updated, not recreated, and keeps its plain names.
    const back = generate(wb);
    expect(back.created).toBe(false);
    expect(back.sheets[0]).toMatchObject({ name: 'Monthly metrics', id: m.id });
  });

  test('a sort that separated the labels from their rows is explained; nothing is overwritten', () => {
    const { wb, m } = filled();
    const at = locate(m);
    const first = at.row('i.promoters');
    m.getRange(first, 1, TRACKED_INPUTS.length, at.col('n')).sort({ column: at.col('2026-01') });
    const before = snapshot(wb.emu);
    const message = errorOf(() => generate(wb, { language: 'sl' }));
    expect(message).toMatch(
      /^UserError: Nič ni bilo spremenjeno\. Na zavihku »Monthly metrics« se oznake ne ujemajo več s svojimi vrsticami \(število vrstic: \d+; v vrstici \d+ piše ».+«, kjer sodi ».+«\)/,
    );
    expect(snapshot(wb.emu)).toEqual(before);
    expect(errorOf(() => generate(wb))).toMatch(
      /In 'Monthly metrics', the labels no longer match their rows/,
    );
  });

  test('rows moved as rows (their metadata moves with them) are found where they went', () => {
    const { wb, m, months } = filled();
    const at = locate(m);
    m.moveRows(m.getRange(`${at.row('m.backlog')}:${at.row('m.backlog')}`), at.row('m.nps'));
    generate(wb, { language: 'ru' });
    generate(wb);
    expect(locate(m).row('m.backlog')).toBe(at.row('m.nps'));
    expectMetricsMatch(m, months);
  });

  test('formulas typed into input cells stay formulas', () => {
    const { wb, m, months } = filled();
    const mine = wb.emu.spreadsheet.insertSheet('Mine', 4) as FakeSheet;
    mine.getRange(1, 1, 1, 1).setValues([[months[0].passives]]);
    cellAt(m, 'i.promoters', '2026-01').setValues([[`=${months[0].promoters}+0`]]);
    cellAt(m, 'i.passives', '2026-01').setValues([['=Mine!A1']]);
    generate(wb, { language: 'ru' });
    generate(wb, { language: 'en', currency: 'USD' });
    expect(cellAt(m, 'i.promoters', '2026-01').getFormulas()).toEqual([
      [`=${months[0].promoters}+0`],
    ]);
    expect(cellAt(m, 'i.passives', '2026-01').getFormulas()).toEqual([['=Mine!A1']]);
    expectMetricsMatch(m, months);
  });

  test('text in an input cell is marked; metrics that need it are blank; year to date says how many months', () => {
    const { wb, m, months } = filled();
    cellAt(m, 'i.csat_responses', '2026-03').setValues([['n/a']]);
    cellAt(m, 'i.tickets_created', '2026-04').setValues([['1 200']]);
    generate(wb);
    const computed = readMetrics(m);
    expect(computed.csat[2]).toBe('');
    expect(computed.resolution_rate[3]).toBe('');
    expect(computed.backlog[3]).toBe('');
    expect(errorsShown(m)).toEqual([]);
    expect(cellAt(m, 'i.csat_responses', 'n').getValues()[0][0]).toBe(11);
    expect(cellAt(m, 'm.csat', 'n').getValues()[0][0]).toBe(11);
    expect(cellAt(m, 'm.fcr', 'n').getValues()[0][0]).toBe(12);
    const csat = trackedMetrics().find((x) => x.id === 'csat')!;
    const complete = months.filter((_x, i) => i !== 2);
    expect(computed.csat[12] as number).toBeCloseTo(
      csat.compute(calculatorInputs(csat, yearToDateInputs(complete))),
      12,
    );
    // The marking rule covers the cell and holds there.
    const rule = m.getConditionalFormatRules().find((r) => r.background === '#fde293')!;
    const cell = cellAt(m, 'i.csat_responses', '2026-03').getA1Notation();
    const [block] = rule.blocks;
    const r = locate(m).row('i.csat_responses');
    const c = locate(m).col('2026-03');
    expect(
      r >= block.row && r < block.row + block.rows && c >= block.col && c < block.col + block.cols,
    ).toBe(true);
    const probe = wb.emu.spreadsheet.insertSheet('Probe', 9) as FakeSheet;
    probe
      .getRange(1, 1, 1, 1)
      .setValues([
        [`=AND(NOT(ISBLANK('Monthly metrics'!${cell})),NOT(ISNUMBER('Monthly metrics'!${cell})))`],
      ]);
    expect(probe.getRange(1, 1, 1, 1).getValues()).toEqual([[true]]);
  });

  test('a row of the report the user deleted comes back on the next update', () => {
    const { wb, m, months } = filled();
    m.deleteRows(locate(m).row('i.customers_lost'), 1);
    const reply = generate(wb);
    expect(reply.inserted).toBe(1);
    expect(cellAt(m, 'i.customers_lost', 'label').getValues()[0][0]).toBe('Customers lost');
    const back = months.map((x) => ({ ...x }));
    back.forEach((x, i) =>
      cellAt(m, 'i.customers_lost', MONTHS[i]).setValues([[x.customers_lost]]),
    );
    expectMetricsMatch(m, back);
  });

  test('a tab of the report the user deleted comes back; the others are updated in place', () => {
    const wb = newWorkbook();
    const reply = generate(wb);
    wb.emu.spreadsheet.deleteSheet(sheetOf(wb, reply, 'metrics'));
    const again = generate(wb);
    expect(again.created).toBe(false);
    expect(again.sheets.map((s) => s.name)).toEqual(reply.sheets.map((s) => s.name));
    expect(again.sheets[1].id).toBe(reply.sheets[1].id);
    const v = sheetOf(wb, again, 'volume');
    expect(errorsShown(v)).toEqual([]);
  });
});

describe('an update is safe to repeat and safe to fail', () => {
  test('updating twice with the same options changes nothing and writes nothing', () => {
    const { wb, m } = filled();
    m.insertRowsAfter(locate(m).row('i.spend'), 1);
    generate(wb, { language: 'fi' });
    const before = snapshot(wb.emu);
    wb.emu.log.reset();
    generate(wb, { language: 'fi' });
    expect(snapshot(wb.emu)).toEqual(before);
    const writes = Object.keys(wb.emu.log.byMethod()).filter((k) =>
      /\.(set|insert|delete|add|update|remove|protect|move)/.test(k),
    );
    expect(writes).toEqual([]);
  });

  /** A report where an update has real work: a language change, rows to restore, the user's rows. */
  function busy(): Workbook {
    const { wb, m } = filled();
    const v = sheetOf(wb, generate(wb), 'volume');
    m.insertRowsAfter(locate(m).row('i.spend'), 1);
    m.getRange(locate(m).row('i.spend') + 1, 1, 1, 2).setValues([['Partner tickets', 4]]);
    m.deleteRows(locate(m).row('i.customers_lost'), 1);
    v.insertRowsAfter(locate(v).row('ch.phone'), 1);
    v.getRange(locate(v).row('ch.phone') + 1, 1, 1, 3).setValues([['WhatsApp', 3, 4]]);
    m.getRange(locate(m).row('m.nps'), locate(m).col('2026-02'), 1, 1).setValues([[55]]);
    return wb;
  }

  test('a failure at any service call of an update leaves the report as it was', () => {
    const reference = busy();
    reference.emu.log.reset();
    generate(reference, { language: 'sl', currency: 'USD' });
    const calls = reference.emu.log.total();
    const after = snapshot(reference.emu);
    expect(calls).toBeGreaterThan(40);
    let failed = 0;
    for (let i = 1; i <= calls; i++) {
      const wb = busy();
      const before = snapshot(wb.emu);
      wb.emu.log.reset();
      wb.emu.log.failAt(i);
      let threw = false;
      try {
        generate(wb, { language: 'sl', currency: 'USD' });
      } catch {
        threw = true;
      }
      const now = snapshot(wb.emu);
      if (threw) {
        failed++;
        if (JSON.stringify(now) !== JSON.stringify(before)) expect([i, now]).toEqual([i, before]);
        // The lock is released even when the update fails.
        expect(wb.emu.lock.held).toBe(false);
      } else if (JSON.stringify(now) !== JSON.stringify(after))
        expect([i, now]).toEqual([i, after]);
    }
    // Every call but the lock's release fails the update.
    expect(failed).toBe(calls - 1);
  });
});

describe('random edits and updates (fast-check)', () => {
  type Command =
    | { kind: 'month'; month: number; seed: number }
    | { kind: 'text'; input: TrackedInputId; month: number }
    | { kind: 'formula'; input: TrackedInputId; month: number }
    | { kind: 'userRow'; tab: 'metrics' | 'volume'; after: number; values: number[] }
    | { kind: 'userColumn'; after: number }
    | { kind: 'deleteUserRow'; which: number }
    | { kind: 'moveMetric'; from: number; to: number }
    | { kind: 'note'; month: number }
    | { kind: 'rename' }
    | { kind: 'update'; language: number; currency: number };

  const inputIds = TRACKED_INPUTS.map((x) => x.id);
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ kind: fc.constant('month' as const), month: fc.nat(11), seed: fc.nat() }),
    fc.record({
      kind: fc.constant('text' as const),
      input: fc.constantFrom(...inputIds),
      month: fc.nat(11),
    }),
    fc.record({
      kind: fc.constant('formula' as const),
      input: fc.constantFrom(...inputIds),
      month: fc.nat(11),
    }),
    fc.record({
      kind: fc.constant('userRow' as const),
      tab: fc.constantFrom('metrics' as const, 'volume' as const),
      after: fc.nat(40),
      values: fc.array(fc.nat(999), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ kind: fc.constant('userColumn' as const), after: fc.nat(11) }),
    fc.record({ kind: fc.constant('deleteUserRow' as const), which: fc.nat(9) }),
    fc.record({ kind: fc.constant('moveMetric' as const), from: fc.nat(12), to: fc.nat(12) }),
    fc.record({ kind: fc.constant('note' as const), month: fc.nat(11) }),
    fc.constant({ kind: 'rename' as const }),
    fc.record({ kind: fc.constant('update' as const), language: fc.nat(5), currency: fc.nat(2) }),
  );

  test('nothing typed or added is lost, and every metric equals the library on the values in place', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 10 }), (commands) => {
        runs++;
        const wb = newWorkbook();
        const reply = generate(wb);
        const m = sheetOf(wb, reply, 'metrics');
        const v = sheetOf(wb, reply, 'volume');
        const ids = reply.sheets.map((s) => s.id);
        const months: (MonthInputs | undefined)[] = Array(12).fill(undefined);
        const broken = new Set<string>(); // "input|month" holding text
        const notes = new Map<number, string>(); // month → the note in the Inputs heading row
        const formulas = new Map<string, string>();
        const markers = new Map<string, { sheet: FakeSheet; values: number[] }>();
        let n = 0;
        const check = () => {
          expect(wb.emu.spreadsheet.sheets.slice(0, 3).map((s) => s.id)).toEqual(ids);
          for (const [key, f] of formulas) {
            const [rk, ck] = key.split('|');
            expect(cellAt(m, rk, ck).getFormulas()[0][0]).toBe(f);
          }
          for (const [marker, { sheet, values }] of markers) {
            const cells = sheet.getRange(1, 1, sheet.lastRow(), sheet.lastColumn()).getValues();
            const hits = cells.flatMap((row, r) =>
              row.flatMap((x, c) => (x === marker ? [[r + 1, c + 1]] : [])),
            );
            expect([marker, hits.length]).toEqual([marker, 1]);
            const [r, c] = hits[0];
            if (values.length)
              expect(sheet.getRange(r, c + 1, 1, values.length).getValues()[0]).toEqual(values);
          }
          expectMetricsMatch(m, months, (input, i) => broken.has(`${input}|${i}`));
        };
        for (const cmd of commands) {
          const at = locate(m);
          switch (cmd.kind) {
            case 'month': {
              const month = randomMonth(seeded(cmd.seed));
              months[cmd.month] = month;
              for (const id of inputIds) {
                broken.delete(`${id}|${cmd.month}`);
                cellAt(m, `i.${id}`, MONTHS[cmd.month]).setValues([[month[id]]]);
                formulas.delete(`i.${id}|${MONTHS[cmd.month]}`);
              }
              break;
            }
            case 'text':
              cellAt(m, `i.${cmd.input}`, MONTHS[cmd.month]).setValues([['n/a']]);
              formulas.delete(`i.${cmd.input}|${MONTHS[cmd.month]}`);
              broken.add(`${cmd.input}|${cmd.month}`);
              break;
            case 'formula': {
              const month = months[cmd.month];
              if (!month || broken.has(`${cmd.input}|${cmd.month}`)) break;
              const f = `=${month[cmd.input]}*1`;
              cellAt(m, `i.${cmd.input}`, MONTHS[cmd.month]).setValues([[f]]);
              formulas.set(`i.${cmd.input}|${MONTHS[cmd.month]}`, f);
              break;
            }
            case 'userRow': {
              const sheet = cmd.tab === 'metrics' ? m : v;
              const rows = [...locate(sheet).rows.values()].sort((a, b) => a - b);
              const after = rows[cmd.after % rows.length];
              const marker = `mine-${++n}`;
              sheet.insertRowsAfter(after, 1);
              const first = locate(sheet).col(MONTHS[0]);
              sheet
                .getRange(after + 1, first - 1, 1, 1 + cmd.values.length)
                .setValues([[marker, ...cmd.values]]);
              markers.set(marker, { sheet, values: cmd.values });
              break;
            }
            case 'userColumn': {
              const c = at.col(MONTHS[cmd.after]);
              const marker = `col-${++n}`;
              m.insertColumnsAfter(c, 1);
              m.getRange(3, c + 1, 1, 1).setValues([[marker]]);
              markers.set(marker, { sheet: m, values: [] });
              break;
            }
            case 'deleteUserRow': {
              const rows = [...markers].filter(([k, x]) => k.startsWith('mine-') && x.sheet === m);
              if (!rows.length) break;
              const [marker] = rows[cmd.which % rows.length];
              const r =
                m
                  .getDataRange()
                  .getValues()
                  .findIndex((row) => row.includes(marker)) + 1;
              m.deleteRows(r, 1);
              markers.delete(marker);
              break;
            }
            case 'moveMetric': {
              const keys = trackedMetrics().map((x) => `m.${x.id}`);
              const from = at.row(keys[cmd.from % keys.length]);
              const to = at.row(keys[cmd.to % keys.length]);
              if (to !== from && to !== from + 1) m.moveRows(m.getRange(`${from}:${from}`), to);
              break;
            }
            case 'note': {
              const marker = `note-${++n}`;
              m.getRange(at.row('h.in'), at.col(MONTHS[cmd.month]), 1, 1).setValues([[marker]]);
              const old = notes.get(cmd.month);
              if (old) markers.delete(old);
              notes.set(cmd.month, marker);
              markers.set(marker, { sheet: m, values: [] });
              break;
            }
            case 'rename':
              m.setName(`KPIs ${++n}`);
              break;
            case 'update': {
              const again = generate(wb, {
                language: LANGUAGES[cmd.language],
                currency: ['€', '$', 'lei'][cmd.currency],
              });
              expect(again.created).toBe(false);
              check();
              break;
            }
          }
        }
        generate(wb);
        check();
      }),
      { numRuns: 25, seed: 4242 },
    );
    expect(runs).toBe(25);
  });
});
