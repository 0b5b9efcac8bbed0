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
import Papa from 'papaparse';
import { TICKET_INPUT_IDS, type TeamMeasureId } from '../../src/tickets/feeds';
import { SERIAL_EPOCH } from '../../src/tickets/columns';
import { TEAM_HEADERS } from '../../src/report/extract';
import { writeXlsx } from '../emulator/xlsx';
import type { FakeSheet } from '../emulator/emulator';
import { exportOf, makeTickets } from '../helpers/exports';
import { importFile } from '../helpers/import';
import {
  type Workbook,
  generate,
  locate,
  monthKeys,
  newWorkbook,
  randomMonth,
  seeded,
  sheetOf,
  typeMonths,
} from '../helpers/report';

/** LibreOffice's CSV output, read with the same parser as the import. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter: ',' }).data;
}

/**
 * One cell: LibreOffice's text equal to what the emulator shows (numbers within 1e-6), `where`
 * naming it in a failure. 1 when a number was compared, else 0.
 */
function same(where: unknown[], ours: unknown, theirs: string): number {
  if (typeof ours !== 'number') {
    expect([...where, theirs]).toEqual([...where, String(ours)]);
    return 0;
  }
  const n = Number(theirs.replace(/[^0-9eE.+-]/g, ''));
  expect([...where, n]).toEqual([...where, expect.closeTo(ours, 6)]);
  return 1;
}

/** The workbook to .xlsx without cached results, recalculated and exported by LibreOffice. */
async function recalculate(wb: Workbook): Promise<(s: FakeSheet) => string[][]> {
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
  return (s: FakeSheet) => {
    const name = fs.readdirSync(dir).find((f) => f.endsWith(`-${s.name}.csv`));
    if (!name)
      throw new Error(
        `LibreOffice wrote no CSV for '${s.name}': ${fs.readdirSync(dir).join(', ')}`,
      );
    return parseCsv(fs.readFileSync(path.join(dir, name), 'utf8'));
  };
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

  const sheetCsv = await recalculate(wb);

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
        compared += same([rk, ck], ours, theirs);
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

test('LibreOffice computes the ticket inputs and tab 2 from the Tickets tab to the same values', async () => {
  const wb = newWorkbook();
  generate(wb, { year: 2026 });
  const tickets = makeTickets(400, Date.UTC(2025, 11, 1), Date.UTC(2027, 0, 15), 77).map(
    (t, i) => ({
      ...t,
      // Names a criterion must escape: wildcards and quotes.
      category: i % 9 === 0 ? 'Refund * "urgent"?' : i % 13 === 0 ? '~Other~' : t.category,
    }),
  );
  const zone = wb.emu.spreadsheet.getSpreadsheetTimeZone();
  await importFile(wb.ctx, exportOf('zendesk', tickets, zone), { zone });
  const sheetCsv = await recalculate(wb);
  const metrics = wb.emu.spreadsheet.sheet('Monthly metrics');
  const volume = wb.emu.spreadsheet.sheet('Ticket volume');
  let compared = 0;
  for (const [s, rows] of [
    [
      metrics,
      [
        'i.tickets_created',
        'i.tickets_resolved',
        'i.open_start',
        'i.frt_tickets',
        'i.frt_hours',
        'i.resolution_hours',
        'i.tickets_first_contact',
        'i.csat_satisfied',
        'i.csat_responses',
        'i.surveys_offered',
        'm.response_rate',
        'm.fcr',
        'm.csat',
        'm.backlog',
        'm.frt',
        's.frt.median',
        's.frt.p90',
        's.resolution_time.median',
        's.resolution_time.p90',
      ],
    ],
    [volume, [...locate(volume).rows.keys()].filter((k) => /^(cat|ch)\.(?!head)/.test(k))],
  ] as const) {
    const csv = sheetCsv(s);
    const at = locate(s);
    for (const rk of rows)
      for (const key of [...monthKeys(), ...(rk.startsWith('s.') ? ['ytd'] : [])]) {
        const r = at.row(rk);
        const c = at.col(key);
        const ours = s.getRange(r, c, 1, 1).getValues()[0][0];
        const theirs = csv[r - 1]?.[c - 1] ?? '';
        compared += same([rk, key], ours, theirs);
      }
  }
  expect(compared).toBeGreaterThan(200);
  // The backlog by age (COUNTIFS by age band, MINIFS with a blank criterion) of each month
  // ended: the month under way is counted at NOW(), which differs from one engine to another.
  const csv = sheetCsv(volume);
  const at = locate(volume);
  let backlog = 0;
  for (const rk of [
    'bl.at',
    'bl.lt1',
    'bl.d1',
    'bl.d3',
    'bl.d7',
    'bl.d30',
    'bl.total',
    'bl.oldest',
  ])
    for (const key of monthKeys().filter(
      (m) => Date.UTC(+m.slice(0, 4), +m.slice(5)) < Date.now(),
    )) {
      const r = at.row(rk);
      const c = at.col(key);
      backlog += same(
        [rk, key],
        volume.getRange(r, c, 1, 1).getValues()[0][0],
        csv[r - 1]?.[c - 1] ?? '',
      );
    }
  expect(backlog).toBeGreaterThan(60);
}, 180000);

test('LibreOffice recalculates the Team tab to the same values, and follows its month dropdown', async () => {
  const tickets = makeTickets(300, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 15), 91).map(
    (t, i) => ({
      ...t,
      // Names a criterion must escape, and one no criterion can match (counted in Others).
      assignee: i % 11 === 0 ? 'Star* "A"?' : i % 17 === 0 ? '=Eve' : t.assignee,
      group: i % 7 === 0 ? '~Q' : t.group,
    }),
  );
  const shownBy: Record<string, number[]> = {};
  for (const month of ['2026-04', '2026-09']) {
    const wb = newWorkbook();
    generate(wb, { year: 2026 });
    const zone = wb.emu.spreadsheet.getSpreadsheetTimeZone();
    await importFile(wb.ctx, exportOf('zendesk', tickets, zone), { zone });
    const team = wb.emu.spreadsheet.sheet('Team');
    const at = locate(team);
    team.getRange(at.row('month'), at.col('m.solved'), 1, 1).setValues([[`'${month}`]]);
    const rows = [...at.rows.keys()].filter((k) => /^(ag|gr)\.(n\d+|other|all)$/.test(k));
    const cols = [...at.cols.keys()].filter((k) => k !== 'label');
    const ours = rows.map((rk) =>
      cols.map((ck) => team.getRange(at.row(rk), at.col(ck), 1, 1).getValues()[0][0]),
    );
    const csv = (await recalculate(wb))(team);
    let compared = 0;
    let medians = 0;
    let p90s = 0;
    rows.forEach((rk, i) =>
      cols.forEach((ck, j) => {
        const theirs = csv[at.row(rk) - 1]?.[at.col(ck) - 1] ?? '';
        const mine = ours[i][j];
        const n = same([month, rk, ck], mine, theirs);
        compared += n;
        if (ck.endsWith('_median')) medians += n;
        if (ck.endsWith('_p90')) p90s += n;
      }),
    );
    expect(compared).toBeGreaterThan(150);
    // The medians (MEDIAN over IF, {=…} in the file) too, the Others row's <> tests included.
    expect(medians).toBeGreaterThan(20);
    // And the 90th percentiles (PERCENTILE over IF).
    expect(p90s).toBeGreaterThan(20);
    shownBy[month] = ours[rows.indexOf('ag.all')].map(Number);
  }
  // Another month in the dropdown: every figure of every ticket differs in LibreOffice too.
  shownBy['2026-04'].forEach((v, j) => expect(shownBy['2026-09'][j]).not.toBe(v));
}, 240000);

test('LibreOffice recalculates the Weekly and SLA tabs to the same values (a Monday typed: TODAY() is each engine’s own)', async () => {
  const tickets = makeTickets(300, Date.UTC(2025, 10, 1), Date.UTC(2026, 2, 20), 45).map(
    (t, i) => ({
      ...t,
      // Priorities a criterion must escape, one none can match (Other priorities), and none.
      priority: ['Urgent', 'High', 'P3 *', '"Q"?', '2', '', 'low'][i % 7],
    }),
  );
  const wb = newWorkbook();
  generate(wb, { year: 2026 });
  const zone = wb.emu.spreadsheet.getSpreadsheetTimeZone();
  await importFile(wb.ctx, exportOf('zendesk', tickets, zone), { zone });
  const weekly = wb.emu.spreadsheet.sheet('Weekly');
  const w = locate(weekly);
  // Wednesday 18 March 2026: the weeks of 2025-W51 to 2026-W12, across the year end.
  weekly
    .getRange(w.row('latest'), w.col('start'), 1, 1)
    .setValues([[Date.UTC(2026, 2, 18) / 86_400_000 + SERIAL_EPOCH]]);
  const sla = wb.emu.spreadsheet.sheet('SLA by priority');
  const s = locate(sla);
  sla.getRange(s.row('month'), s.col('frt_target'), 1, 1).setValues([["'2026-02"]]);
  const sheetCsv = await recalculate(wb);
  let compared = 0;
  for (const [sheet, rowsOf] of [
    [weekly, (k: string) => /^w\d+$/.test(k)],
    [sla, (k: string) => k.startsWith('pr.')],
  ] as const) {
    const csv = sheetCsv(sheet);
    const at = locate(sheet);
    for (const rk of [...at.rows.keys()].filter(rowsOf))
      for (const ck of [...at.cols.keys()]) {
        const r = at.row(rk);
        const c = at.col(ck);
        compared += same(
          [sheet.name, rk, ck],
          sheet.getRange(r, c, 1, 1).getValues()[0][0],
          csv[r - 1]?.[c - 1] ?? '',
        );
      }
  }
  expect(weekly.getRange(w.row('w2'), w.col('label'), 1, 1).getValues()[0][0]).toBe('2026-W01');
  expect(compared).toBeGreaterThan(180);
}, 180000);

test('LibreOffice computes the inputs, tab 2 and the Team tab from BigQuery extract sheets to the same values', async () => {
  const wb = newWorkbook();
  const months = Array.from({ length: 12 }, (_x, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  const rand = seeded(515);
  const int = (n: number) => Math.floor(rand() * n);
  const inputs = [...TICKET_INPUT_IDS];
  const add = (name: string, rows: (string | number)[][]) => {
    const sheet = wb.emu.spreadsheet.insertSheet(name, wb.emu.spreadsheet.sheets.length);
    sheet.insertRowsAfter(1, rows.length);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    return sheet;
  };
  // Ten months of the twelve (a month the extract lacks stays blank), text months as extracted.
  const monthly = add('BQ monthly', [
    ['month', ...inputs],
    ...months.slice(0, 10).map((m) => [`'${m}`, ...inputs.map(() => int(500) + rand())]),
  ]);
  const names = ['Billing', 'Refund * "urgent"?', '~Other~', 'Shipping'];
  const breakdown = add('BQ breakdown', [
    ['month', 'dimension', 'name', 'tickets'],
    ...months.flatMap((m) =>
      names.flatMap((n, i) => [
        [`'${m}`, 'category', `'${n}`, 10 + int(90) + i],
        [`'${m}`, 'channel', `'${['email', 'chat', 'phone', 'web'][i]}`, 5 + int(50)],
      ]),
    ),
  ]);
  // The team extract: names a criterion must escape, one no criterion can match, no name.
  const starts = (m: string) => Date.UTC(2026, Number(m.slice(5)) - 1, 1) / 86400000 + SERIAL_EPOCH;
  const sums = (): Record<TeamMeasureId, number> => {
    const solved = 5 + int(40);
    const part = () => int(solved + 1);
    return {
      solved,
      frt_tickets: solved,
      frt_hours: solved * (1 + rand() * 30),
      frt_within_target: part(),
      resolution_tickets: solved,
      resolution_hours: solved * (2 + rand() * 90),
      csat_satisfied: int(solved / 2),
      csat_responses: Math.ceil(solved / 2),
      one_touch: part(),
      one_touch_known: solved,
      reopened: int(4),
      reopened_known: solved,
    };
  };
  const team = add('BQ team', [
    [...TEAM_HEADERS],
    ...months.slice(0, 10).flatMap((m) =>
      (
        [
          ['assignee', ['Ana Novak', 'Star* "A"?', '=Eve', '']],
          ['group', ['Tier 1', '~Q', '']],
        ] as const
      ).flatMap(([dimension, who]) =>
        who.map((name) => {
          const x = sums();
          return TEAM_HEADERS.map((h) =>
            h === 'month'
              ? `'${m}`
              : h === 'month_start'
                ? starts(m)
                : h === 'dimension'
                  ? dimension
                  : h === 'name'
                    ? name && `'${name}`
                    : h === 'target_hours'
                      ? 24
                      : x[h],
          );
        }),
      ),
    ),
  ]);
  generate(wb, {
    year: 2026,
    extract: {
      monthly: monthly.getSheetId(),
      breakdown: breakdown.getSheetId(),
      team: team.getSheetId(),
    },
  });
  const metrics = wb.emu.spreadsheet.sheet('Monthly metrics');
  const volume = wb.emu.spreadsheet.sheet('Ticket volume');
  const teamTab = wb.emu.spreadsheet.sheet('Team');
  const t = locate(teamTab);
  teamTab.getRange(t.row('month'), t.col('m.solved'), 1, 1).setValues([["'2026-07"]]);
  const teamRows = [...t.rows.keys()].filter((k) => /^(ag|gr)\.(n\d+|other|all)$/.test(k));
  const teamCols = [...t.cols.keys()].filter((k) => k !== 'label');
  const teamOurs = teamRows.map((rk) =>
    teamCols.map((ck) => teamTab.getRange(t.row(rk), t.col(ck), 1, 1).getValues()[0][0]),
  );
  // Ana, Star and Others (=Eve and no name) of the assignees; Tier 1, ~Q and Others of groups.
  expect(teamRows.length).toBe(8);
  const ours = (s: FakeSheet, rk: string) => {
    const at = locate(s);
    return months.map((m) => s.getRange(at.row(rk), at.col(m), 1, 1).getValues()[0][0]);
  };
  const rowKeys = (s: FakeSheet) =>
    s === metrics
      ? inputs.map((id) => `i.${id}`)
      : [...locate(volume).rows.keys()].filter((k) => /^(cat|ch)\.(?!head)/.test(k));
  const before = new Map(
    [metrics, volume].flatMap((s) => rowKeys(s).map((rk) => [`${s.name}|${rk}`, ours(s, rk)])),
  );
  expect(before.get('Monthly metrics|i.tickets_created')![10]).toBe('');
  const sheetCsv = await recalculate(wb);
  let compared = 0;
  for (const s of [metrics, volume]) {
    const csv = sheetCsv(s);
    const at = locate(s);
    for (const rk of rowKeys(s))
      before.get(`${s.name}|${rk}`)!.forEach((mine, i) => {
        const theirs = csv[at.row(rk) - 1]?.[at.col(months[i]) - 1] ?? '';
        compared += same([s.name, rk, i], mine, theirs);
      });
  }
  expect(compared).toBeGreaterThan(150);
  const teamCsv = sheetCsv(teamTab);
  let teamCompared = 0;
  teamRows.forEach((rk, i) =>
    teamCols.forEach((ck, j) => {
      const theirs = teamCsv[t.row(rk) - 1]?.[t.col(ck) - 1] ?? '';
      const mine = teamOurs[i][j];
      teamCompared += same([rk, ck], mine, theirs);
    }),
  );
  // Every figure but the medians and 90th percentiles, blank in both: a team extract's sums
  // hold none.
  expect(teamCompared).toBe(
    teamRows.length * teamCols.filter((ck) => !/_(median|p90)$/.test(ck)).length,
  );
}, 180000);
