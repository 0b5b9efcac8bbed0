/**
 * The SLA tab (src/report/tab-sla.ts) through the built bundle in the emulator: made-up
 * tickets with priorities of odd names imported from Zendesk and Freshdesk exports, and every
 * figure of every row, month and year to date, equal to a plain count over the same tickets
 * (DST zones); Freshdesk's own SLA statuses counted instead of the times; a text target marked
 * and its figures blank; a target typed for a priority staying with it when priorities come
 * and go; the tab kept, blank, without a Tickets tab.
 */
import fc from 'fast-check';
import { wallClock } from '../../src/metrics/zone';
import { priorityRowKey } from '../../src/report/tab-sla';
import { SLA_FIGURES } from '../../src/report/sla';
import { createEmulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { DST_ZONES, exportOf, makeTickets, type TruthTicket } from '../helpers/exports';
import { importFile, zendeskWorkbook } from '../helpers/import';
import { seeded } from '../helpers/random';
import { errorsShown, locate, OPTIONS, valueAt as value } from '../helpers/report';

const TAB = 'SLA by priority';
/** Priorities as files write them: case and spaces, wildcards, quotes, scripts, numbers. */
const ODD_NAMES = [
  'Urgent',
  'URGENT',
  ' High ',
  'P2 *',
  'what?',
  '~tilde~',
  '"Quoted"',
  "it's low",
  'Ünïcode',
  '1 - Critical',
  '5 - Planning',
  '紧急',
  '-',
  '',
  '2',
  '=x',
];

/** A priority as the Tickets tab keeps it: trimmed, a desk's placeholder for none blank. */
const kept = (p: string | undefined) => {
  const t = (p ?? '').trim();
  return /^(no priority|--|-)$/i.test(t) ? '' : t;
};
/** Whether COUNTIFS can match a name exactly (the rest count under Other priorities). */
const listable = (p: string) =>
  p !== '' && !/^[=<>]/.test(p) && !/^[-+]?\d+([.,]\d*)?$/.test(p) && !/^(true|false)$/i.test(p);

const set = (sheet: FakeSheet, rk: string, ck: string, v: string | number) => {
  const at = locate(sheet);
  sheet.getRange(at.row(rk), at.col(ck), 1, 1).setValues([[v]]);
};
const rowKeys = (sheet: FakeSheet) =>
  [...locate(sheet).rows.keys()].filter((k) => k.startsWith('pr.'));

type Which =
  { kind: 'name'; key: string } | { kind: 'others'; listed: string[] } | { kind: 'none' };
const matches = (which: Which, p: string) =>
  which.kind === 'name'
    ? p.toLowerCase() === which.key
    : which.kind === 'none'
      ? p === ''
      : p !== '' && !which.listed.includes(p.toLowerCase());

/**
 * A row's figures by plain counting over [from, to) (wall clock): first replies by the month
 * created, resolutions by the month solved, each met by its status or its time (Zendesk's
 * whole minutes) against the row's targets.
 */
function plainRow(
  tickets: TruthTicket[],
  zone: string,
  which: Which,
  from: number,
  to: number,
  targets: { frt: number; res: number },
  statuses: boolean,
) {
  const wall = (t: number) => wallClock(new Date(t), zone);
  const within = (t: number | undefined) => t !== undefined && wall(t) >= from && wall(t) < to;
  const mine = tickets.filter((t) => matches(which, kept(t.priority)));
  const hours = (a: number, b: number) => Math.round((a - b) / 60000) / 60;
  const frt = mine.filter(
    (t) =>
      within(t.created) && ((statuses && t.frtSla !== undefined) || t.firstReply !== undefined),
  );
  const res = mine.filter((t) => within(t.solved));
  const frtMet = frt.filter((t) =>
    statuses && t.frtSla !== undefined ? t.frtSla : hours(t.firstReply!, t.created) <= targets.frt,
  ).length;
  const resMet = res.filter((t) =>
    statuses && t.resolutionSla !== undefined
      ? t.resolutionSla
      : hours(t.solved!, t.created) <= targets.res,
  ).length;
  const pct = (met: number, n: number) => (n ? (met / n) * 100 : ('' as const));
  return {
    frt_n: frt.length,
    frt_met: frtMet,
    frt_pct: pct(frtMet, frt.length),
    res_n: res.length,
    res_met: resMet,
    res_pct: pct(resMet, res.length),
  };
}

/** Every row of the tab, for the month chosen and the year to date, against plain counts. */
function expectAllRows(
  sheet: FakeSheet,
  tickets: TruthTicket[],
  zone: string,
  month: number,
  targets: Map<string, { frt: number; res: number }>,
  statuses = false,
) {
  // The listed priorities: rows with a label (a gone priority's row keeps only its targets).
  const keys = rowKeys(sheet).filter((k) => k.startsWith('pr.n:') && value(sheet, k, 'label'));
  const listed = keys.map((k) => k.slice('pr.n:'.length));
  const rows: [string, Which][] = [
    ...listed.map((key): [string, Which] => [`pr.n:${key}`, { kind: 'name', key }]),
    ['pr.other', { kind: 'others', listed }],
    ['pr.none', { kind: 'none' }],
  ];
  const periods = {
    m: [Date.UTC(2026, month - 1, 1), Date.UTC(2026, month, 1)],
    y: [Date.UTC(2026, 0, 1), Date.UTC(2026, month, 1)],
  } as const;
  for (const [p, [from, to]] of Object.entries(periods)) {
    const total = { frt_n: 0, frt_met: 0, res_n: 0, res_met: 0 };
    for (const [rk, which] of rows) {
      const want = plainRow(tickets, zone, which, from, to, targets.get(rk)!, statuses);
      for (const f of SLA_FIGURES) {
        const got = value(sheet, rk, `${p}.${f}`);
        const w = want[f];
        expect([rk, p, f, got]).toEqual([rk, p, f, w === '' ? '' : expect.closeTo(w, 9)]);
      }
      for (const f of ['frt_n', 'frt_met', 'res_n', 'res_met'] as const) total[f] += want[f];
    }
    for (const f of ['frt_n', 'frt_met', 'res_n', 'res_met'] as const)
      expect([p, f, value(sheet, 'pr.all', `${p}.${f}`)]).toEqual([p, f, total[f]]);
    expect(value(sheet, 'pr.all', `${p}.frt_pct`)).toBeCloseTo(
      (total.frt_met / total.frt_n) * 100,
      9,
    );
  }
}

/**
 * Types targets on every row and returns them by row key: each one ticket's own time (whole
 * minutes, as Zendesk gives them), so a time equal to its target is met.
 */
function typeTargets(sheet: FakeSheet, rand: () => number, tickets: TruthTicket[]) {
  const targets = new Map<string, { frt: number; res: number }>();
  const times = (at: (t: TruthTicket) => number | undefined) =>
    tickets.flatMap((t) =>
      at(t) === undefined ? [] : [Math.round((at(t)! - t.created) / 60000) / 60],
    );
  const frt = times((t) => t.firstReply);
  const res = times((t) => t.solved);
  const pick = (xs: number[]) => xs[Math.floor(rand() * xs.length)];
  for (const rk of rowKeys(sheet).filter((k) => k !== 'pr.all')) {
    const t = { frt: pick(frt), res: pick(res) };
    set(sheet, rk, 'frt_target', t.frt);
    set(sheet, rk, 'res_target', t.res);
    targets.set(rk, t);
  }
  return targets;
}

test('every figure of every priority, Other priorities, No priority and all tickets equals a plain count (odd names, DST zones)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      fc.subarray(ODD_NAMES, { minLength: 3 }),
      fc.integer({ min: 9, max: 12 }),
      async (seed, zone, names, month) => {
        const rand = seeded(seed);
        const tickets = makeTickets(
          120,
          Date.UTC(2026, 7, 1),
          Date.UTC(2026, 11, 20),
          Math.floor(rand() * 1e9),
        );
        for (const t of tickets) t.priority = names[Math.floor(rand() * names.length)];
        const { emu } = await zendeskWorkbook(tickets, zone);
        const sheet = emu.spreadsheet.sheet(TAB);
        // One row per listable priority, case aside; the rest under Other priorities.
        const wanted = new Set(
          tickets.map((t) => kept(t.priority).toLowerCase()).filter((p) => listable(p)),
        );
        const listed = rowKeys(sheet).filter((k) => k.startsWith('pr.n:'));
        expect(listed.sort()).toEqual([...wanted].map(priorityRowKey).sort());
        set(sheet, 'month', 'frt_target', `'2026-${String(month).padStart(2, '0')}`);
        const targets = typeTargets(sheet, rand, tickets);
        expectAllRows(sheet, tickets, zone, month, targets);
        expect(errorsShown(sheet)).toEqual([]);
      },
    ),
    { numRuns: 6 },
  );
}, 240_000);

test('urgent first, low last; each priority starts with its stated default targets', async () => {
  const tickets = makeTickets(60, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 1), 7);
  const names = ['Low', 'Medium', 'Urgent', 'Odd one', 'High', '4 - Low', '1 - Critical'];
  tickets.forEach((t, i) => (t.priority = names[i % names.length]));
  const { emu } = await zendeskWorkbook(tickets, 'Europe/Ljubljana');
  const sheet = emu.spreadsheet.sheet(TAB);
  const at = locate(sheet);
  const labels = rowKeys(sheet)
    .sort((a, b) => at.row(a) - at.row(b))
    .map((rk) => [
      value(sheet, rk, 'label'),
      value(sheet, rk, 'frt_target'),
      value(sheet, rk, 'res_target'),
    ]);
  expect(labels).toEqual([
    ['Urgent', 1, 4],
    ['1 - Critical', 1, 4],
    ['High', 4, 24],
    ['Medium', 8, 72],
    ['Low', 24, 120],
    ['4 - Low', 24, 120],
    ['Odd one', 8, 72],
    ['Other priorities', 8, 72],
    ['No priority', 8, 72],
    ['All tickets', '', ''],
  ]);
});

test("Freshdesk's First response and Resolution status are counted where a ticket has one, its time elsewhere", async () => {
  const zone = 'America/New_York';
  const rand = seeded(11);
  const tickets = makeTickets(90, Date.UTC(2026, 8, 1), Date.UTC(2026, 11, 1), 12);
  for (const t of tickets) {
    t.priority = ['Urgent', 'High', 'Medium', 'Low'][Math.floor(rand() * 4)];
    if (rand() < 0.7) t.frtSla = rand() < 0.6;
    if (t.solved !== undefined && rand() < 0.7) t.resolutionSla = rand() < 0.6;
  }
  const emu = createEmulator({ locale: 'en_US', timeZone: zone });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  await importFile(ctx, exportOf('freshdesk', tickets, zone), { zone });
  const sheet = emu.spreadsheet.sheet(TAB);
  expect(value(sheet, 'source', 'label')).toMatch(
    /help desk’s own SLA status|help desk's own SLA status/,
  );
  set(sheet, 'month', 'frt_target', "'2026-10");
  // Freshdesk's times are its dates' differences (minutes apart): a target at a whole minute
  // half-way keeps the plain count free of rounding.
  const targets = new Map<string, { frt: number; res: number }>();
  for (const rk of rowKeys(sheet).filter((k) => k !== 'pr.all')) {
    const t = { frt: 10 + 0.5 / 60, res: 50 + 0.5 / 60 };
    set(sheet, rk, 'frt_target', t.frt);
    set(sheet, rk, 'res_target', t.res);
    targets.set(rk, t);
  }
  // Freshdesk's reports leave out tickets with neither agent nor group, as the import does.
  const counted = tickets.filter((t) => t.assignee || t.group);
  expectAllRows(sheet, counted, zone, 10, targets, true);
  // The statuses decide: counted by times alone, the shares would differ.
  const row = priorityRowKey('Urgent');
  const [from, to] = [Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 1)];
  const who = { kind: 'name', key: 'urgent' } as const;
  expect(plainRow(counted, zone, who, from, to, targets.get(row)!, false).frt_met).not.toBe(
    value(sheet, row, 'y.frt_met'),
  );
  expect(errorsShown(sheet)).toEqual([]);
});

test('a text target is marked and its figures and all tickets’ left blank, never #VALUE!; the other measure still counts', async () => {
  const tickets = makeTickets(60, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 1), 8);
  tickets.forEach((t, i) => (t.priority = ['Urgent', 'Low'][i % 2]));
  const { emu } = await zendeskWorkbook(tickets, 'Europe/Ljubljana');
  const sheet = emu.spreadsheet.sheet(TAB);
  const urgent = priorityRowKey('Urgent');
  set(sheet, urgent, 'frt_target', 'one hour');
  for (const p of ['m', 'y'])
    for (const f of ['frt_n', 'frt_met', 'frt_pct']) {
      expect([p, f, value(sheet, urgent, `${p}.${f}`)]).toEqual([p, f, '']);
      expect([p, f, value(sheet, 'pr.all', `${p}.${f}`)]).toEqual([p, f, '']);
    }
  expect(typeof value(sheet, urgent, 'y.res_n')).toBe('number');
  expect(typeof value(sheet, 'pr.all', 'y.res_pct')).toBe('number');
  expect(errorsShown(sheet)).toEqual([]);
  // Marked: the add-on's rule over the targets flags what is not a number.
  const at = locate(sheet);
  const rules = sheet.getConditionalFormatRules();
  const marked = rules.filter((r) =>
    r
      .getRanges()
      .some(
        (g) =>
          g.getRow() <= at.row(urgent) &&
          g.getRow() + g.getNumRows() > at.row(urgent) &&
          g.getColumn() <= at.col('frt_target') &&
          g.getColumn() + g.getNumColumns() > at.col('frt_target'),
      ),
  );
  expect(marked.map((r) => r.getBooleanCondition()?.getBackground())).toEqual(['#fde293']);
});

test('a target typed for a priority stays with it when a new priority comes first, and a gone one keeps its target', async () => {
  const zone = 'Europe/Ljubljana';
  const first = makeTickets(40, Date.UTC(2026, 8, 1), Date.UTC(2026, 9, 1), 9);
  first.forEach((t, i) => (t.priority = ['Urgent', 'Low', 'Strange'][i % 3]));
  const { emu, ctx } = await zendeskWorkbook(first, zone);
  let sheet = emu.spreadsheet.sheet(TAB);
  set(sheet, priorityRowKey('Low'), 'frt_target', 30);
  set(sheet, priorityRowKey('Strange'), 'res_target', 500);
  // The user's own row inside the table, and a new name for the tab.
  const at = locate(sheet);
  sheet.insertRowsAfter(at.row(priorityRowKey('Urgent')), 1);
  sheet.getRange(at.row(priorityRowKey('Urgent')) + 1, 1, 1, 1).setValues([['my note']]);
  sheet.setName('SLA review');
  // Next export: a Critical priority (listed before Low), and no Strange ticket any more.
  const next = makeTickets(40, Date.UTC(2026, 8, 1), Date.UTC(2026, 9, 1), 9);
  next.forEach((t, i) => (t.priority = ['Urgent', 'Low', 'Critical'][i % 3]));
  await importFile(ctx, exportOf('zendesk', next, zone), { zone });
  sheet = emu.spreadsheet.sheet('SLA review');
  expect(value(sheet, priorityRowKey('Low'), 'frt_target')).toBe(30);
  expect(value(sheet, priorityRowKey('Critical'), 'frt_target')).toBe(1);
  expect(value(sheet, priorityRowKey('Strange'), 'res_target')).toBe(500);
  expect(value(sheet, priorityRowKey('Strange'), 'label')).toBe('');
  expect(value(sheet, priorityRowKey('Strange'), 'y.frt_n')).toBe('');
  expect(sheet.getDataRange().getValues().flat()).toContain('my note');
  const month = Number(String(value(sheet, 'month', 'frt_target')).slice(5));
  const targets = new Map<string, { frt: number; res: number }>();
  for (const rk of rowKeys(sheet).filter((k) => k !== 'pr.all'))
    targets.set(rk, {
      frt: Number(value(sheet, rk, 'frt_target')),
      res: Number(value(sheet, rk, 'res_target')),
    });
  const live = next.filter((t) => t.priority !== 'Strange');
  expectAllRows(
    sheet,
    live,
    zone,
    month,
    new Map([...targets].filter(([rk]) => rk !== priorityRowKey('Strange'))),
  );
  expect(errorsShown(sheet)).toEqual([]);
});

test('one row of No priority when the export has no priorities; kept, blank, once the Tickets tab is deleted', async () => {
  const zone = 'Europe/Ljubljana';
  const tickets = makeTickets(40, Date.UTC(2026, 8, 1), Date.UTC(2026, 10, 1), 10);
  const { emu, ctx } = await zendeskWorkbook(tickets, zone);
  let sheet = emu.spreadsheet.sheet(TAB);
  expect(rowKeys(sheet).sort()).toEqual(['pr.all', 'pr.none', 'pr.other']);
  expect(value(sheet, 'pr.other', 'y.frt_n')).toBe(0);
  expect(value(sheet, 'pr.none', 'y.res_n')).toBe(value(sheet, 'pr.all', 'y.res_n'));
  expect(value(sheet, 'pr.none', 'y.res_n')).toBeGreaterThan(10);
  emu.spreadsheet.deleteSheet(emu.spreadsheet.sheet('Tickets'));
  call(ctx, 'generateFromSidebar', OPTIONS);
  sheet = emu.spreadsheet.sheet(TAB);
  for (const f of SLA_FIGURES) expect([f, value(sheet, 'pr.all', `y.${f}`)]).toEqual([f, '']);
  expect(errorsShown(sheet)).toEqual([]);
});
