/** The offline spreadsheet itself: values, formulas via HyperFormula, formats, counting, failures. */
import {
  createEmulator,
  FakeDataValidation,
  type FakeSheet,
  type FakeSpreadsheet,
} from './emulator';
import { formatNumber } from './format';
import { loadBundle, call } from '../helpers/bundle';

function sheet(): { emu: ReturnType<typeof createEmulator>; s: FakeSheet } {
  const emu = createEmulator();
  return { emu, s: emu.spreadsheet.sheet('Sheet1') };
}

describe('HyperFormula evaluates the functions the report and users rely on', () => {
  const { emu, s } = sheet();
  s.getRange(1, 1, 6, 2).setValues([
    ['email', 3],
    ['phone', 5],
    ['email', 7],
    ['chat', ''],
    ['email', 2.5],
    ['', 'text'],
  ]);
  test.each([
    ['=COUNTIF(A1:A6,"email")', 3],
    ['=COUNTIFS(A1:A6,"email",B1:B6,">2")', 3],
    ['=SUMIF(A1:A6,"email",B1:B6)', 12.5],
    ['=SUMIFS(B1:B6,A1:A6,"email",B1:B6,">=3")', 10],
    ['=AVERAGEIF(A1:A6,"email",B1:B6)', 12.5 / 3],
    ['=IFERROR(1/0,"none")', 'none'],
    ['=ROUND(2.345,2)', 2.35],
    ['=MEDIAN(B1:B6)', 4],
    ['=IF(COUNT(B4)<1,"",B4)', ''],
    ['=IF(OR(COUNT(B1,B2)<2,B2=0),"",B1/B2*100)', 60],
    ['=IF(ISNUMBER(B4),B4,IF(ISNUMBER(B5),B5,""))', 2.5],
    ['=NORMSINV((1+B5/B5)/2-1/40)', 1.959963984540054],
    ['=AND(ISNUMBER(B1),NOT(B1>=B2))', true],
  ])('%s', (formula, expected) => {
    s.getRange(10, 1, 1, 1).setValues([[formula]]);
    const got = s.getRange(10, 1, 1, 1).getValues()[0][0];
    if (typeof expected === 'number') expect(got as number).toBeCloseTo(expected, 12);
    else expect(got).toBe(expected);
    expect(s.getRange(10, 1, 1, 1).getFormulas()).toEqual([[formula]]);
  });

  // What the add-on writes is checked; a user's own formulas are theirs (written back as they are).
  const addon = emu.services.SpreadsheetApp.getActiveSpreadsheet().getSheetById(s.id)!;
  test.each(['=LET(x,1,x+1)', '=AVERAGEIFS(B1:B6,A1:A6,"<>chat")'])(
    '%s is not available: the report must not use it',
    (f) => {
      expect(() => addon.getRange(11, 1, 1, 1).setValues([[f]])).toThrow(
        `cannot evaluate ${f} in 'Sheet1'!A11`,
      );
    },
  );
  test('a formula that does not parse fails the write, naming the cell', () => {
    expect(() => addon.getRange(12, 3, 1, 1).setValues([['=SUM(A1:A3']])).toThrow(
      "cannot evaluate =SUM(A1:A3 in 'Sheet1'!C12",
    );
  });
  test('a user may type a function HyperFormula lacks (a custom function): it shows #NAME?', () => {
    s.getRange(14, 1, 1, 1).setValues([['=NPS(B1:B6)']]);
    expect(s.getRange(14, 1, 1, 1).getValues()).toEqual([['#NAME?']]);
  });
  test('division by zero is a value (#DIV/0!), as in Sheets', () => {
    s.getRange(13, 1, 1, 1).setValues([['=1/0']]);
    expect(s.getRange(13, 1, 1, 1).getValues()).toEqual([['#DIV/0!']]);
  });
});

describe('values as Sheets stores them', () => {
  test('numbers typed as text become numbers; formulas recalculate when inputs change', () => {
    const { s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([[' 42 ', '=A1*2', 'Score']]);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([[42, 84, 'Score']]);
    s.getRange(1, 1, 1, 1).setValues([[10]]);
    expect(s.getRange(1, 2, 1, 1).getValues()).toEqual([[20]]);
  });
  test('dates are stored as Dates and reach formulas as serial days', () => {
    const { s } = sheet();
    const d = new Date(2026, 0, 2, 12, 0);
    s.getRange(1, 1, 1, 2).setValues([[d, '=A1+1']]);
    expect(s.getRange(1, 1, 1, 1).getValues()[0][0]).toBe(d);
    expect(s.getRange(1, 2, 1, 1).getValues()[0][0]).toBe(
      (Date.UTC(2026, 0, 2, 12) - Date.UTC(1899, 11, 30)) / 86400000 + 1,
    );
  });
  test('shape mismatches are refused like Apps Script does', () => {
    const { s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow('does not match the range');
  });
  test('getDataRange covers what holds content', () => {
    const { s } = sheet();
    s.getRange(3, 4, 1, 1).setValues([['x']]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:D3');
  });
});

describe('display values follow number formats', () => {
  test.each([
    [60, '0.0"%"', '60.0%'],
    [1234567.891, '#,##0', '1,234,568'],
    [0.5, '#,##0.00 "€"', '0.50 €'],
    [750, '"$"#,##0.00', '$750.00'],
    [2.5, '0.0" h"', '2.5 h'],
    [0.95, '0.00##', '0.95'],
    [13.000930278, '0.00##', '13.0009'],
    [0.123, '0%', '12%'],
    [-3.14159, '0.00', '-3.14'],
    [1 / 3, 'General', '0.3333333333'],
  ])('%p in %s → %s', (value, pattern, shown) => expect(formatNumber(value, pattern)).toBe(shown));
});

test.each([
  ['sl_SI', 1234.5, '#,##0.00 "€"', '1.234,50 €'],
  ['ru_RU', 1234.5, '#,##0.0', '1\u00a0234,5'],
  ['zh_CN', 1234.5, '#,##0.0', '1,234.5'],
  ['fi_FI', 60, '0.0"%"', '60,0%'],
])('in %s, %p shown with %s is %s', (locale, value, pattern, shown) => {
  expect(formatNumber(value, pattern, locale)).toBe(shown);
});

describe('sheets, names, ids', () => {
  test('insert at an index, refuse duplicate names, rename, delete, find by id', () => {
    const { emu } = sheet();
    const ss = emu.spreadsheet;
    const a = ss.insertSheet('A', 0) as FakeSheet;
    expect(ss.sheets.map((x) => x.name)).toEqual(['A', 'Sheet1']);
    expect(() => ss.insertSheet('A', 1)).toThrow('A sheet with the name "A" already exists');
    a.setName('B');
    expect(ss.getSheetById(a.id)?.getName()).toBe('B');
    ss.deleteSheet(a);
    expect(ss.getSheetById(a.id)).toBeNull();
    expect(() => ss.deleteSheet(ss.sheets[0])).toThrow("can't remove all the sheets");
  });
  test('formulas follow a renamed sheet', () => {
    const { emu } = sheet();
    const ss = emu.spreadsheet;
    const data = ss.insertSheet('Data', 1) as FakeSheet;
    data.getRange(1, 1, 1, 1).setValues([[5]]);
    const s = ss.sheet('Sheet1');
    s.getRange(1, 1, 1, 1).setValues([["='Data'!A1*3"]]);
    data.setName('Renamed');
    expect(s.getRange(1, 1, 1, 1).getValues()).toEqual([[15]]);
  });
});

describe('service calls are counted; builders and references are not', () => {
  test('per method, through the services the add-on sees', () => {
    const emu = createEmulator();
    const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
    const s = ss.insertSheet('X', 0);
    const r = s.getRange(1, 1, 2, 2);
    r.setValues([
      [1, 2],
      [3, 4],
    ]);
    const rule = emu.services.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=A1>0')
      .build();
    r.setDataValidations([
      [rule, null],
      [null, null],
    ]);
    const chart = s
      .newChart()
      .setChartType(emu.services.enums.chartTypeLine)
      .addRange(r)
      .setPosition(1, 5, 0, 0)
      .build();
    s.insertChart(chart);
    // getRange only makes a reference (no round trip in Apps Script): not counted.
    expect(emu.log.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.insertSheet': 1,
      'Range.setValues': 1,
      'Range.setDataValidations': 1,
      'Sheet.insertChart': 1,
    });
    expect(emu.spreadsheet.sheet('X').getCharts()[0]).toMatchObject({
      type: 'LINE',
      ranges: ['A1:B2'],
      position: { row: 1, col: 5 },
    });
  });
  test('failures can be injected at the nth call', () => {
    const emu = createEmulator();
    const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
    emu.log.failOn('Spreadsheet.insertSheet', 2);
    ss.insertSheet('one', 0);
    expect(() => ss.insertSheet('two', 0)).toThrow('injected');
    expect(() => ss.insertSheet('three', 0)).not.toThrow();
  });
  test('conditional-format formulas must parse', () => {
    const emu = createEmulator();
    const s = emu.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Y', 0);
    const bad = emu.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND(A1>')
      .setRanges([s.getRange(1, 1, 1, 1)])
      .build();
    expect(() => s.setConditionalFormatRules([bad])).toThrow(
      'cannot parse the conditional format formula',
    );
  });
  test('data-validation formulas must parse', () => {
    const emu = createEmulator();
    const s = emu.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Z', 0);
    const bad = emu.services.SpreadsheetApp.newDataValidation()
      .requireFormulaSatisfied('=OR(A1')
      .build();
    expect(() => s.getRange(1, 1, 1, 1).setDataValidations([[bad]])).toThrow(
      'cannot parse the data validation formula',
    );
  });
  test('document properties keep Apps Script’s 9 kB value limit', () => {
    const emu = createEmulator();
    expect(() => emu.properties.setProperty('k', 'x'.repeat(10000))).toThrow('too large');
  });
});

test('installed as globals of the built bundle in node:vm', () => {
  const emu = createEmulator();
  const ctx = loadBundle(emu.globals);
  call(ctx, 'onOpen');
  expect(emu.log.byMethod()).toMatchObject({
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'SpreadsheetApp.getUi': 1,
    'Ui.createAddonMenu': 1,
  });
});

describe("a user's edits, with Sheets' semantics", () => {
  /** A sheet with a little model: inputs in B2:C4, a formula column, a rule, metadata. */
  function model() {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const s = ss.sheet('Sheet1');
    s.getRange(1, 1, 4, 4).setValues([
      ['', 'Jan', 'Feb', 'Total'],
      ['a', 1, 2, '=SUM(B2:C2)'],
      ['b', 3, 4, '=SUM(B3:C3)'],
      ['c', 5, 6, '=SUM(B4:C4)'],
    ]);
    s.getRange(2, 2, 3, 2).setBackgrounds(Array(3).fill(['#fff8e1', '#fff8e1']));
    s.getRange(2, 2, 1, 1).setDataValidations([
      [new FakeDataValidation('=ISNUMBER(B2)', false, 'number')],
    ]);
    const rule = emu.services.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=AND(ISNUMBER(D2),D2>$B$2)')
      .setBackground('#ceead6')
      .setRanges([s.getRange(2, 4, 3, 1)])
      .build();
    s.setConditionalFormatRules([rule]);
    s.getRange('3:3').addDeveloperMetadata('sm', 'b', 'DOCUMENT');
    s.getRange('C:C').addDeveloperMetadata('sm', 'feb', 'DOCUMENT');
    const other = ss.insertSheet('Mine', 1) as FakeSheet;
    other.getRange(1, 1, 1, 2).setValues([["='Sheet1'!D3", "=SUM('Sheet1'!B2:B4)"]]);
    return { emu, ss, s, other };
  }
  const meta = (ss: FakeSpreadsheet, value: string) => {
    const m = ss.metadata.find((x) => x.value === value)!;
    return m ? [m.type, m.start, m.end] : null;
  };

  test('insertRowsBefore: cells, formulas (here and in other tabs), rules, metadata move down', () => {
    const { ss, s, other } = model();
    s.insertRowsBefore(3, 2);
    expect(s.getRange(5, 1, 1, 4).getValues()).toEqual([['b', 3, 4, 7]]);
    expect(s.getRange(5, 4, 1, 1).getFormulas()).toEqual([['=SUM(B5:C5)']]);
    expect(other.getRange(1, 1, 1, 2).getFormulas()).toEqual([
      ['=Sheet1!D5', '=SUM(Sheet1!B2:B6)'],
    ]);
    expect(meta(ss, 'b')).toEqual(['ROW', 5, 5]);
    expect(meta(ss, 'feb')).toEqual(['COLUMN', 3, 3]);
    expect(s.getConditionalFormatRules()[0].ranges).toEqual(['D2:D6']);
    // New rows take the formatting and validation of the row above them, not its values.
    expect(s.getRange(3, 2, 1, 2).getBackgrounds()).toEqual([['#fff8e1', '#fff8e1']]);
    expect(s.getRange(3, 2, 1, 1).getDataValidations()[0][0]?.formula).toBe('=ISNUMBER(B3)');
    expect(s.getRange(3, 1, 2, 4).getValues()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(s.maxRows).toBe(1002);
  });

  test('insertColumnsAfter: a column between Jan and Feb', () => {
    const { ss, s, other } = model();
    s.insertColumnsAfter(2, 1);
    expect(s.getRange(3, 1, 1, 5).getValues()).toEqual([['b', 3, '', 4, 7]]);
    expect(s.getRange(3, 5, 1, 1).getFormulas()).toEqual([['=SUM(B3:D3)']]);
    expect(other.getRange(1, 1, 1, 1).getFormulas()).toEqual([['=Sheet1!E3']]);
    expect(meta(ss, 'feb')).toEqual(['COLUMN', 4, 4]);
    const rule = s.getConditionalFormatRules()[0];
    expect(rule.ranges).toEqual(['E2:E4']);
    expect(rule.formula).toBe('=AND(ISNUMBER(E2),E2>$B$2)');
  });

  test('deleteRows: metadata of a deleted row disappears, references to it become #REF!', () => {
    const { ss, s, other } = model();
    s.deleteRows(3, 1);
    expect(meta(ss, 'b')).toBeNull();
    expect(other.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=#REF!', '=SUM(Sheet1!B2:B3)']]);
    expect(other.getRange(1, 1, 1, 2).getValues()).toEqual([['#REF!', 6]]);
    expect(s.getConditionalFormatRules()[0].ranges).toEqual(['D2:D3']);
  });

  test('deleteColumns: a deleted column leaves a range that still has columns', () => {
    const { ss, s } = model();
    s.deleteColumns(3, 1);
    expect(meta(ss, 'feb')).toBeNull();
    expect(s.getRange(2, 3, 1, 1).getFormulas()).toEqual([['=SUM(B2:B2)']]);
  });

  test('moveRows: the row, its metadata and references to it move together', () => {
    const { ss, s, other } = model();
    s.moveRows(s.getRange('3:3'), 5);
    expect(s.getRange(2, 1, 3, 1).getValues()).toEqual([['a'], ['c'], ['b']]);
    expect(meta(ss, 'b')).toEqual(['ROW', 4, 4]);
    expect(other.getRange(1, 1, 1, 1).getFormulas()).toEqual([['=Sheet1!D4']]);
    expect(s.getRange(4, 4, 1, 1).getValues()).toEqual([[7]]);
  });

  test('moveColumns: Feb before Jan', () => {
    const { ss, s } = model();
    s.moveColumns(s.getRange('C:C'), 2);
    expect(s.getRange(1, 2, 1, 2).getValues()).toEqual([['Feb', 'Jan']]);
    expect(meta(ss, 'feb')).toEqual(['COLUMN', 2, 2]);
    // A cell reference follows its cell (a range that loses an edge shrinks, as in HyperFormula).
    s.getRange(2, 5, 1, 1).setValues([['=B2-C2']]);
    s.moveColumns(s.getRange('B:B'), 4);
    expect(s.getRange(2, 5, 1, 1).getFormulas()).toEqual([['=C2-B2']]);
  });

  test('Range.sort moves contents, not rows: metadata and outside references stay', () => {
    const { ss, s, other } = model();
    s.getRange(2, 1, 3, 4).sort({ column: 2, ascending: false });
    expect(s.getRange(2, 1, 3, 4).getValues()).toEqual([
      ['c', 5, 6, 11],
      ['b', 3, 4, 7],
      ['a', 1, 2, 3],
    ]);
    // Formulas moved like a copy: each still sums its own row.
    expect(s.getRange(2, 4, 3, 1).getFormulas()).toEqual([
      ['=SUM(B2:C2)'],
      ['=SUM(B3:C3)'],
      ['=SUM(B4:C4)'],
    ]);
    expect(meta(ss, 'b')).toEqual(['ROW', 3, 3]);
    expect(other.getRange(1, 1, 1, 1).getFormulas()).toEqual([['=Sheet1!D3']]);
    // The validation moved with its cell (B2 → B4) and still checks its own cell.
    expect(s.getRange(4, 2, 1, 1).getDataValidations()[0][0]?.formula).toBe('=ISNUMBER(B4)');
    // Blanks sort last, text after numbers.
    s.getRange(2, 2, 3, 1).setValues([['x'], [''], [2]]);
    s.getRange(2, 1, 3, 2).sort(2);
    expect(s.getRange(2, 2, 3, 1).getValues()).toEqual([[2], ['x'], ['']]);
  });

  test('setName and moveActiveSheet: references follow the name; order changes', () => {
    const { ss, s, other } = model();
    s.setName("Team's report");
    expect(other.getRange(1, 1, 1, 1).getFormulas()).toEqual([["='Team''s report'!D3"]]);
    ss.setActiveSheet(s);
    ss.moveActiveSheet(2);
    expect(ss.sheets.map((x) => x.name)).toEqual(['Mine', "Team's report"]);
  });

  test('deleteSheet: references into it become #REF!, its metadata goes', () => {
    const { ss, s, other } = model();
    ss.deleteSheet(s);
    expect(other.getRange(1, 1, 1, 1).getValues()).toEqual([['#REF!']]);
    expect(ss.metadata).toEqual([]);
  });

  test('developer metadata: whole rows or columns only; found with a finder', () => {
    const { emu, s } = model();
    expect(() => s.getRange(2, 1, 1, 3).addDeveloperMetadata('sm', 'x', 'DOCUMENT')).toThrow(
      'entire row or column',
    );
    s.addDeveloperMetadata('sm', 'tab', 'DOCUMENT');
    const found = emu.services.SpreadsheetApp.getActiveSpreadsheet()
      .createDeveloperMetadataFinder()
      .withKey('sm')
      .find();
    expect(
      found.map((m) => {
        const loc = m.getLocation();
        return [m.getValue(), loc.getRow()?.getRow() ?? loc.getColumn()?.getColumn() ?? 0];
      }),
    ).toEqual([
      ['b', 3],
      ['feb', 3],
      ['tab', 0],
    ]);
    // One counted call: find(); the getters read what it returned.
    expect(emu.log.byMethod()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'DeveloperMetadataFinder.find': 1,
    });
    expect(
      s
        .getRange('3:3')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['b']);
  });

  test("Sheets' cap on a sheet's metadata is kept", () => {
    const { s } = model();
    expect(() => s.addDeveloperMetadata('sm', 'x'.repeat(30000), 'DOCUMENT')).toThrow(
      'would exceed 30000 characters',
    );
  });

  test('charts and protections keep covering the same cells', () => {
    const { s } = model();
    s.insertChart(
      s
        .newChart()
        .setChartType(emu0())
        .addRange(s.getRange(1, 1, 4, 3))
        .build(),
    );
    s.getRange(2, 4, 3, 1).protect().setDescription('ours');
    s.insertRowsAfter(2, 1);
    expect(s.getCharts()[0].ranges).toEqual(['A1:C5']);
    expect(s.getProtections()[0].range).toBe('Sheet1!D2:D5');
  });
  const emu0 = () => createEmulator().services.enums.chartTypeLine;

  test('any counted call can be made to fail, once', () => {
    const emu = createEmulator();
    const ss = emu.services.SpreadsheetApp.getActiveSpreadsheet();
    emu.log.failAt(2);
    expect(() => ss.insertSheet('one', 0)).not.toThrow();
    expect(() => ss.insertSheet('two', 0)).toThrow('injected');
    expect(() => ss.insertSheet('three', 0)).not.toThrow();
  });
});

test.each([
  [-1.5, '+0.0;-0.0;0.0', '-1.5'],
  [1.5, '+0.0;-0.0;0.0', '+1.5'],
  [0, '+0.0;-0.0;0.0', '0.0'],
  [-5, '#,##0;-#,##0;0', '-5'],
  [12.4, '"±"0.0', '±12.4'],
])('sections of a number format: %p in %s → %s', (value, pattern, shown) =>
  expect(formatNumber(value, pattern)).toBe(shown),
);

test('evaluates: false keeps formulas (and moves their references) without evaluating them', () => {
  const emu = createEmulator({ evaluates: false });
  const s = emu.spreadsheet.sheet('Sheet1');
  s.getRange(1, 1, 3, 2).setValues([
    [2, '=A1*2'],
    ['x', '=SUM(A1:A3)'],
    [4, ''],
  ]);
  expect(s.getRange(1, 1, 3, 2).getValues()).toEqual([
    [2, ''],
    ['x', ''],
    [4, ''],
  ]);
  s.insertRowsBefore(1, 1);
  expect(s.getRange(2, 2, 2, 1).getFormulas()).toEqual([['=A2*2'], ['=SUM(A2:A4)']]);
  // HyperFormula holds the formulas only; the evaluating emulator holds values too.
  const id = emu.spreadsheet.hf.getSheetId('Sheet1')!;
  expect(emu.spreadsheet.hf.isCellEmpty({ sheet: id, row: 1, col: 0 })).toBe(true);
  expect(s.getRange(2, 1, 1, 1).getValues()).toEqual([[2]]);
  const evaluating = createEmulator();
  const t = evaluating.spreadsheet.sheet('Sheet1');
  t.getRange(1, 1, 1, 2).setValues([[2, '=A1*2']]);
  expect(t.getRange(1, 2, 1, 1).getValues()).toEqual([[4]]);
});
