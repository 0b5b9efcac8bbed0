/**
 * The report reading its ticket numbers from BigQuery extracts (DESIGN §8), through the built
 * bundle in the emulator: the monthly and breakdown statements run in ZetaSQL on the same
 * tickets as a Tickets tab, their rows put in sheets as Sheets' data connector extracts them,
 * and the report over those sheets equal to the report over the Tickets tab. Then the living
 * rules: a typed number wins, a renamed extract is followed, a deleted one leaves typed inputs.
 */
import { TICKET_INPUT_IDS } from '../../src/tickets/feeds';
import { BREAKDOWN_HEADERS, MONTHLY_HEADERS } from '../../src/report/extract';
import { DEFAULT_TABLES, CONTRACT_COLUMNS, sqlStatement } from '../../src/warehouse/sql';
import type { Cell } from '../../src/report/gas';
import { createEmulator, type Emulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle, type Context } from '../helpers/bundle';
import { bunchedTickets, contractRows, exportOf, type TruthTicket } from '../helpers/exports';
import { seeded } from '../helpers/random';
import { importFile } from '../helpers/import';
import { cellAt, errorsShown, locate, monthKeys, OPTIONS } from '../helpers/report';
import { ZetaSql } from '../helpers/zetasql';

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
  const sql = (query: 'monthly' | 'breakdown') =>
    sqlStatement({ query, source: 'tickets', year: 2026, firstMonth: 1, timeZone: ZONE });
  const monthly = await zeta.query(sql('monthly'), [table]);
  const breakdown = await zeta.query(sql('breakdown'), [table]);
  const b = createEmulator({ locale: 'en_US', timeZone: ZONE });
  const bctx = loadBundle(b.globals);
  const m = extractSheet(b, 'BigQuery monthly', MONTHLY_HEADERS, monthly);
  const d = extractSheet(b, 'BigQuery breakdown', BREAKDOWN_HEADERS, breakdown);
  const state = call(bctx, 'sidebarState') as {
    extracts: { monthly: { id: number }[]; breakdown: { id: number }[] };
  };
  expect(state.extracts.monthly.map((x) => x.id)).toEqual([m.getSheetId()]);
  expect(state.extracts.breakdown.map((x) => x.id)).toEqual([d.getSheetId()]);
  const withExtract = {
    ...OPTIONS,
    extract: { monthly: m.getSheetId(), breakdown: d.getSheetId() },
  };
  call(bctx, 'generateFromSidebar', withExtract);
  return { a, b, bctx, m, withExtract };
}

test('the report over the extracts equals the report over the Tickets tab: every input, every category and channel', async () => {
  const rand = seeded(4242);
  const tickets = bunchedTickets(rand, ZONE, 120);
  const { a, b } = await bothPaths(tickets);
  const fromTickets = numbers(a);
  const fromExtract = numbers(b);
  for (const id of TICKET_INPUT_IDS)
    fromTickets.inputs[id].forEach((v, i) =>
      expect([id, i, fromExtract.inputs[id][i]]).toEqual([id, i, expect.closeTo(Number(v), 6)]),
    );
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
