/** The batched writer's pieces, on the emulator directly. */
import { reportSpec } from '../../src/report/spec';
import { fillInputs, writeExtras } from '../../src/report/writer';
import { createEmulator } from '../emulator/emulator';
import { OPTIONS } from '../helpers/report';

test('content beside or below the grid keeps its distance when the grid grows', () => {
  const emu = createEmulator();
  const sheet = emu.services.SpreadsheetApp.getActiveSpreadsheet().insertSheet('T', 0);
  const spec = reportSpec(OPTIONS)[0];
  // The previous report was 2 rows shorter and 1 column narrower than this one.
  const grid = { rows: spec.rows - 2, cols: spec.cols - 1 };
  writeExtras(sheet, spec, [
    { block: { row: grid.rows + 3, col: 2, rows: 1, cols: 1 }, values: [['below']], grid },
    { block: { row: 2, col: grid.cols + 2, rows: 1, cols: 1 }, values: [['beside']], grid },
  ]);
  const raw = emu.spreadsheet.sheet('T');
  expect(raw.getRange(spec.rows + 3, 2, 1, 1).getValues()).toEqual([['below']]);
  expect(raw.getRange(2, spec.cols + 2, 1, 1).getValues()).toEqual([['beside']]);
});

test('kept inputs go only into input cells, found by row and column key', () => {
  const spec = reportSpec(OPTIONS)[0];
  const kept = new Map<string, string | number>([
    ['in:promoters|2026-03', 42],
    ['m:nps|target', 50],
    ['m:nps|2026-03', 'not an input: ignored'],
    ['in:promoters|2019-01', 7],
  ]);
  const { values, placed } = fillInputs(spec, kept);
  expect([...placed].sort()).toEqual(['in:promoters|2026-03', 'm:nps|target']);
  const row = spec.rowKeys.indexOf('in:promoters');
  expect(values[row][spec.colKeys.indexOf('2026-03')]).toBe(42);
  const nps = spec.rowKeys.indexOf('m:nps');
  expect(values[nps][spec.colKeys.indexOf('target')]).toBe(50);
  expect(String(values[nps][spec.colKeys.indexOf('2026-03')])).toMatch(/^=IF\(/);
});
