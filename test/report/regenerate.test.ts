/**
 * Generating again never loses what the user typed: 100 regenerations with random options
 * and random inputs; a failure halfway; tab names the user already uses; service calls.
 */
import { LANGUAGES } from '../../src/i18n';
import { reportSpec, SHEET_KEYS, type Options } from '../../src/report/spec';
import { ARCHIVE_NAME, STATE_KEY, type ReportState } from '../../src/report/generate';
import { createEmulator } from '../emulator/emulator';
import { errorOf } from '../helpers/bundle';
import { writeNaively } from '../helpers/naive';
import {
  call,
  generate,
  newWorkbook,
  OPTIONS,
  seeded,
  sheetOf,
  type Workbook,
} from '../helpers/report';

function state(wb: Workbook): ReportState {
  return JSON.parse(wb.emu.properties.store.get(STATE_KEY)!) as ReportState;
}

/** Where each input key sits now: composite key → [sheet, row, col] (1-based). */
function inputCells(wb: Workbook): Map<string, [ReturnType<typeof sheetOf>, number, number]> {
  const st = state(wb);
  const out = new Map<string, [ReturnType<typeof sheetOf>, number, number]>();
  const specs = reportSpec(st.options);
  for (const spec of specs) {
    const sheet = wb.emu.spreadsheet.sheets.find((s) => s.id === st.sheets[spec.key].id)!;
    spec.inputs.forEach((row, r) =>
      row.forEach((kind, c) => {
        if (kind)
          out.set(`${spec.key}/${spec.rowKeys[r]}|${spec.colKeys[c]}`, [sheet, r + 1, c + 1]);
      }),
    );
  }
  return out;
}

function archived(wb: Workbook): Map<string, unknown> {
  const sheet = wb.emu.spreadsheet.sheets.find((s) => s.name === ARCHIVE_NAME);
  const out = new Map<string, unknown>();
  if (sheet) for (const [k, v] of sheet.getDataRange().getValues()) if (k) out.set(String(k), v);
  return out;
}

test('100 regenerations with random options and random inputs lose no user cell', () => {
  const wb = newWorkbook();
  const rand = seeded(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const typed = new Map<string, number>();
  let reply = generate(wb);
  // Things the user put beside the report: kept in place, formulas included.
  sheetOf(wb, reply, 'metrics')
    .getRange(2, 20, 2, 1)
    .setValues([['my note'], ['=1+1']]);
  let kept = 0;
  for (let round = 0; round < 100; round++) {
    // The user types 1–15 values in random input cells.
    const cells = [...inputCells(wb)];
    for (let i = 0, n = 1 + Math.floor(rand() * 15); i < n; i++) {
      const [key, [sheet, r, c]] = pick(cells);
      const value = Math.floor(rand() * 1000);
      sheet.getRange(r, c, 1, 1).setValues([[value]]);
      typed.set(key, value);
    }
    const options: Partial<Options> = {
      year: pick([2025, 2026, 2027]),
      firstMonth: pick([1, 1, 4, 7, 10]),
      language: pick(LANGUAGES),
      currency: pick(['€', '$', 'USD', 'lei', '¥']),
    };
    reply = generate(wb, options);
    // Every typed value is in the report where its key now sits, or in the archive.
    const now = inputCells(wb);
    const archive = archived(wb);
    for (const [key, value] of typed) {
      const at = now.get(key);
      const got = at ? at[0].getRange(at[1], at[2], 1, 1).getValues()[0][0] : archive.get(key);
      if (got !== value)
        throw new Error(
          `round ${round}: ${key} was ${value}, now ${String(got)} (${JSON.stringify(options)})`,
        );
      if (at) kept++;
    }
    expect(sheetOf(wb, reply, 'metrics').getRange(2, 20, 2, 1).getFormulas()).toEqual([
      [''],
      ['=1+1'],
    ]);
    expect(sheetOf(wb, reply, 'metrics').getRange(2, 20, 2, 1).getValues()).toEqual([
      ['my note'],
      [2],
    ]);
  }
  expect(typed.size).toBeGreaterThan(300);
  expect(kept).toBeGreaterThan(1000);
  // Back to the first options: every value typed for those months is on the sheet again.
  generate(wb, OPTIONS);
  const now = inputCells(wb);
  const restored = [...typed.keys()].filter((k) => now.has(k));
  expect(restored.length).toBeGreaterThan(100);
  // Only the report's own tabs (plus the hidden archive and the user's Sheet1) exist.
  expect(wb.emu.spreadsheet.sheets.map((s) => s.name).sort()).toEqual(
    ['Formulas & definitions', 'Monthly metrics', 'Sheet1', ARCHIVE_NAME, 'Ticket volume'].sort(),
  );
  expect(wb.emu.spreadsheet.sheets.find((s) => s.name === ARCHIVE_NAME)!.hidden).toBe(true);
});

test('notes typed into empty cells inside the report stay where they were', () => {
  const wb = newWorkbook();
  const reply = generate(wb);
  const metrics = sheetOf(wb, reply, 'metrics');
  // Row 4 is the "Inputs" heading; its month cells are free.
  metrics.getRange(4, 6, 1, 2).setValues([['Q1 was short-staffed', '=E5+F5']]);
  const again = generate(wb, { language: 'ro', year: 2027 });
  const after = sheetOf(wb, again, 'metrics');
  expect(after.getRange(4, 6, 1, 2).getFormulas()).toEqual([['', '=E5+F5']]);
  expect(after.getRange(4, 6, 1, 1).getValues()).toEqual([['Q1 was short-staffed']]);
});

test('a failure halfway leaves the previous report exactly as it was', () => {
  const wb = newWorkbook();
  const reply = generate(wb);
  const metrics = sheetOf(wb, reply, 'metrics');
  metrics.getRange(5, 5, 3, 2).setValues([
    [70, 80],
    [20, 5],
    [10, 15],
  ]);
  const snapshot = () =>
    wb.emu.spreadsheet.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      formulas: s.getDataRange().getFormulas(),
      values: s.getDataRange().getValues(),
    }));
  const before = snapshot();
  const props = wb.emu.properties.store.get(STATE_KEY);
  wb.emu.log.failOn('Sheet.insertChart', 2);
  const message = errorOf(() => generate(wb, { language: 'en', year: 2027 }));
  expect(message).toMatch(/Something unexpected went wrong.*injected/);
  expect(snapshot()).toEqual(before);
  expect(wb.emu.properties.store.get(STATE_KEY)).toBe(props);
  expect(wb.emu.lock.held).toBe(false);
  // And the next run works.
  expect(generate(wb).sheets).toHaveLength(3);
});

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

test('service calls: a full report in a handful of batched calls, ≥ 50× fewer than cell by cell', () => {
  const wb = newWorkbook();
  wb.emu.log.reset();
  generate(wb);
  const batched = wb.emu.log.total();
  const byMethod = wb.emu.log.byMethod();
  const naive = createEmulator();
  writeNaively(naive.services, reportSpec(OPTIONS));
  const perCell = naive.log.total();
  console.log(
    `service calls: batched ${batched} (${JSON.stringify(byMethod)}); cell by cell ${perCell}; ratio ${(perCell / batched).toFixed(0)}×`,
  );
  expect(batched).toBeLessThanOrEqual(48);
  expect(perCell / batched).toBeGreaterThanOrEqual(50);
  // Regenerating with a year of inputs present adds only the reads and the swap.
  wb.emu.log.reset();
  generate(wb);
  expect(wb.emu.log.total()).toBeLessThanOrEqual(70);
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
    expect(SHEET_KEYS.every((k) => state(wb).sheets[k])).toBe(true);
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
