/**
 * Streams the emulator's spreadsheet to .xlsx with exceljs, a row at a time: values, formulas
 * with their computed results cached, number formats, bold, fills, column widths, hidden and
 * frozen columns, data validation and conditional formats. exceljs cannot write charts, so the
 * two line charts exist only in Sheets (and in the emulator's record of them).
 */
import ExcelJS from 'exceljs';
import type { FakeSheet, FakeSpreadsheet } from './emulator';

const ERRORS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!']);

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A1 name of a 1-based cell. */
function cellName(r: number, c: number): string {
  let name = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${r}`;
}

/**
 * Functions newer than Excel 2007 are stored in OOXML with the _xlfn. prefix (Excel, and
 * LibreOffice reading the file, know them only so; Sheets' export writes them so). Outside
 * the formula's string literals only.
 */
const FUTURE_FUNCTIONS = /\b(MINIFS|MAXIFS|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP|ISOWEEKNUM)\(/g;
export const ooxmlFormula = (formula: string): string =>
  formula
    .split('"')
    .map((part, i) => (i % 2 ? part : part.replace(FUTURE_FUNCTIONS, '_xlfn.$1(')))
    .join('"');

/** A formula's value as it goes into the file; `vary` may replace it (the bench's variants). */
export type Vary = (sheet: string, formula: ExcelJS.CellValue) => ExcelJS.CellValue;

function cellValue(
  sheet: FakeSheet,
  r: number,
  c: number,
  cached: boolean,
  vary?: Vary,
): ExcelJS.CellValue {
  const formula = sheet._formula(r, c);
  const computed = sheet._value(r, c);
  if (formula) {
    const result =
      typeof computed === 'string' && ERRORS.has(computed)
        ? { error: computed as ExcelJS.CellErrorValue['error'] }
        : computed;
    // ARRAYFORMULA(x) goes out as Excel's {=x}, a one-cell array formula, as Sheets exports it.
    const array = /^=ARRAYFORMULA\((.*)\)$/is.exec(formula);
    const value = array
      ? { formula: ooxmlFormula(array[1]), shareType: 'array', ref: cellName(r, c) }
      : { formula: ooxmlFormula(formula.slice(1)) };
    const out = (cached ? { ...value, result } : value) as ExcelJS.CellFormulaValue;
    return vary ? vary(sheet.name, out) : out;
  }
  return computed === '' ? null : (computed as ExcelJS.CellValue);
}

/** One sheet, its rows in order (a streamed sheet writes each row as it is committed). */
function writeSheet(ws: ExcelJS.Worksheet, sheet: FakeSheet, cached: boolean, vary?: Vary): void {
  // Columns first: a streamed sheet writes them before its first row.
  for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
  for (const [c, px] of sheet.columnWidths) ws.getColumn(c).width = Math.round(px / 7);
  for (const r of [...sheet.cells.keys()].sort((a, b) => a - b)) {
    const row = ws.getRow(r);
    for (const [c, data] of sheet.cells.get(r)!) {
      const cell = row.getCell(c);
      cell.value = cellValue(sheet, r, c, cached, vary);
      if (data.format && data.format !== 'General') cell.numFmt = data.format;
      if (data.weight === 'bold') cell.font = { bold: true };
      if (data.background && data.background !== '#ffffff') {
        cell.fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: argb(data.background) },
        };
      }
      if (data.validation) {
        const list = data.validation.list;
        cell.dataValidation = {
          type: list ? 'list' : 'custom',
          allowBlank: true,
          formulae: [list ? `"${list.join(',')}"` : data.validation.formula.slice(1)],
          showErrorMessage: !data.validation.allowInvalid,
          error: data.validation.helpText,
          prompt: data.validation.helpText,
        };
      }
    }
    row.commit();
  }
  sheet.conditionalRules.forEach((rule, i) => {
    ws.addConditionalFormatting({
      ref: rule.ranges.join(' '),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [rule.formula.slice(1)],
          style: {
            fill: {
              type: 'pattern',
              pattern: 'solid',
              bgColor: { argb: argb(rule.background ?? '#ffffff') },
            },
            font: { color: { argb: argb(rule.fontColor ?? '#000000') } },
          },
        },
      ],
    });
  });
}

/**
 * Streams the spreadsheet to `file`, a row at a time (the report over 300 000 tickets is
 * written on Node's default heap). `cached: false` leaves formula results out, so whatever opens the file must compute
 * them (LibreOffice and Excel do on load).
 */
export async function writeXlsx(
  ss: FakeSpreadsheet,
  file: string,
  cached = true,
  vary?: Vary,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  wb.creator = 'Support Metrics (offline demo)';
  for (const sheet of ss.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      // Sheets' default column is 100 px wide; Excel's and LibreOffice's are narrower.
      properties: { defaultColWidth: Math.round(100 / 7) },
      views: [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }],
    });
    writeSheet(ws, sheet, cached, vary);
    ws.commit();
  }
  await wb.commit();
}
