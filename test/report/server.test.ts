/**
 * The sidebar's and menu's server functions around the report: names the user already
 * uses, one run at a time, options checked, the menu, and the service calls they cost.
 */
import { OPTIONS_KEY } from '../../src/report/generate';
import { reportSpec } from '../../src/report/report';
import { createEmulator } from '../emulator/emulator';
import { errorOf } from '../helpers/bundle';
import { writeNaively } from '../helpers/naive';
import {
  call,
  generate,
  newWorkbook,
  OPTIONS,
  randomMonth,
  seeded,
  sheetOf,
  typeMonths,
} from '../helpers/report';

test('tabs the user already has are never overwritten', () => {
  const wb = newWorkbook();
  const mine = wb.emu.spreadsheet.insertSheet('Monthly metrics', 0);
  mine.getRange(1, 1, 1, 1).setValues([['my own tab']]);
  const reply = generate(wb);
  expect(reply.sheets[0].name).toBe('Monthly metrics (2)');
  const again = generate(wb);
  expect(again.sheets[0].name).toBe('Monthly metrics (2)');
  expect(wb.emu.spreadsheet.sheet('Monthly metrics').getRange(1, 1, 1, 1).getValues()).toEqual([
    ['my own tab'],
  ]);
  // Tab 2's check refers to the report's tab 1, not to the user's tab of the old name.
  const formulas = wb.emu.spreadsheet.sheet('Ticket volume').getDataRange().getFormulas().flat();
  expect(
    formulas
      .filter((f) => f.includes('Monthly metrics'))
      .every((f) => f.includes("'Monthly metrics (2)'!")),
  ).toBe(true);
  expect(formulas.some((f) => f.includes("'Monthly metrics (2)'!"))).toBe(true);
});

test('a copy of the file (its metadata copied with it) is recognised as the same report', () => {
  const wb = newWorkbook();
  generate(wb);
  // A copy has new script storage: the report is found by its metadata alone.
  wb.emu.properties.store.clear();
  const again = generate(wb);
  expect(again.created).toBe(false);
  expect(wb.emu.spreadsheet.sheets).toHaveLength(4);
});

test('a failure while creating a report removes what was created', () => {
  const wb = newWorkbook();
  wb.emu.log.failOn('Sheet.insertChart', 2);
  expect(errorOf(() => generate(wb))).toMatch(/Something unexpected went wrong.*injected/);
  expect(wb.emu.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  expect(wb.emu.spreadsheet.metadata).toEqual([]);
  expect(wb.emu.lock.held).toBe(false);
  expect(generate(wb).sheets).toHaveLength(3);
});

test('service calls: create, update with a year of inputs, and an update that changes nothing', () => {
  const wb = newWorkbook();
  wb.emu.log.reset();
  const reply = generate(wb);
  const create = wb.emu.log.total();
  const byMethod = wb.emu.log.byMethod();
  const naive = createEmulator();
  writeNaively(naive.services, reportSpec(OPTIONS));
  const perCell = naive.log.total();
  const metadata = byMethod['Range.addDeveloperMetadata'] + byMethod['Sheet.addDeveloperMetadata'];
  // Update with a year of inputs, in another language: independent of what was typed.
  wb.emu.log.reset();
  generate(wb, { language: 'sl' });
  const emptyUpdate = wb.emu.log.total();
  typeMonths(
    sheetOf(wb, reply, 'metrics'),
    Array.from({ length: 12 }, () => randomMonth(seeded(5))),
  );
  wb.emu.log.reset();
  generate(wb, { language: 'en' });
  const update = wb.emu.log.total();
  wb.emu.log.reset();
  generate(wb, { language: 'en' });
  const same = wb.emu.log.total();
  console.log(
    `service calls: create ${create} (${metadata} of them metadata, one per row and column; ${JSON.stringify(byMethod)}); cell by cell ${perCell}; update with a year of inputs ${update} (empty ${emptyUpdate}); update that changes nothing ${same}`,
  );
  expect(create - metadata).toBeLessThanOrEqual(50);
  expect(perCell / create).toBeGreaterThanOrEqual(5);
  expect(update).toBeLessThanOrEqual(60);
  expect(update).toBe(emptyUpdate);
  expect(same).toBeLessThanOrEqual(40);
});

test('one run at a time: a second run while the lock is held is refused in plain words', () => {
  const wb = newWorkbook();
  wb.emu.lock.heldElsewhere = true;
  expect(errorOf(() => generate(wb))).toBe(
    'UserError: Another report is being generated in this file. Try again in a moment.',
  );
  expect(wb.emu.spreadsheet.sheets).toHaveLength(1);
});

test.each([
  [{ year: 1999 }, 'Choose a year from 2000 to 2100.'],
  [{ firstMonth: 13 }, 'Choose a first month from 1 to 12.'],
  [{ language: 'de' }, 'Choose one of the listed languages.'],
  [{ currency: '' }, 'Type a currency of 1 to 12 characters, e.g. € or USD.'],
  [{ currency: 'x'.repeat(13) }, 'Type a currency of 1 to 12 characters, e.g. € or USD.'],
])('bad options %j are refused: %s', (bad, message) => {
  const wb = newWorkbook();
  expect(errorOf(() => call(wb.ctx, 'generateFromSidebar', { ...OPTIONS, ...bad }))).toBe(
    `UserError: ${message}`,
  );
});

test('the options used are remembered in the document; the sidebar lists every report', () => {
  const wb = newWorkbook();
  generate(wb, { year: 2025, language: 'fi' });
  generate(wb, { year: 2026, firstMonth: 4 });
  expect(JSON.parse(wb.emu.properties.store.get(OPTIONS_KEY)!)).toMatchObject({
    year: 2026,
    firstMonth: 4,
  });
  const state = call(wb.ctx, 'sidebarState') as {
    reports: { period: string; label: string; name: string }[];
  };
  expect(state.reports.map((r) => [r.period, r.label, r.name])).toEqual([
    ['2026-04', 'Apr 2026', 'Monthly metrics Apr 2026'],
    ['2025-01', '2025', 'Kuukausimittarit'],
  ]);
});

describe('menu', () => {
  test('onOpen adds the add-on menu', () => {
    const wb = newWorkbook();
    call(wb.ctx, 'onOpen', { authMode: 'LIMITED' });
    expect(wb.emu.ui.menus[0].items.map((i) => [i.caption, i.fn])).toEqual([
      ['Open sidebar', 'showSidebar'],
      ['Generate monthly report', 'generateFromMenu'],
      ['---', ''],
      ['Help', 'showHelp'],
    ]);
    for (const item of wb.emu.ui.menus[0].items)
      if (item.fn) expect(typeof wb.ctx[item.fn]).toBe('function');
  });

  test('in AuthMode.NONE (no access to the file) the menu still appears', () => {
    const wb = newWorkbook('sl_SI');
    wb.emu.authModeNone = true;
    call(wb.ctx, 'onInstall', { authMode: 'NONE' });
    expect(wb.emu.ui.menus[0].items[0].caption).toBe('Open sidebar');
  });

  test('Generate monthly report from the menu builds the report and shows it', () => {
    const wb = newWorkbook();
    call(wb.ctx, 'generateFromMenu');
    expect(wb.emu.spreadsheet.active?.name).toBe('Monthly metrics');
    expect(wb.emu.spreadsheet.sheets).toHaveLength(4);
  });

  test('Open sidebar serves dist/Sidebar.html with a title, in the document language', () => {
    const wb = newWorkbook('fi_FI');
    call(wb.ctx, 'showSidebar');
    expect(wb.emu.ui.sidebar?.title).toBe('Support Metrics');
    expect(wb.emu.ui.sidebar?.getContent()).toContain('id="generate"');
  });

  test('Help opens a dialog with escaped text', () => {
    const wb = newWorkbook();
    call(wb.ctx, 'showHelp');
    expect(wb.emu.ui.dialogs[0].html.getContent()).toContain('=NPS(B2:B500)');
  });
});
