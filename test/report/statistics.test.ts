/**
 * Tab 1's medians and 90th percentiles of first reply and resolution time: native formulas over
 * the Tickets tab that must equal the FRT custom function's "median" and "p90" and a sorted-array
 * reference written here, on random tickets with ties and even counts, month by month and year
 * to date.
 */
import fc from 'fast-check';
import { TICKET_COLUMNS } from '../../src/tickets';
import { createEmulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { exportOf, makeTickets, type TruthTicket } from '../helpers/exports';
import { importFile } from '../helpers/import';
import { seeded } from '../helpers/random';
import { cellAt, monthKeys, OPTIONS } from '../helpers/report';

/** The p-th quantile as PERCENTILE.INC defines it, over a sorted copy (the reference). */
function sortedQuantile(values: number[], p: number): number | '' {
  if (values.length === 0) return '';
  const s = [...values].sort((a, b) => a - b);
  const rank = p * (s.length - 1);
  const lo = Math.floor(rank);
  return lo + 1 < s.length ? s[lo] + (rank - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

/** Tickets whose durations are whole hours from a short list (ties), some months even-sized. */
function tiedTickets(seed: number, n: number): TruthTicket[] {
  const rand = seeded(seed);
  return makeTickets(n, Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 28), seed).map((t) => {
    const hours = [1, 2, 2, 3, 5, 8, 8, 13][Math.floor(rand() * 8)];
    const firstReply = t.firstReply === undefined ? undefined : t.created + hours * 3600000;
    const solved = t.solved === undefined ? undefined : (firstReply ?? t.created) + hours * 7200000;
    return { ...t, firstReply, solved, updated: (solved ?? firstReply ?? t.created) + 60000 };
  });
}

/** The Tickets tab's rows by column key. */
function ticketRows(sheet: FakeSheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet.getDataRange().getValues();
  return rows.map((r) =>
    Object.fromEntries(TICKET_COLUMNS.map((c) => [c.key, r[header.indexOf(c.header)]])),
  );
}

const serial = (y: number, m: number) => Date.UTC(y, m - 1, 1) / 86400000 + 25569;
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

test('median and p90 rows equal FRT(…, "median"/"p90") and a sorted reference, month by month and year to date', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.integer({ min: 6, max: 60 }),
      async (seed, n) => {
        const emu = createEmulator({ locale: 'en_US', timeZone: 'UTC' });
        const ctx = loadBundle(emu.globals);
        call(ctx, 'generateFromSidebar', OPTIONS);
        await importFile(ctx, exportOf('zendesk', tiedTickets(seed, n), 'UTC'), { zone: 'UTC' });
        const metrics = emu.spreadsheet.sheet('Monthly metrics');
        const rows = ticketRows(emu.spreadsheet.sheet('Tickets'));
        const keys = monthKeys();
        const periods: [string, number, number][] = keys.map((k) => {
          const [y, m] = k.split('-').map(Number);
          return [k, serial(y, m), serial(y, m + 1)];
        });
        periods.push(['ytd', serial(2026, 1), serial(2027, 1)]);
        for (const [key, start, end] of periods) {
          const inPeriod = (v: unknown) =>
            num(v) !== undefined && num(v)! >= start && num(v)! < end;
          const replied = rows.filter((r) => inPeriod(r.created) && num(r.frt_h) !== undefined);
          const solved = rows.filter(
            (r) => inPeriod(r.solved) && num(r.resolution_h) !== undefined,
          );
          const frt = replied.map((r) => num(r.frt_h)!);
          const resolution = solved.map((r) => num(r.resolution_h)!);
          for (const [st, p] of [
            ['median', 0.5],
            ['p90', 0.9],
          ] as const) {
            const got = (metric: string) =>
              cellAt(metrics, `s.${metric}.${st}`, key).getValues()[0][0];
            const want = sortedQuantile(frt, p);
            expect([key, st, got('frt')]).toEqual([
              key,
              st,
              want === '' ? '' : expect.closeTo(want, 9),
            ]);
            const wantResolution = sortedQuantile(resolution, p);
            expect([key, st, got('resolution_time')]).toEqual([
              key,
              st,
              wantResolution === '' ? '' : expect.closeTo(wantResolution, 9),
            ]);
            // The custom function over the same tickets' timestamps says the same.
            if (frt.length > 0) {
              const fn = call(
                ctx,
                'FRT',
                replied.map((r) => [r.created]),
                // A Zendesk export gives the reply time, not the reply's date.
                replied.map((r) => [num(r.created)! + num(r.frt_h)! / 24]),
                'hours',
                st,
              );
              expect(got('frt')).toBeCloseTo(fn as number, 6);
            }
          }
        }
      },
    ),
    { numRuns: 8 },
  );
}, 120_000);

test('the rows sit under their means, read "from Tickets", and are not there without a Tickets tab', async () => {
  const emu = createEmulator({ locale: 'en_US', timeZone: 'UTC' });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  const metrics = emu.spreadsheet.sheet('Monthly metrics');
  expect(() => cellAt(metrics, 's.frt.median', 'label')).toThrow(/no row/);
  await importFile(ctx, exportOf('zendesk', tiedTickets(7, 30), 'UTC'), { zone: 'UTC' });
  const label = (rk: string) => cellAt(metrics, rk, 'label').getValues()[0][0];
  expect(label('s.frt.median')).toBe('First response time, median (from Tickets)');
  expect(label('s.resolution_time.p90')).toBe('Resolution time, 90th percentile (from Tickets)');
  const row = (rk: string) => cellAt(metrics, rk, 'label').getRow();
  expect(row('s.frt.median')).toBe(row('m.frt') + 1);
  expect(row('s.frt.p90')).toBe(row('m.frt') + 2);
  expect(cellAt(metrics, 's.frt.median', '2026-03').getFormulas()[0][0]).toMatch(
    /^=ARRAYFORMULA\(IF\(COUNT\(.*COUNTIFS\(.*MEDIAN\(IF\(/,
  );
  // A target typed for the median colours the median's months, not the mean's.
  cellAt(metrics, 's.frt.median', 'target').setValues([[4]]);
  call(ctx, 'generateFromSidebar', OPTIONS);
  expect(cellAt(metrics, 's.frt.median', 'target').getValues()[0][0]).toBe(4);
});

test('the medians read the Tickets rows there were when the report was made, and say so once tickets lie below them; an update reads them again', async () => {
  const emu = createEmulator({ locale: 'en_US', timeZone: 'UTC' });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  await importFile(ctx, exportOf('zendesk', tiedTickets(11, 20), 'UTC'), { zone: 'UTC' });
  const metrics = emu.spreadsheet.sheet('Monthly metrics');
  const tickets = emu.spreadsheet.sheet('Tickets');
  const last = tickets.getMaxRows();
  const formula = cellAt(metrics, 's.frt.median', 'ytd').getFormulas()[0][0];
  // Bounded: a whole column is a million rows to LibreOffice and Excel.
  expect(formula).toContain(`$1:$`);
  expect(formula).toContain(`$${last})`);
  const before = cellAt(metrics, 's.frt.median', 'ytd').getValues()[0][0];
  expect(typeof before).toBe('number');
  // A ticket pasted below the last row, by hand: the medians do not leave it out silently.
  const header = tickets.getRange(1, 1, 1, tickets.getMaxColumns()).getValues()[0];
  const row = header.map(() => '' as string | number);
  const at = (h: string) => header.indexOf(TICKET_COLUMNS.find((c) => c.key === h)!.header);
  row[at('id')] = 'pasted-1';
  row[at('created')] = 46030; // 2026-01-08
  row[at('frt_h')] = 400;
  row[at('solved')] = 46031;
  row[at('resolution_h')] = 500;
  const team = emu.spreadsheet.sheet('Team');
  expect(typeof cellAt(team, 'gr.all', 'y.frt_median').getValues()[0][0]).toBe('number');
  tickets.insertRowsAfter(last, 1);
  tickets.getRange(last + 1, 1, 1, row.length).setValues([row]);
  const stale = 'New tickets: update the report';
  expect(cellAt(metrics, 's.frt.median', 'ytd').getValues()[0][0]).toBe(stale);
  expect(cellAt(metrics, 's.frt.median', '2026-01').getValues()[0][0]).toBe(stale);
  expect(cellAt(metrics, 's.resolution_time.p90', 'ytd').getValues()[0][0]).toBe(stale);
  // The Team tab's medians and 90th percentiles too (by the solved dates they read).
  expect(cellAt(team, 'gr.all', 'y.frt_median').getValues()[0][0]).toBe(stale);
  expect(cellAt(team, 'gr.all', 'y.resolution_median').getValues()[0][0]).toBe(stale);
  expect(cellAt(team, 'gr.all', 'y.frt_p90').getValues()[0][0]).toBe(stale);
  // The means (COUNTIFS and SUMIFS over whole columns) count it already.
  call(ctx, 'generateFromSidebar', OPTIONS);
  const after = cellAt(metrics, 's.frt.median', 'ytd').getValues()[0][0];
  expect(typeof after).toBe('number');
  expect(typeof cellAt(team, 'gr.all', 'y.frt_median').getValues()[0][0]).toBe('number');
  expect(cellAt(metrics, 's.frt.median', 'ytd').getFormulas()[0][0]).toContain(`$${last + 1})`);
});
