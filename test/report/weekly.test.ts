/**
 * The Weekly tab (src/report/tab-weekly.ts) through the built bundle in the emulator: made-up
 * tickets imported from a Zendesk export, and every figure of each of the 13 ISO weeks equal
 * to a plain count over the same tickets (weeks across a year end, ISO week 53, DST zones);
 * the weeks following today until a Monday is typed; the tab kept, blank, without a Tickets
 * tab.
 */
import fc from 'fast-check';
import { wallClock } from '../../src/metrics/zone';
import { THIS_MONDAY, WEEKLY_COLUMNS, WEEKS } from '../../src/report/tab-weekly';
import { createEmulator } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { DST_ZONES, exportOf, makeTickets, type TruthTicket } from '../helpers/exports';
import { importFile, zendeskWorkbook } from '../helpers/import';
import { seeded } from '../helpers/random';
import { errorsShown, locate, OPTIONS, valueAt as value } from '../helpers/report';

const DAY = 86_400_000;
const serial = (wall: number) => wall / DAY + 25569;

/** ISO 8601 week of a Monday (a UTC date): the year of its Thursday and the week number. */
function isoWeek(monday: number): string {
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A week's figures by plain counting, the week from the wall-clock Monday `monday`. */
function plainWeek(tickets: TruthTicket[], zone: string, monday: number) {
  const end = monday + 7 * DAY;
  const wall = (t: number | undefined) =>
    t === undefined ? undefined : wallClock(new Date(t), zone);
  const within = (t: number | undefined) => {
    const w = wall(t);
    return w !== undefined && w >= monday && w < end;
  };
  const created = tickets.filter((t) => within(t.created));
  const solved = tickets.filter((t) => within(t.solved));
  // The Zendesk export gives first reply times in whole minutes.
  const frt = created
    .filter((t) => t.firstReply !== undefined)
    .map((t) => Math.round((t.firstReply! - t.created) / 60000) / 60)
    .sort((a, b) => a - b);
  const mid = frt.length >> 1;
  const rated = solved.filter((t) => t.rating !== undefined);
  return {
    label: isoWeek(monday),
    start: serial(monday),
    created: created.length,
    solved: solved.length,
    frt: frt.length ? frt.reduce((a, b) => a + b, 0) / frt.length : ('' as const),
    frt_median: !frt.length
      ? ('' as const)
      : frt.length % 2
        ? frt[mid]
        : (frt[mid - 1] + frt[mid]) / 2,
    csat: rated.length
      ? (rated.filter((t) => t.rating! >= 4).length / rated.length) * 100
      : ('' as const),
    backlog: tickets.filter(
      (t) => wall(t.created)! < end && (t.solved === undefined || wall(t.solved)! >= end),
    ).length,
  };
}

const imported = zendeskWorkbook;

test('every figure of the 13 weeks equals a plain count (weeks across the year end, ISO week 53, DST zones)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      // The latest week: one of 2026's last Mondays (28 December starts ISO week 53), 2027's first,
      // or one whose weeks go back into 2025.
      fc.constantFrom(
        Date.UTC(2026, 11, 14),
        Date.UTC(2026, 11, 28),
        Date.UTC(2027, 0, 4),
        // Back to 29 Dec 2025, the Monday of 2026-W01.
        Date.UTC(2026, 2, 23),
      ),
      async (seed, zone, latest) => {
        const rand = seeded(seed);
        const tickets = makeTickets(
          110,
          latest - 100 * DAY,
          latest + 6 * DAY,
          Math.floor(rand() * 1e9),
        );
        const { emu } = await imported(tickets, zone);
        const weekly = emu.spreadsheet.sheet('Weekly');
        const at = locate(weekly);
        weekly.getRange(at.row('latest'), at.col('start'), 1, 1).setValues([[serial(latest)]]);
        let counted = 0;
        for (let i = 0; i < WEEKS; i++) {
          const want = plainWeek(tickets, zone, latest - (WEEKS - 1 - i) * 7 * DAY);
          const rk = `w${i + 1}`;
          expect([rk, value(weekly, rk, 'label')]).toEqual([rk, want.label]);
          for (const ck of WEEKLY_COLUMNS) {
            const w = want[ck];
            const got = value(weekly, rk, ck);
            if (w === '') expect([zone, want.label, ck, got]).toEqual([zone, want.label, ck, '']);
            else
              expect([zone, want.label, ck, got]).toEqual([
                zone,
                want.label,
                ck,
                expect.closeTo(w, 6),
              ]);
          }
          counted += want.created;
        }
        expect(counted).toBeGreaterThan(40);
        if (latest === Date.UTC(2026, 11, 28))
          expect(value(weekly, 'w13', 'label')).toBe('2026-W53');
        expect(errorsShown(weekly)).toEqual([]);
      },
    ),
    { numRuns: 6 },
  );
}, 240_000);

test('the weeks follow today until a Monday is typed; the typed one holds through an update', async () => {
  const tickets = makeTickets(30, Date.UTC(2026, 9, 1), Date.UTC(2026, 11, 1), 3);
  const { emu, ctx } = await imported(tickets, 'Europe/Ljubljana');
  let weekly = emu.spreadsheet.sheet('Weekly');
  const at = locate(weekly);
  const cell = weekly.getRange(at.row('latest'), at.col('start'), 1, 1);
  expect(cell.getFormulas()[0][0]).toBe(THIS_MONDAY);
  // A Monday within the last week (NOW() is the machine's clock: a day either side).
  const monday = Number(cell.getValues()[0][0]);
  expect(new Date((monday - 25569) * DAY).getUTCDay()).toBe(1);
  expect(Math.abs(monday + 3.5 - (Date.now() / DAY + 25569))).toBeLessThan(4.6);
  // A Wednesday typed: its week, from the Monday before.
  cell.setValues([[serial(Date.UTC(2026, 10, 4))]]);
  expect(value(weekly, 'w13', 'start')).toBe(serial(Date.UTC(2026, 10, 2)));
  cell.setValues([[serial(Date.UTC(2026, 10, 2))]]);
  call(ctx, 'generateFromSidebar', OPTIONS);
  weekly = emu.spreadsheet.sheet('Weekly');
  expect(value(weekly, 'latest', 'start')).toBe(serial(Date.UTC(2026, 10, 2)));
  expect(value(weekly, 'w13', 'label')).toBe('2026-W45');
  expect(value(weekly, 'w1', 'label')).toBe('2026-W33');
});

test('no Weekly tab before a Tickets tab; kept, with blank figures, once the Tickets tab is deleted', async () => {
  const emu = createEmulator({ locale: 'en_US', timeZone: 'Europe/Ljubljana' });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  expect(emu.spreadsheet.sheets.map((s) => s.getName())).not.toContain('Weekly');
  await importFile(
    ctx,
    exportOf(
      'zendesk',
      makeTickets(20, Date.UTC(2026, 9, 1), Date.UTC(2026, 11, 1), 4),
      'Europe/Ljubljana',
    ),
    { zone: 'Europe/Ljubljana' },
  );
  expect(typeof value(emu.spreadsheet.sheet('Weekly'), 'w13', 'created')).toBe('number');
  emu.spreadsheet.deleteSheet(emu.spreadsheet.sheet('Tickets'));
  call(ctx, 'generateFromSidebar', OPTIONS);
  const weekly = emu.spreadsheet.sheet('Weekly');
  for (const ck of ['created', 'solved', 'frt', 'frt_median', 'csat', 'backlog'])
    expect([ck, value(weekly, 'w13', ck)]).toEqual([ck, '']);
  expect(typeof value(weekly, 'w13', 'start')).toBe('number');
  expect(errorsShown(weekly)).toEqual([]);
});
