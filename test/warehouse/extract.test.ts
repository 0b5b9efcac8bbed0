/**
 * The report reading its ticket numbers from BigQuery extracts (DESIGN §8), through the built
 * bundle in the emulator: the monthly and breakdown statements run in ZetaSQL on the same
 * tickets as a Tickets tab, their rows put in sheets as Sheets' data connector extracts them,
 * and the report over those sheets equal to the report over the Tickets tab. Then the living
 * rules: a typed number wins, a renamed extract is followed, a deleted one leaves typed inputs.
 */
import { STATEMENT_INPUT_IDS, TICKET_INPUT_IDS } from '../../src/tickets/feeds';
import { BREAKDOWN_HEADERS, MONTHLY_HEADERS, TEAM_HEADERS } from '../../src/report/extract';
import { SERIAL_EPOCH } from '../../src/tickets/columns';
import { DEFAULT_TABLES, CONTRACT_COLUMNS, sqlStatement } from '../../src/warehouse/sql';
import type { Cell } from '../../src/report/gas';
import { createEmulator, type Emulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle, type Context } from '../helpers/bundle';
import { bunchedTickets, contractRows, exportOf, type TruthTicket } from '../helpers/exports';
import { seeded } from '../helpers/random';
import { importFile } from '../helpers/import';
import { cellAt, errorsShown, locate, monthKeys, OPTIONS } from '../helpers/report';
import { ZetaSql } from '../helpers/zetasql';
import { checkOptions } from '../../src/ui/server';

let zeta: ZetaSql;
beforeAll(async () => {
  zeta = await ZetaSql.start();
}, 60_000);
afterAll(() => zeta?.stop());

const ZONE = 'America/New_York';
/** A sheet of rows as the data connector's Extract writes them: a header row, text as text. */
function extractSheet(emu: Emulator, name: string, headers: readonly string[], rows: unknown[][]) {
  const sheet = emu.spreadsheet.insertSheet(
    name,
    emu.spreadsheet.sheets.length,
  ) as unknown as FakeSheet;
  const values = [
    [...headers],
    ...rows.map((r) => r.map((v) => (typeof v === 'string' ? `'${v}` : v === null ? '' : v))),
  ] as Cell[][];
  if (sheet.getMaxRows() < values.length) sheet.insertRowsAfter(1, values.length);
  sheet.getRange(1, 1, values.length, headers.length).setValues(values);
  return sheet;
}

/** Tab 1's ticket inputs and tab 2's counts by row label, as shown. */
function numbers(emu: Emulator) {
  const metrics = emu.spreadsheet.sheet('Monthly metrics');
  const volume = emu.spreadsheet.sheet('Ticket volume');
  const months = monthKeys(OPTIONS);
  const inputs = Object.fromEntries(
    TICKET_INPUT_IDS.map((id) => [
      id,
      months.map((m) => cellAt(metrics, `i.${id}`, m).getValues()[0][0]),
    ]),
  );
  const v = locate(volume);
  const byLabel: Record<string, unknown[]> = {};
  for (const rk of [...v.rows.keys()].filter((k) => /^(cat|ch)\.(?!head|diff)/.test(k))) {
    const label = String(volume.getRange(v.row(rk), 1, 1, 1).getValues()[0][0]);
    byLabel[`${rk.split('.')[0]}|${label}`] = months.map(
      (m) => volume.getRange(v.row(rk), v.col(m), 1, 1).getValues()[0][0],
    );
  }
  return { inputs, byLabel, metrics };
}

async function bothPaths(tickets: TruthTicket[]) {
  // The Tickets tab.
  const a = createEmulator({ locale: 'en_US', timeZone: ZONE });
  const actx = loadBundle(a.globals);
  call(actx, 'generateFromSidebar', OPTIONS);
  await importFile(actx, exportOf('zendesk', tickets, ZONE), { zone: ZONE });
  // The extracts, from ZetaSQL's run of the statements on the same tickets.
  const table = {
    name: DEFAULT_TABLES.tickets,
    columns: CONTRACT_COLUMNS,
    rows: contractRows(tickets),
  };
  const sql = (query: 'monthly' | 'breakdown' | 'team') =>
    sqlStatement({ query, source: 'tickets', year: 2026, firstMonth: 1, timeZone: ZONE });
  const monthly = await zeta.query(sql('monthly'), [table]);
  const breakdown = await zeta.query(sql('breakdown'), [table]);
  // A DATE comes as days since 1970; the connector's extract shows it as a date.
  const starts = TEAM_HEADERS.indexOf('month_start');
  const team = (await zeta.query(sql('team'), [table])).map((r) =>
    r.map((v, i) => (i === starts ? Number(v) + SERIAL_EPOCH : v)),
  );
  const b = createEmulator({ locale: 'en_US', timeZone: ZONE });
  const bctx = loadBundle(b.globals);
  const m = extractSheet(b, 'BigQuery monthly', MONTHLY_HEADERS, monthly);
  const d = extractSheet(b, 'BigQuery breakdown', BREAKDOWN_HEADERS, breakdown);
  const tm = extractSheet(b, 'BigQuery team', TEAM_HEADERS, team);
  const state = call(bctx, 'sidebarState') as {
    extracts: Record<'monthly' | 'breakdown' | 'team', { id: number }[]>;
  };
  expect(state.extracts.monthly.map((x) => x.id)).toEqual([m.getSheetId()]);
  expect(state.extracts.breakdown.map((x) => x.id)).toEqual([d.getSheetId()]);
  expect(state.extracts.team.map((x) => x.id)).toEqual([tm.getSheetId()]);
  const withExtract = {
    ...OPTIONS,
    extract: { monthly: m.getSheetId(), breakdown: d.getSheetId(), team: tm.getSheetId() },
  };
  call(bctx, 'generateFromSidebar', withExtract);
  return { a, actx, b, bctx, m, tm, withExtract, rows: { monthly, breakdown, team } };
}

test('the report over the extracts equals the report over the Tickets tab: every input, every category and channel', async () => {
  const rand = seeded(4242);
  const tickets = bunchedTickets(rand, ZONE, 120);
  const { a, b } = await bothPaths(tickets);
  const fromTickets = numbers(a);
  const fromExtract = numbers(b);
  for (const id of STATEMENT_INPUT_IDS)
    fromTickets.inputs[id].forEach((v, i) =>
      expect([id, i, fromExtract.inputs[id][i]]).toEqual([id, i, expect.closeTo(Number(v), 6)]),
    );
  // Surveys offered are not in the statement (DESIGN §8): counted from the Tickets tab, typed
  // over an extract.
  expect(fromTickets.inputs.surveys_offered.some((v) => Number(v) > 0)).toBe(true);
  expect(fromExtract.inputs.surveys_offered.every((v) => v === '')).toBe(true);
  expect(Object.keys(fromExtract.byLabel).sort()).toEqual(Object.keys(fromTickets.byLabel).sort());
  for (const [label, values] of Object.entries(fromTickets.byLabel))
    expect([label, fromExtract.byLabel[label]]).toEqual([label, values]);
  expect(cellAt(fromExtract.metrics, 'i.tickets_created', 'label').getValues()[0][0]).toBe(
    'Tickets created (from BigQuery monthly)',
  );
  expect(errorsShown(fromExtract.metrics, b.spreadsheet.sheet('Ticket volume'))).toEqual([]);
}, 120_000);

test('a typed number wins; a renamed extract is followed; a deleted one, or going back to the Tickets tab, leaves the inputs typed', async () => {
  const rand = seeded(99);
  const { b, bctx, m, withExtract } = await bothPaths(bunchedTickets(rand, ZONE, 40));
  const metrics = b.spreadsheet.sheet('Monthly metrics');
  const cell = (id: string, month: string) => cellAt(metrics, `i.${id}`, month);
  const before = cell('tickets_resolved', '2026-05').getValues()[0][0];
  cell('tickets_created', '2026-03').setValues([[999]]);
  m.setName('BQ rows');
  const run = (o: object) => call(bctx as Context, 'generateFromSidebar', o);
  run(withExtract);
  expect(cell('tickets_created', '2026-03').getValues()[0][0]).toBe(999);
  expect(cell('tickets_resolved', '2026-05').getFormulas()[0][0]).toContain("'BQ rows'!");
  expect(cell('tickets_resolved', '2026-05').getValues()[0][0]).toBe(before);
  expect(cell('tickets_resolved', 'label').getValues()[0][0]).toBe(
    'Tickets resolved (from BQ rows)',
  );
  // Back to the Tickets tab (there is none here): the lookups go, the typed number stays.
  run(OPTIONS);
  expect(cell('tickets_resolved', '2026-05').getFormulas()[0][0]).toBe('');
  expect(cell('tickets_resolved', '2026-05').getValues()[0][0]).toBe('');
  expect(cell('tickets_created', '2026-03').getValues()[0][0]).toBe(999);
  expect(cell('tickets_resolved', 'label').getValues()[0][0]).toBe('Tickets resolved');
  // The extract again, then deleted: typed inputs, no #REF!.
  run(withExtract);
  expect(cell('tickets_resolved', '2026-05').getValues()[0][0]).toBe(before);
  b.spreadsheet.deleteSheet(m as never);
  run(withExtract);
  expect(cell('tickets_resolved', '2026-05').getFormulas()[0][0]).toBe('');
  expect(errorsShown(metrics)).toEqual([]);
}, 120_000);

/** The Team tab as shown: each row's label and figures, for the month chosen in it. */
function teamShown(emu: Emulator, month: string) {
  const team = emu.spreadsheet.sheet('Team');
  const at = locate(team);
  team.getRange(at.row('month'), at.col('m.solved'), 1, 1).setValues([[`'${month}`]]);
  const rows = [...at.rows.keys()].filter((k) => /^(ag|gr)\.(n\d+|other|all)$/.test(k));
  const medianCols = new Set(
    [...at.cols].filter(([k]) => /_(median|p90)$/.test(k)).map(([, col]) => col),
  );
  return {
    team,
    at,
    rows: Object.fromEntries(
      // The medians and 90th percentiles aside: over an extract they are blank (its sums hold
      // none).
      rows.map((rk) => [
        rk,
        team
          .getRange(at.row(rk), 1, 1, at.cols.size)
          .getValues()[0]
          .map((v, i) => (medianCols.has(i + 1) ? '(median)' : v)),
      ]),
    ),
  };
}

test('the Team tab over the team extract equals the Team tab over the Tickets tab: every name, every figure, month and year to date', async () => {
  const rand = seeded(515);
  const tickets = bunchedTickets(rand, ZONE, 150);
  const { a, b } = await bothPaths(tickets);
  const months = monthKeys(OPTIONS);
  const [first, last] = [a, b].map((emu) => emu.spreadsheet.sheet('Team'));
  // The same month chosen when generated: the latest with a solved ticket.
  const chosen = (sheet: FakeSheet) => {
    const at = locate(sheet);
    return sheet.getRange(at.row('month'), at.col('m.solved'), 1, 1).getValues()[0][0];
  };
  expect(chosen(last)).toBe(chosen(first));
  let compared = 0;
  for (const month of [months[0], months[4], months[11]]) {
    const want = teamShown(a, month).rows;
    const got = teamShown(b, month).rows;
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const [rk, values] of Object.entries(want))
      values.forEach((v, i) => {
        compared += typeof v === 'number' ? 1 : 0;
        expect([month, rk, i, got[rk][i]]).toEqual([
          month,
          rk,
          i,
          typeof v === 'number' ? expect.closeTo(v, 6) : v,
        ]);
      });
  }
  expect(compared).toBeGreaterThan(300);
  const intro = locate(last);
  expect(String(last.getRange(intro.row('intro'), 1, 1, 1).getValues()[0][0])).toMatch(
    /\(from BigQuery team\)$/,
  );
  expect(errorsShown(last)).toEqual([]);
}, 180_000);

test("the within-target share is the extract's only for the target it counted within; a typed figure wins; a deleted team extract leaves no #REF!", async () => {
  const rand = seeded(616);
  const { a, b, bctx, tm, withExtract } = await bothPaths(bunchedTickets(rand, ZONE, 80));
  const month = monthKeys(OPTIONS)[5];
  const { team } = teamShown(b, month);
  const cell = (emu: Emulator, rk: string, ck: string) => {
    const sheet = emu.spreadsheet.sheet('Team');
    const l = locate(sheet);
    return sheet.getRange(l.row(rk), l.col(ck), 1, 1);
  };
  const note = () => String(cell(b, 'target', 'm.frt').getValues()[0][0]);
  const within = () => cell(b, 'ag.all', 'y.within').getValues()[0][0];
  expect(note()).toBe('');
  expect(typeof within()).toBe('number');
  // Another target: the Tickets tab counts within it; the extract cannot, and says so.
  for (const emu of [a, b]) cell(emu, 'target', 'm.solved').setValues([[8]]);
  teamShown(a, month);
  expect(typeof cell(a, 'ag.all', 'y.within').getValues()[0][0]).toBe('number');
  expect(within()).toBe('');
  expect(note()).toBe(
    'The extract counted first replies within 24 h: type that target here, or copy the statement “Per agent and group” again with yours.',
  );
  // Mean first reply times still show, and their colours follow the typed target.
  expect(typeof cell(b, 'ag.all', 'y.frt').getValues()[0][0]).toBe('number');
  cell(b, 'target', 'm.solved').setValues([[24]]);
  expect(note()).toBe('');
  expect(typeof within()).toBe('number');

  // A number typed over a figure stays through an update; the rest follows a renamed extract.
  const typed = cell(b, 'ag.n1', 'm.solved');
  typed.setValues([[77]]);
  tm.setName('Team rows');
  const run = (o: object) => call(bctx, 'generateFromSidebar', o);
  run(withExtract);
  expect(typed.getValues()[0][0]).toBe(77);
  expect(cell(b, 'ag.n1', 'y.solved').getFormulas()[0][0]).toContain("'Team rows'!");
  // The team extract deleted: the tab stays, without names or errors (no Tickets tab here).
  b.spreadsheet.deleteSheet(tm as never);
  run(withExtract);
  expect(cell(b, 'ag.n2', 'label').getValues()[0][0]).toBe('');
  expect(errorsShown(team)).toEqual([]);
}, 180_000);

test('a report with a Tickets tab switches its Team tab to the team extract and back: the same figures, a typed one kept', async () => {
  const rand = seeded(717);
  const { a, actx, rows } = await bothPaths(bunchedTickets(rand, ZONE, 90));
  const month = monthKeys(OPTIONS)[6];
  const before = teamShown(a, month).rows;
  const ids = {
    monthly: extractSheet(a, 'BQ m', MONTHLY_HEADERS, rows.monthly).getSheetId(),
    breakdown: extractSheet(a, 'BQ b', BREAKDOWN_HEADERS, rows.breakdown).getSheetId(),
    team: extractSheet(a, 'BQ t', TEAM_HEADERS, rows.team).getSheetId(),
  };
  const team = a.spreadsheet.sheet('Team');
  const at = locate(team);
  const typed = team.getRange(at.row('gr.n1'), at.col('y.solved'), 1, 1);
  typed.setValues([[4321]]);
  const figure = team.getRange(at.row('ag.n2'), at.col('m.frt'), 1, 1);
  for (const [options, sheet] of [
    [{ ...OPTIONS, extract: ids }, "'BQ t'!"],
    [OPTIONS, 'Tickets!'],
  ] as const) {
    call(actx, 'generateFromSidebar', options);
    expect(figure.getFormulas()[0][0]).toContain(sheet);
    expect(typed.getValues()[0][0]).toBe(4321);
    // Medians and 90th percentiles from the Tickets tab's rows; blank over the extract, whose
    // sums hold none.
    for (const f of ['frt_median', 'frt_p90', 'resolution_median', 'resolution_p90']) {
      const order = team.getRange(at.row('ag.n2'), at.col(`m.${f}`), 1, 1);
      if (sheet === 'Tickets!') expect(order.getFormulas()[0][0]).toMatch(/^=ARRAYFORMULA\(/);
      else expect([f, order.getFormulas()[0][0], order.getValues()[0][0]]).toEqual([f, '', '']);
    }
    const now = teamShown(a, month).rows;
    for (const [rk, values] of Object.entries(before))
      values.forEach((v, i) => {
        if (rk === 'gr.n1' && at.col('y.solved') === i + 1) return;
        expect([sheet, rk, i, now[rk][i]]).toEqual([
          sheet,
          rk,
          i,
          typeof v === 'number' ? expect.closeTo(v, 6) : v,
        ]);
      });
  }
  expect(errorsShown(team)).toEqual([]);
}, 180_000);

test("the extract sheets the sidebar sends are kept only as sheet ids, the first sheet's 0 included", () => {
  const base = { year: 2026, firstMonth: 1, language: 'en', currency: '$' };
  const extract = (e: unknown) => checkOptions({ ...base, extract: e }).extract;
  expect(extract({ monthly: 0, breakdown: 12, team: 7 })).toEqual({
    monthly: 0,
    breakdown: 12,
    team: 7,
  });
  expect(extract({ monthly: 5, breakdown: -1, team: '7' })).toEqual({ monthly: 5 });
  for (const bad of [{ monthly: -1 }, { monthly: 1.5 }, { monthly: '3' }, 'x', null])
    expect(extract(bad)).toBeUndefined();
});
