/**
 * The emulator that never evaluates (`evaluates: false`, the CLI and the bench at scale)
 * holds formulas itself and moves them with refs.ts. It must hold the same formula text as
 * the evaluating emulator, where HyperFormula moves them, after the same report, import and
 * user edits: structure, sort, a renamed and a deleted tab, then an update.
 */
import { createEmulator, type FakeRange, type FakeSpreadsheet } from './emulator';
import { plainSheetRefs } from './refs';
import { call, loadBundle } from '../helpers/bundle';
import { exportOf, scaleTickets } from '../helpers/exports';
import { importFile } from '../helpers/import';
import { messages } from '../../src/i18n';

const ZONE = 'Europe/Ljubljana';
const OPTIONS = { year: 2026, firstMonth: 1, language: 'en', currency: '€' };
const tabs = messages('en').tabs;

/**
 * Every sheet's formulas (and where they are), by sheet name; sheet names as HyperFormula
 * writes them (it drops quotes a name does not need).
 */
function formulas(ss: FakeSpreadsheet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of ss.sheets) {
    const list: string[] = [];
    for (const [r, row] of s.cells)
      for (const c of row.keys()) {
        const f = s._formula(r, c);
        if (f) list.push(`${r},${c} ${plainSheetRefs(f)}`);
      }
    out[s.name] = list.sort();
  }
  return out;
}

async function run(evaluates: boolean) {
  const emu = createEmulator({ locale: 'en_US', timeZone: ZONE, evaluates });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  await importFile(ctx, exportOf('zendesk', scaleTickets(120), ZONE), {
    zone: ZONE,
    keepAgentNames: true,
  });
  const ss = emu.spreadsheet;
  const after: Record<string, string[]>[] = [formulas(ss)];
  // A user's edits: rows and columns in and out, a sort, a link from their own tab, a rename.
  const metrics = ss.sheet(tabs.metrics);
  metrics.insertRowsBefore(5, 2);
  metrics.insertColumnsBefore(3, 1);
  const mine = ss.insertSheet('Notes', ss.sheets.length);
  mine.getRange(1, 1, 3, 2).setValues([
    [`='${tabs.metrics}'!C7`, `=SUM('${tabs.metrics}'!D7:D9)`],
    [3, '=A2*2'],
    [1, '=A3*2'],
  ]);
  mine.getRange(1, 3, 1, 1).setValues([[`='${tabs.volume}'!B5+1`]]);
  (mine.getRange(2, 1, 2, 2) as unknown as FakeRange).sort(1);
  const tickets = ss.sheets.find((s) => s.name.startsWith('Tickets'))!;
  tickets.deleteRows(3, 4);
  metrics.deleteColumns(3, 1);
  ss.sheet(tabs.volume).setName('Volume 2026');
  after.push(formulas(ss));
  ss.deleteSheet(ss.sheet('Volume 2026'));
  after.push(formulas(ss));
  call(ctx, 'generateFromSidebar', OPTIONS);
  after.push(formulas(ss));
  return { after, values: evaluates ? null : mine.getRange(1, 1, 3, 3).getValues() };
}

test('evaluates: false holds the formulas HyperFormula holds, through edits and an update', async () => {
  const [hf, own] = [await run(true), await run(false)];
  expect(own.after).toHaveLength(4);
  own.after.forEach((step, i) => {
    expect(Object.keys(step)).toEqual(Object.keys(hf.after[i]));
    for (const name of Object.keys(step))
      expect([name, step[name]]).toEqual([name, hf.after[i][name]]);
  });
  // The formulas are there to be moved; what they compute is left to LibreOffice.
  expect(own.after[1].Notes.length).toBe(5);
  expect(own.values).toEqual([
    ['', '', ''],
    [1, '', ''],
    [3, '', ''],
  ]);
});
