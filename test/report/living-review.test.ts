/**
 * The living-report rules (DESIGN §4.1) on the tabs a lead reviews weekly: the Weekly and SLA
 * tabs. Rows and columns the user inserted and typed in, a tab the user renamed, a Monday and
 * targets typed, then an update in another language: all of it stays, the add-on's texts
 * follow the language, every figure stays the same; a failure halfway leaves both tabs as
 * they were.
 */
import type { FakeSheet } from '../emulator/emulator';
import { call } from '../helpers/bundle';
import { makeTickets } from '../helpers/exports';
import { zendeskWorkbook } from '../helpers/import';
import { errorsShown, locate, OPTIONS } from '../helpers/report';
import { snapshot } from '../helpers/snapshot';
import { priorityRowKey } from '../../src/report/tab-sla';
import { messages } from '../../src/i18n';

const ZONE = 'Europe/Ljubljana';
const DAY = 86_400_000;

async function reviewed() {
  const tickets = makeTickets(80, Date.UTC(2026, 7, 1), Date.UTC(2026, 10, 20), 31);
  tickets.forEach((t, i) => (t.priority = ['Urgent', 'High', 'Low', ''][i % 4]));
  const wb = await zendeskWorkbook(tickets, ZONE);
  const weekly = wb.emu.spreadsheet.sheet('Weekly');
  const w = locate(weekly);
  weekly
    .getRange(w.row('latest'), w.col('start'), 1, 1)
    .setValues([[Date.UTC(2026, 10, 16) / DAY + 25569]]);
  const sla = wb.emu.spreadsheet.sheet('SLA by priority');
  const s = locate(sla);
  sla.getRange(s.row('month'), s.col('frt_target'), 1, 1).setValues([["'2026-10"]]);
  return { ...wb, weekly, sla };
}

/** Every figure of the add-on's rows and columns, by key. */
function figures(sheet: FakeSheet, rows: (k: string) => boolean): Record<string, unknown> {
  const at = locate(sheet);
  const out: Record<string, unknown> = {};
  for (const rk of [...at.rows.keys()].filter(rows))
    for (const ck of at.cols.keys())
      if (ck !== 'label')
        out[`${rk}|${ck}`] = sheet.getRange(at.row(rk), at.col(ck), 1, 1).getValues()[0][0];
  return out;
}
const weekRows = (k: string) => /^w\d+$/.test(k);
const priorityRows = (k: string) => k.startsWith('pr.');

test('rows and columns inserted and typed in, a renamed tab, a typed Monday and targets stay through an update in another language; every figure the same', async () => {
  const { emu, ctx, weekly, sla } = await reviewed();
  // The Weekly tab: a row of the user's between two weeks, and a new name.
  let w = locate(weekly);
  weekly.insertRowsAfter(w.row('w6'), 1);
  weekly.getRange(w.row('w6') + 1, 1, 1, 2).setValues([['Release week', 42]]);
  weekly.setName('Week review');
  // The SLA tab: a column of the user's between the targets, a note in it, a target typed.
  let s = locate(sla);
  sla.insertColumnsAfter(s.col('frt_target'), 1);
  sla
    .getRange(s.row(priorityRowKey('Urgent')), s.col('frt_target') + 1, 1, 1)
    .setValues([['agreed with Sales']]);
  sla.getRange(s.row(priorityRowKey('Urgent')), s.col('frt_target'), 1, 1).setValues([[0.5]]);
  const before = { weekly: figures(weekly, weekRows), sla: figures(sla, priorityRows) };
  expect(Object.values(before.sla).filter((v) => typeof v === 'number').length).toBeGreaterThan(60);

  call(ctx, 'generateFromSidebar', { ...OPTIONS, language: 'sl' });
  const sl = messages('sl');
  const names = emu.spreadsheet.sheets.map((x) => x.getName());
  expect(names).toContain('Week review');
  expect(names).toContain(sl.tabs.sla);
  const slaAfter = emu.spreadsheet.sheet(sl.tabs.sla);
  expect(slaAfter.id).toBe(sla.id);
  w = locate(weekly);
  s = locate(slaAfter);
  expect(weekly.getRange(w.row('w6') + 1, 1, 1, 2).getValues()).toEqual([['Release week', 42]]);
  expect(
    slaAfter.getRange(s.row(priorityRowKey('Urgent')), s.col('frt_target') + 1, 1, 1).getValues(),
  ).toEqual([['agreed with Sales']]);
  expect(weekly.getRange(w.row('title'), 1, 1, 1).getValues()[0][0]).toBe(
    sl.weekly.title.replace('{year}', '2026'),
  );
  expect(slaAfter.getRange(s.row('pr.none'), 1, 1, 1).getValues()[0][0]).toBe(sl.sla.none);
  expect(figures(weekly, weekRows)).toEqual(before.weekly);
  expect(figures(slaAfter, priorityRows)).toEqual(before.sla);
  expect(errorsShown(weekly, slaAfter)).toEqual([]);
}, 60_000);

test('a failure at a service call of an update leaves the Weekly and SLA tabs as they were', async () => {
  const reference = await reviewed();
  reference.emu.log.reset();
  call(reference.ctx, 'generateFromSidebar', { ...OPTIONS, language: 'ru' });
  const calls = reference.emu.log.total();
  expect(calls).toBeGreaterThan(20);
  // The first call, one in the middle, the last but the lock's release (each a fresh workbook:
  // an import takes seconds).
  const at = [1, 8, 21].map((k) => Math.max(1, Math.round((k / 21) * (calls - 1))));
  for (const i of [...new Set(at)]) {
    const wb = await reviewed();
    const before = snapshot(wb.emu);
    wb.emu.log.reset();
    wb.emu.log.failAt(i);
    expect(() => call(wb.ctx, 'generateFromSidebar', { ...OPTIONS, language: 'ru' })).toThrow();
    const now = snapshot(wb.emu);
    if (JSON.stringify(now) !== JSON.stringify(before)) expect([i, now]).toEqual([i, before]);
  }
}, 240_000);
