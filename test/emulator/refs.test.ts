/** References in rule formulas move as Sheets moves them. */
import { copyShift, deleted, inserted, mapRefs, moved } from './refs';

const own = (s: string | null) => s === null || s === 'Data';

test.each([
  // rows inserted before row 5
  ['=AND(ISNUMBER(E5),$D5>=$D$4)', '=AND(ISNUMBER(E7),$D7>=$D$4)', { rows: inserted(5, 2) }],
  ['=SUM(E4:E9)', '=SUM(E4:E10)', { rows: inserted(5, 1) }],
  ['=SUM(E5:E9)', '=SUM(E6:E10)', { rows: inserted(5, 1) }],
  ['=SUM(E5:E9)', '=SUM(E5:E9)', { rows: inserted(10, 1) }],
  // columns
  [
    '=IF($C30="↓",E30<=$D30,E30>=$D30)',
    '=IF($C30="↓",F30<=$E30,F30>=$E30)',
    { cols: inserted(4, 1) },
  ],
  ['=SUM(B2:Z2)', '=SUM(B2:X2)', { cols: deleted(5, 2) }],
  ['=E2+F2', '=#REF!+E2', { cols: deleted(5, 1) }],
  ['=SUM(E2:F2)', '=SUM(#REF!)', { cols: deleted(5, 2) }],
  // strings, function names, other sheets, whole rows and columns
  ['="E5"&LOG10(E5)&Other!E5', '="E5"&LOG10(E6)&Other!E5', { rows: inserted(1, 1) }],
  ["='Data'!A1+Data!B2:B3+A:A+3:4", "='Data'!A2+Data!B3:B4+A:A+4:5", { rows: inserted(1, 1) }],
  // moves
  ['=A1+A2+A3+A4', '=A3+A1+A2+A4', { rows: moved(1, 1, 4) }],
  ['=A1+A2+A3+A4', '=A3+A4+A1+A2', { rows: moved(3, 2, 1) }],
])('%s → %s', (formula, expected, edit) => {
  expect(mapRefs(formula, own, edit)).toBe(expected);
});

test('a copy shifts relative parts only', () => {
  expect(copyShift('=OR(ISBLANK(E5),AND(E5>=0,$E5=E$5,$E$5))', 2, 1)).toBe(
    '=OR(ISBLANK(F7),AND(F7>=0,$E7=F$5,$E$5))',
  );
  expect(copyShift('=A1', -1, 0)).toBe('=#REF!');
});
