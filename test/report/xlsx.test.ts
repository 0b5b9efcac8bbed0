/** The report as .xlsx: written with exceljs and read back, formulas with cached values. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { writeXlsx } from '../emulator/xlsx';
import {
  generate,
  locate,
  newWorkbook,
  randomMonth,
  seeded,
  sheetOf,
  typeMonths,
} from '../helpers/report';

test('a generated and filled report survives the round trip to .xlsx', async () => {
  const wb = newWorkbook();
  const reply = generate(wb);
  const metrics = sheetOf(wb, reply, 'metrics');
  typeMonths(metrics, [randomMonth(seeded(3)), randomMonth(seeded(4))]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sm-')), 'report.xlsx');
  await writeXlsx(wb.emu.spreadsheet, file);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect(book.worksheets.map((w) => w.name)).toEqual([
    'Monthly metrics',
    'Ticket volume',
    'Formulas & definitions',
    'Sheet1',
  ]);
  const ws = book.getWorksheet('Monthly metrics')!;
  const at = locate(metrics);
  const npsRow = at.row('m.nps');
  const jan = at.col('2026-01');
  const nps = ws.getCell(npsRow, jan).value as ExcelJS.CellFormulaValue;
  expect(nps.formula).toBe(metrics.getRange(npsRow, jan, 1, 1).getFormulas()[0][0].slice(1));
  expect(nps.result).toBe(metrics.getRange(npsRow, jan, 1, 1).getValues()[0][0]);
  expect(ws.getCell(npsRow, jan).numFmt).toBe('0.0');
  // Sheets' 100 px default width (Excel's 8.43 characters would show money as ###).
  expect(ws.properties.defaultColWidth).toBe(14);
  expect(ws.getColumn(1).width).toBe(Math.round(300 / 7));
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  expect(ws.getCell(at.row('i.promoters'), jan).dataValidation?.type).toBe('custom');
  // A blank month stays blank in the copy, too.
  const march = ws.getCell(npsRow, jan + 2).value as ExcelJS.CellFormulaValue;
  expect(march.formula).toMatch(/^IF\(/);
  expect(march.result ?? '').toBe('');
});
