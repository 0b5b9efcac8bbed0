/**
 * A copy of the report outside Sheets computes the same numbers: the filled report (with a
 * previous period's report, so every change formula is live) goes to .xlsx without cached
 * results, LibreOffice (headless, Debian's) recalculates it and exports every sheet as CSV,
 * and its numbers are compared with HyperFormula's: metrics, year to date, changes and their
 * margins, and tab 3's calculators including the p-values.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeXlsx } from '../emulator/xlsx';
import type { FakeSheet } from '../emulator/emulator';
import {
  generate,
  locate,
  newWorkbook,
  randomMonth,
  seeded,
  sheetOf,
  typeMonths,
} from '../helpers/report';

/** Minimal CSV reading for LibreOffice's output (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test('LibreOffice recalculates the report to the same values', async () => {
  const wb = newWorkbook();
  const before = sheetOf(wb, generate(wb, { year: 2025 }), 'metrics');
  const reply = generate(wb, { year: 2026 });
  const rand = seeded(2026);
  typeMonths(
    before,
    Array.from({ length: 12 }, () => randomMonth(rand)),
    { year: 2025, firstMonth: 1 },
  );
  const metrics = sheetOf(wb, reply, 'metrics');
  typeMonths(
    metrics,
    Array.from({ length: 9 }, () => randomMonth(rand)),
  );
  generate(wb, { year: 2026 });

  // Raw values, not as formatted: every cell in General format for the export.
  for (const s of wb.emu.spreadsheet.sheets)
    for (const row of s.cells.values()) for (const cell of row.values()) cell.format = 'General';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm-lo-'));
  const file = path.join(dir, 'report.xlsx');
  await writeXlsx(wb.emu.spreadsheet, file, false);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      // Comma-separated, UTF-8, every sheet to its own file.
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 120000 },
  );
  const sheetCsv = (s: FakeSheet) => {
    const name = fs.readdirSync(dir).find((f) => f.endsWith(`-${s.name}.csv`));
    if (!name)
      throw new Error(
        `LibreOffice wrote no CSV for '${s.name}': ${fs.readdirSync(dir).join(', ')}`,
      );
    return parseCsv(fs.readFileSync(path.join(dir, name), 'utf8'));
  };

  let compared = 0;
  const check = (s: FakeSheet, rowKeys: string[], colKeys: string[]) => {
    const csv = sheetCsv(s);
    const at = locate(s);
    for (const rk of rowKeys)
      for (const ck of colKeys) {
        const r = at.row(rk);
        const c = at.col(ck);
        const ours = s.getRange(r, c, 1, 1).getValues()[0][0];
        const theirs = csv[r - 1]?.[c - 1] ?? '';
        if (typeof ours === 'number') {
          const n = Number(theirs.replace(/[^0-9eE.+-]/g, ''));
          expect([rk, ck, n]).toEqual([rk, ck, expect.closeTo(ours, 6)]);
          compared++;
        } else expect([rk, ck, theirs]).toEqual([rk, ck, String(ours)]);
      }
  };
  const months = Array.from({ length: 12 }, (_x, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  check(
    metrics,
    [
      'm.nps',
      'm.csat',
      'm.crr',
      'm.clv',
      'm.frt',
      'm.backlog',
      'c.nps',
      'c.nps.moe',
      'c.csat',
      'c.csat.moe',
    ],
    [...months, 'ytd', 'n'],
  );
  const formulas = sheetOf(wb, reply, 'formulas');
  check(
    formulas,
    [
      'k.nps_change.change',
      'k.nps_change.margin',
      'k.nps_change.p',
      'k.csat_change.p',
      'k.csat_change.verdict',
    ],
    ['def'],
  );
  check(formulas, ['x.nps', 'x.nps_moe', 'x.crr', 'x.business_hours', 'x.reopen_rate'], ['result']);
  expect(compared).toBeGreaterThan(100);
}, 180000);
