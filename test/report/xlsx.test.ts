/** The report as .xlsx: written with exceljs and read back, formulas with cached values. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnLetters } from '../../src/report/formulas';
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

test('every formula whose value is a number carries it in the file, zeros included', async () => {
  const wb = newWorkbook();
  const reply = generate(wb);
  const metrics = sheetOf(wb, reply, 'metrics');
  const month = randomMonth(seeded(5));
  typeMonths(metrics, [{ ...month, tickets_first_contact: 0, detractors: 0 }, month]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sm-')), 'report.xlsx');
  await writeXlsx(wb.emu.spreadsheet, file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const cells = xml.match(/<c [^>]*?\/>|<c [^>]*>.*?<\/c>/g) ?? [];
  const byRef = new Map(cells.map((c) => [/r="([A-Z]+\d+)"/.exec(c)![1], c]));
  const sheet = wb.emu.spreadsheet.sheets.find((s) => s.getSheetId() === reply.sheets[0].id)!;
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  let zeros = 0;
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      const v = values[r][c];
      if (!f || typeof v !== 'number') return;
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      const cached = /<v>([^<]*)<\/v>/.exec(byRef.get(ref) ?? '');
      expect([ref, cached && Number(cached[1])]).toEqual([ref, v]);
      if (v === 0) zeros++;
    }),
  );
  expect(zeros).toBeGreaterThan(0);
});
