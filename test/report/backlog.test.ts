/**
 * Tab 2's backlog by age (src/report/backlog.ts) through the built bundle in the emulator:
 * made-up tickets imported from a Zendesk export, and each month's unsolved tickets by age
 * band and the oldest one's age equal to a plain count over the same tickets at the month's
 * end; their total equal to tab 1's open at start of the next month; blank without a Tickets
 * tab or over a BigQuery extract.
 */
import fc from 'fast-check';
import { wallClock } from '../../src/metrics/zone';
import { BACKLOG_AGES } from '../../src/report/backlog';
import { call } from '../helpers/bundle';
import { DST_ZONES, makeTickets, type TruthTicket } from '../helpers/exports';
import { zendeskWorkbook } from '../helpers/import';
import { seeded } from '../helpers/random';
import { cellAt, errorsShown, locate, OPTIONS } from '../helpers/report';

const DAY = 86_400_000;

/** The backlog at a wall-clock instant `end` of `zone`: band counts and the oldest age. */
function plainBacklog(tickets: TruthTicket[], zone: string, end: number) {
  const wall = (t: number) => wallClock(new Date(t), zone);
  const open = tickets.filter(
    (t) => wall(t.created) < end && (t.solved === undefined || wall(t.solved) >= end),
  );
  const ages = open.map((t) => (end - wall(t.created)) / DAY);
  return {
    bands: BACKLOG_AGES.map(
      (a) => ages.filter((x) => x >= a.from && (a.to === undefined || x < a.to)).length,
    ),
    total: open.length,
    oldest: ages.length ? Math.max(...ages) : ('' as const),
  };
}

const imported = zendeskWorkbook;

const ENDED = Array.from({ length: 11 }, (_x, i) => i + 1);
const key = (m: number) => `2026-${String(m).padStart(2, '0')}`;

test('each ended month: unsolved tickets by age band and the oldest equal a plain count at its end (random sets, DST zones)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      async (seed, zone) => {
        const rand = seeded(seed);
        // Created over the year, some still open, a few created before it.
        const tickets = makeTickets(
          90,
          Date.UTC(2025, 11, 1),
          Date.UTC(2026, 10, 25),
          Math.floor(rand() * 1e9),
        );
        const { emu } = await imported(tickets, zone);
        const volume = emu.spreadsheet.sheet('Ticket volume');
        const metrics = emu.spreadsheet.sheet('Monthly metrics');
        let counted = 0;
        for (const m of ENDED) {
          const want = plainBacklog(tickets, zone, Date.UTC(2026, m, 1));
          const got = (rk: string) => cellAt(volume, rk, key(m)).getValues()[0][0];
          const at = Number(got('bl.at'));
          // The month's end: the next month's first day, a date serial.
          expect([key(m), at]).toEqual([key(m), Date.UTC(2026, m, 1) / DAY + 25569]);
          BACKLOG_AGES.forEach((a, i) =>
            expect([zone, key(m), a.id, got(`bl.${a.id}`)]).toEqual([
              zone,
              key(m),
              a.id,
              want.bands[i],
            ]),
          );
          expect([key(m), got('bl.total')]).toEqual([key(m), want.total]);
          const oldest = got('bl.oldest');
          if (want.oldest === '') expect(oldest).toBe('');
          else expect([key(m), oldest]).toEqual([key(m), expect.closeTo(want.oldest, 6)]);
          // The backlog at a month's end is what tab 1 has open at the next month's start.
          if (m < 12)
            expect(got('bl.total')).toBe(
              cellAt(metrics, 'i.open_start', key(m + 1)).getValues()[0][0],
            );
          counted += want.total;
        }
        expect(counted).toBeGreaterThan(0);
        expect(errorsShown(volume)).toEqual([]);
      },
    ),
    { numRuns: 5 },
  );
}, 180_000);

test('the month under way is counted now; a month not begun and a report with no Tickets tab are blank', async () => {
  const tickets = makeTickets(40, Date.UTC(2026, 0, 1), Date.UTC(2026, 10, 1), 5);
  const { emu, ctx } = await imported(tickets, 'Europe/Ljubljana');
  const volume = emu.spreadsheet.sheet('Ticket volume');
  const now = Date.now();
  for (let m = 1; m <= 12; m++) {
    const at = cellAt(volume, 'bl.at', key(m)).getValues()[0][0];
    const start = Date.UTC(2026, m - 1, 1);
    const end = Date.UTC(2026, m, 1);
    // NOW() is the machine's wall clock: within a day of any zone's.
    if (start > now + DAY) expect([key(m), at]).toEqual([key(m), '']);
    else if (end < now - DAY) expect(at).toBe(end / DAY + 25569);
    else if (at !== '') expect(Math.abs(Number(at) - (now / DAY + 25569))).toBeLessThan(1);
  }
  // Over a BigQuery extract (or with no Tickets tab): labels, no figures.
  emu.spreadsheet.deleteSheet(emu.spreadsheet.sheet('Tickets'));
  call(ctx, 'generateFromSidebar', OPTIONS);
  const v = emu.spreadsheet.sheet('Ticket volume');
  expect(cellAt(v, 'bl.head', 'label').getValues()[0][0]).toBe('Backlog by age at the month’s end');
  for (const rk of ['bl.at', 'bl.lt1', 'bl.d30', 'bl.total', 'bl.oldest'])
    expect([rk, cellAt(v, rk, '2026-03').getValues()[0][0]]).toEqual([rk, '']);
  expect(errorsShown(v)).toEqual([]);
});

test('a row the user inserted in the block, and what was typed there, stay through an update; the figures follow', async () => {
  const zone = 'Europe/Ljubljana';
  const tickets = makeTickets(60, Date.UTC(2025, 11, 1), Date.UTC(2026, 10, 25), 11);
  const { emu, ctx } = await imported(tickets, zone);
  let volume = emu.spreadsheet.sheet('Ticket volume');
  const before = locate(volume);
  volume.insertRowsAfter(before.row('bl.d1'), 1);
  volume.getRange(before.row('bl.d1') + 1, 1, 1, 2).setValues([['Escalated by hand', 'see notes']]);
  call(ctx, 'generateFromSidebar', OPTIONS);
  volume = emu.spreadsheet.sheet('Ticket volume');
  const at = locate(volume);
  expect(at.row('bl.d3')).toBe(at.row('bl.d1') + 2);
  expect(volume.getRange(at.row('bl.d1') + 1, 1, 1, 2).getValues()).toEqual([
    ['Escalated by hand', 'see notes'],
  ]);
  const want = plainBacklog(tickets, zone, Date.UTC(2026, 3, 1));
  BACKLOG_AGES.forEach((a, i) =>
    expect([a.id, cellAt(volume, `bl.${a.id}`, '2026-03').getValues()[0][0]]).toEqual([
      a.id,
      want.bands[i],
    ]),
  );
  expect(cellAt(volume, 'bl.total', '2026-03').getValues()[0][0]).toBe(want.total);
  expect(errorsShown(volume)).toEqual([]);
});
