/**
 * The GoogleSQL of what a lead reviews (#31): `weekly`, `sla` and `backlog` in ZetaSQL, run on
 * the same tickets as the Tickets tab, equal to the Weekly tab, the SLA tab and tab 2's
 * backlog by age (fast-check: DST zones, month edges, priorities of odd names); the desk's own
 * SLA statuses counted as the SLA tab counts them.
 */
import fc from 'fast-check';
import { wallClock, ZoneClock } from '../../src/metrics/zone';
import { BACKLOG_AGES } from '../../src/catalogue/backlog';
import { sqlStatement } from '../../src/warehouse/sql';
import { WEEKS } from '../../src/report/tab-weekly';
import { bunchedTickets, DST_ZONES, makeTickets } from '../helpers/exports';
import { zendeskWorkbook } from '../helpers/import';
import { seeded } from '../helpers/random';
import { locate, monthKeys, OPTIONS, valueAt as value } from '../helpers/report';
import { contractTable, sqlOptions, useZetaSql } from '../helpers/warehouse';

const zeta = useZetaSql();

const near = (v: unknown) => (v === null || v === '' ? '' : expect.closeTo(Number(v), 6));
const PRIORITIES = ['Urgent', 'urgent', 'High', 'P3 *', 'what?', '"Q"', '1 - Critical', '', '2'];
const DAY = 86_400_000;

test('weekly, sla and backlog give the Weekly tab, the SLA tab and tab 2’s backlog by age on the same tickets (fast-check: DST zones, month edges, odd priorities)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      async (seed, zone) => {
        const rand = seeded(seed);
        const tickets = bunchedTickets(rand, zone, 60).map((t) => ({
          ...t,
          priority: PRIORITIES[Math.floor(rand() * PRIORITIES.length)],
        }));
        // Tickets on the edges: created exactly 1, 3, 7 or 30 days before a month's end, solved
        // exactly at a month's end or a Monday's midnight (a band includes its first day and not
        // its last; a ticket solved at the moment is no longer in the backlog).
        const clock = new ZoneClock(zone);
        tickets.slice(0, 12).forEach((t, i) => {
          const end = Date.UTC(2026, 1 + (i % 10), 1);
          t.created = clock.instantOf(end - [1, 3, 7, 30][i % 4] * DAY);
          t.firstReply = t.created + 3_600_000;
          if (i % 3 === 0) {
            t.solved = undefined;
            t.status = 'open';
          } else {
            const monday = end + ((8 - new Date(end).getUTCDay()) % 7) * DAY;
            t.solved = clock.instantOf(i % 3 === 1 ? end : monday);
            t.status = 'solved';
          }
          t.updated = (t.solved ?? t.created) + 60_000;
        });
        const { emu } = await zendeskWorkbook(tickets, zone);
        const rows = [contractTable(tickets)];

        // Weekly: the tab's latest Monday typed, the statement given a day of that week.
        const monday = Date.UTC(2026, 2 + Math.floor(rand() * 8), 1);
        const latest = monday - ((new Date(monday).getUTCDay() + 6) % 7) * DAY;
        const weekly = emu.spreadsheet.sheet('Weekly');
        const w = locate(weekly);
        weekly.getRange(w.row('latest'), w.col('start'), 1, 1).setValues([[latest / DAY + 25569]]);
        const day = new Date(latest + 2 * DAY).toISOString().slice(0, 10);
        const weeks = await zeta().query(
          sqlStatement(sqlOptions({ query: 'weekly', timeZone: zone, week: day })),
          rows,
        );
        expect(weeks).toHaveLength(WEEKS);
        weeks.forEach((r, i) => {
          const rk = `w${i + 1}`;
          const [label, , created, solved, , , frt, , , csat, backlog] = r;
          expect([rk, value(weekly, rk, 'label')]).toEqual([rk, label]);
          for (const [ck, v] of Object.entries({ created, solved, frt, csat, backlog }))
            expect([zone, rk, ck, value(weekly, rk, ck)]).toEqual([zone, rk, ck, near(v)]);
        });

        // SLA by priority: every row of the tab, month and year to date, from the statement's
        // rows of the same months (names compared without case), with the tab's default targets.
        const sla = emu.spreadsheet.sheet('SLA by priority');
        const s = locate(sla);
        const byMonth = await zeta().query(
          sqlStatement(sqlOptions({ timeZone: zone, query: 'sla' })),
          rows,
        );
        const keys = [...s.rows.keys()].filter((k) => k.startsWith('pr.n:'));
        const listed = keys.map((k) => String(value(sla, k, 'label')).toLowerCase());
        const belongs = (rk: string) => (r: unknown[]) => {
          const name = String(r[2] ?? '').toLowerCase();
          if (rk.startsWith('pr.n:')) return name === listed[keys.indexOf(rk)];
          if (rk === 'pr.other') return name !== '' && !listed.includes(name);
          if (rk === 'pr.none') return name === '';
          return true;
        };
        const months = monthKeys(OPTIONS);
        for (const month of [months[Math.floor(rand() * 12)], months[11]]) {
          sla.getRange(s.row('month'), s.col('frt_target'), 1, 1).setValues([[`'${month}`]]);
          for (const rk of [...keys, 'pr.other', 'pr.none', 'pr.all'])
            for (const p of ['m', 'y'] as const) {
              const mine = byMonth.filter(
                (r) => (p === 'm' ? r[0] === month : String(r[0]) <= month) && belongs(rk)(r),
              );
              const sum = (k: number) => mine.reduce((a, r) => a + Number(r[k]), 0);
              const want = { frt_n: sum(5), frt_met: sum(6), res_n: sum(7), res_met: sum(8) };
              for (const [f, v] of Object.entries(want))
                expect([zone, month, rk, p, f, value(sla, rk, `${p}.${f}`)]).toEqual([
                  zone,
                  month,
                  rk,
                  p,
                  f,
                  v,
                ]);
            }
          // The targets counted within are the tab's.
          for (const rk of keys)
            for (const r of byMonth.filter(belongs(rk)))
              expect([rk, r[3], r[4]]).toEqual([
                rk,
                value(sla, rk, 'frt_target'),
                value(sla, rk, 'res_target'),
              ]);
        }

        // Backlog by age at each month's end (the months ended: the month under way is counted
        // at now, a moment the two engines do not share).
        const volume = emu.spreadsheet.sheet('Ticket volume');
        const backlog = await zeta().query(
          sqlStatement(sqlOptions({ timeZone: zone, query: 'backlog' })),
          rows,
        );
        const now = new Date().toISOString().slice(0, 7);
        backlog.forEach((r, m) => {
          const month = months[m];
          expect(r[0]).toBe(month);
          if (month >= now) return;
          BACKLOG_AGES.forEach((age, k) =>
            expect([zone, month, age.id, value(volume, `bl.${age.id}`, month)]).toEqual([
              zone,
              month,
              age.id,
              r[2 + k],
            ]),
          );
          expect([month, value(volume, 'bl.total', month)]).toEqual([
            month,
            r[2 + BACKLOG_AGES.length],
          ]);
          expect([month, value(volume, 'bl.oldest', month)]).toEqual([
            month,
            near(r[3 + BACKLOG_AGES.length]),
          ]);
        });
      },
    ),
    { numRuns: 5 },
  );
}, 300_000);

test("sla counts the desk's own status where a ticket has one, its time against the priority's target elsewhere", async () => {
  const rand = seeded(5);
  const zone = 'America/New_York';
  const tickets = makeTickets(80, Date.UTC(2026, 0, 5), Date.UTC(2026, 5, 1), 21).map((t) => ({
    ...t,
    priority: ['Urgent', 'Low', 'Custom'][Math.floor(rand() * 3)],
    frtSla: rand() < 0.5 ? rand() < 0.5 : undefined,
    resolutionSla: t.solved !== undefined && rand() < 0.5 ? rand() < 0.5 : undefined,
  }));
  const targets = { Urgent: { frt: 2, resolution: 10 }, Custom: { frt: 5, resolution: 40 } };
  const got = await zeta().query(
    sqlStatement(sqlOptions({ timeZone: zone, query: 'sla', slaTargets: targets })),
    [contractTable(tickets)],
  );
  const hours = (a: number, b: number) => Math.round((a - b) / 60000) / 60;
  const monthOf = (t: number) => new Date(wallClock(new Date(t), zone)).toISOString().slice(0, 7);
  const target = (p: string) =>
    p === 'Low' ? { frt: 24, resolution: 120 } : targets[p as keyof typeof targets];
  let checked = 0;
  for (const r of got) {
    const [month, , priority] = r as [string, unknown, string];
    const mine = tickets.filter((t) => t.priority === priority);
    const created = mine.filter((t) => monthOf(t.created) === month);
    const solved = mine.filter((t) => t.solved !== undefined && monthOf(t.solved) === month);
    const frt = created.filter((t) => t.frtSla !== undefined || t.firstReply !== undefined);
    const res = solved;
    const want = [
      target(priority).frt,
      target(priority).resolution,
      frt.length,
      frt.filter((t) => t.frtSla ?? hours(t.firstReply!, t.created) <= target(priority).frt).length,
      res.length,
      res.filter(
        (t) => t.resolutionSla ?? hours(t.solved!, t.created) <= target(priority).resolution,
      ).length,
    ];
    expect([month, priority, ...r.slice(3)]).toEqual([month, priority, ...want]);
    checked += want[2] + want[4];
  }
  expect(checked).toBeGreaterThan(100);
}, 120_000);
