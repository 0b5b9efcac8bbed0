/**
 * What the median and 90th-percentile formulas of tab 1 cost in a real spreadsheet engine,
 * against the COUNTIFS and SUMIFS they sit beside (#30): LibreOffice, headless, opens an .xlsx
 * of made-up tickets (created, first reply hours) without cached results, so it computes every
 * formula, and writes it out as CSV. Four files, each timed as the best of `runs`: tickets
 * only, then 24 formulas of one kind (twelve months × two): first-reply COUNTIFS and SUMIFS
 * over whole columns, the mean's inputs as the report writes them; medians and 90th
 * percentiles as the report writes them (ticketStatisticFormula: rows 1 to the tab's last,
 * and the guard for tickets below); the same over whole columns, as they were first written.
 * A formula's cost is its file's time less the tickets-only time, over 24. Null when
 * LibreOffice is not installed (scripts/ensure-libreoffice.sh).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import {
  orderStatisticFormula,
  ticketStatisticFormula,
  TIME_STATISTIC_ROWS,
  type TicketsRef,
} from '../src/report/formulas';
import { seeded } from '../test/helpers/random';
import { hasLibreOffice, libreOffice } from './bench-scale';

export interface MedianBench {
  tickets: number;
  formulas: number;
  /** Seconds to open and compute each file, best of the runs. */
  loadS: number;
  countifsS: number;
  medianS: number;
  wholeS: number;
  /** Per formula, over the tickets-only file's time. */
  countifsMsEach: number;
  medianMsEach: number;
  wholeMsEach: number;
  /** How many COUNTIFS one median costs, as the report writes it and over whole columns. */
  ratio: number;
  wholeRatio: number;
}

const SERIAL_2026 = 46023; // 2026-01-01

type Kind = 'load' | 'countifs' | 'median' | 'whole';
const KINDS: Kind[] = ['load', 'countifs', 'median', 'whole'];

async function workbook(file: string, tickets: number, kind: Kind): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet('Tickets');
  const rand = seeded(2030);
  data.addRow(['Created', 'First reply (h)']);
  for (let i = 0; i < tickets; i++)
    data.addRow([
      SERIAL_2026 + rand() * 365,
      rand() < 0.1 ? null : Math.round(rand() * 4800) / 100,
    ]);
  const sheet = wb.addWorksheet('Figures');
  const by = "'Tickets'!$A:$A";
  const time = "'Tickets'!$B:$B";
  const ref: TicketsRef = {
    sheet: 'Tickets',
    cols: { created: 'A', frt_h: 'B' },
    business: false,
    categories: [],
    channels: [],
    lastRow: tickets + 1,
    stale: '"update"',
  };
  const row = TIME_STATISTIC_ROWS[0];
  for (let m = 1; m <= 12; m++) {
    const start = `DATE(2026,${m},1)`;
    const end = `DATE(2026,${m + 1},1)`;
    const within = `${by},">="&${start},${by},"<"&${end}`;
    const pair: [string, string] =
      kind === 'median'
        ? [
            ticketStatisticFormula(ref, row, 'median', start, end)!,
            ticketStatisticFormula(ref, row, 'p90', start, end)!,
          ]
        : kind === 'whole'
          ? [
              orderStatisticFormula('median', by, time, start, end),
              orderStatisticFormula('p90', by, time, start, end),
            ]
          : [`=COUNTIFS(${within},${time},">=0")`, `=SUMIFS(${time},${within})`];
    pair.forEach((formula, j) => {
      const cell = sheet.getCell(m, j + 1);
      const array = /^=ARRAYFORMULA\((.*)\)$/s.exec(formula);
      cell.value = (
        kind === 'load'
          ? m
          : array
            ? { formula: array[1], shareType: 'array', ref: cell.address }
            : { formula: formula.slice(1) }
      ) as ExcelJS.CellValue;
    });
  }
  await wb.xlsx.writeFile(file);
}

/** Seconds LibreOffice takes to open, compute and convert a file (its own profile, warmed). */
const convert = (dir: string, file: string): number =>
  libreOffice(path.join(dir, 'profile'), file, dir);

export async function medianBench(tickets = 100_000, runs = 2): Promise<MedianBench | null> {
  if (!hasLibreOffice()) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm-median-'));
  const files = {} as Record<Kind, string>;
  for (const kind of KINDS) {
    files[kind] = path.join(dir, `${kind}.xlsx`);
    await workbook(files[kind], tickets, kind);
  }
  convert(dir, files.load); // the profile's first start is slower than the rest
  const best = (kind: Kind) =>
    Math.min(...Array.from({ length: runs }, () => convert(dir, files[kind])));
  const loadS = best('load');
  const countifsS = best('countifs');
  const medianS = best('median');
  const wholeS = best('whole');
  const each = (s: number) => Math.max(0, ((s - loadS) * 1000) / 24);
  const c = each(countifsS);
  const m = each(medianS);
  const w = each(wholeS);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    tickets,
    formulas: 24,
    loadS,
    countifsS,
    medianS,
    wholeS,
    countifsMsEach: c,
    medianMsEach: m,
    wholeMsEach: w,
    ratio: c > 0 ? m / c : Infinity,
    wholeRatio: c > 0 ? w / c : Infinity,
  };
}
