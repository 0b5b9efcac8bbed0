/**
 * The GoogleSQL of DESIGN §8 in ZetaSQL (GoogleSQL's analyzer and reference implementation, a
 * local server; no BigQuery here, and DuckDB or SQLite would test another dialect): every
 * statement analyzes against its source's schema with BigQuery's features only, and runs on
 * the same tickets as the Tickets tab to the same numbers as the report's COUNTIFS.
 */
import fc from 'fast-check';
import {
  CONTRACT_COLUMNS,
  DBT_ZENDESK_COLUMNS,
  DEFAULT_TABLES,
  SQL_QUERIES,
  sqlStatement,
  type SqlSource,
} from '../../src/warehouse/sql';
import { STATEMENT_INPUT_IDS, TEAM_MEASURE_IDS, type TeamMeasureId } from '../../src/tickets/feeds';
import { TEAM_HEADERS } from '../../src/report/extract';
import { TEAM_FIGURES, type TeamFigure } from '../../src/report/team-formulas';
import { createEmulator, type FakeSheet } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { bunchedTickets, DST_ZONES, exportOf, type TruthTicket } from '../helpers/exports';
import { seeded } from '../helpers/random';
import { importFile } from '../helpers/import';
import { cellAt, locate, monthKeys, OPTIONS } from '../helpers/report';
import { contractTable, sqlOptions, useZetaSql } from '../helpers/warehouse';
import type { SqlTable } from '../helpers/zetasql';

const zeta = useZetaSql();

const minutes = (a: number, b: number) => Math.round((a - b) / 60000);

/**
 * The same tickets as dbt_zendesk's zendesk__ticket_metrics has them: numeric ids, lower-case
 * ratings with offered/unoffered, minutes, and a last_solved_at kept on tickets reopened since.
 */
function dbtTable(tickets: TruthTicket[]): SqlTable {
  return {
    name: DEFAULT_TABLES.dbt_zendesk,
    columns: DBT_ZENDESK_COLUMNS,
    rows: tickets.map((t, i) => [
      Number(t.id),
      t.created,
      t.updated,
      t.solved ?? (i % 4 === 0 ? t.created + 3_600_000 : null),
      t.status,
      t.category || null,
      t.channel,
      t.rating === undefined
        ? t.solved
          ? 'offered'
          : 'unoffered'
        : t.rating >= 4
          ? 'good'
          : 'bad',
      t.assignee || null,
      t.group || null,
      t.reopens,
      t.replies,
      t.firstReply === undefined ? null : minutes(t.firstReply, t.created),
      t.frtBusinessMinutes ?? null,
      t.solved === undefined ? null : minutes(t.solved, t.created),
      t.resolutionBusinessMinutes ?? null,
      t.priority ?? null,
    ]),
  };
}

test("every statement analyzes against its source's schema with BigQuery's features only", async () => {
  for (const source of ['tickets', 'dbt_zendesk'] as const)
    for (const query of SQL_QUERIES)
      for (const [firstMonth, timeZone, businessHours] of [
        [1, 'Europe/Ljubljana', false],
        [4, 'America/Santiago', true],
        [12, 'Asia/Kolkata', false],
      ] as const) {
        const sql = sqlStatement(
          sqlOptions({ source, query, firstMonth, timeZone, businessHours }),
        );
        const columns = source === 'tickets' ? CONTRACT_COLUMNS : DBT_ZENDESK_COLUMNS;
        await zeta().analyze(sql, [{ name: DEFAULT_TABLES[source], columns }]);
        // The analysis is real: without a column the statement reads, it fails and says which.
        const without = columns.filter(
          ([c]) => c !== (source === 'tickets' ? 'solved' : 'last_solved_at'),
        );
        await expect(
          zeta().analyze(sql, [{ name: DEFAULT_TABLES[source], columns: without }]),
        ).rejects.toThrow(/solved/);
      }
  // dbt_zendesk's minute columns are FLOAT64 or INT64 depending on the package's version and
  // warehouse: the statement casts them, so it analyzes either way.
  const intMinutes = DBT_ZENDESK_COLUMNS.map(
    ([c, t]) => [c, /_minutes$/.test(c) ? 'INT64' : t] as const,
  );
  for (const query of SQL_QUERIES)
    await zeta().analyze(sqlStatement(sqlOptions({ source: 'dbt_zendesk', query })), [
      { name: DEFAULT_TABLES.dbt_zendesk, columns: intMinutes },
    ]);
  // A statement for a table the user names.
  const named = sqlStatement(sqlOptions({ table: 'my-project.helpdesk.all_tickets' }));
  expect(named).toContain('`my-project.helpdesk.all_tickets`');
  await zeta().analyze(named, [
    { name: 'my-project.helpdesk.all_tickets', columns: CONTRACT_COLUMNS },
  ]);
}, 120_000);

test('options that would change the statement into something else are refused', () => {
  expect(() => sqlStatement(sqlOptions({ table: 'x`; DROP TABLE y; --' }))).toThrow(/--table/);
  expect(() => sqlStatement(sqlOptions({ table: 'tickets' }))).toThrow(/dataset\.table/);
  expect(() => sqlStatement(sqlOptions({ timeZone: "UTC'); DROP" }))).toThrow(/--time-zone/);
  expect(() => sqlStatement(sqlOptions({ timeZone: 'Mars/Olympus' }))).toThrow(/--time-zone/);
  expect(() => sqlStatement(sqlOptions({ year: 1999 }))).toThrow(/--year/);
  expect(() => sqlStatement(sqlOptions({ firstMonth: 13 }))).toThrow(/--first-month/);
  expect(() => sqlStatement(sqlOptions({ query: 'quarterly' as 'monthly' }))).toThrow(/--query/);
  expect(() => sqlStatement(sqlOptions({ query: 'weekly', week: '2026-13-01' }))).toThrow(/--week/);
  expect(() =>
    sqlStatement(sqlOptions({ query: 'sla', slaTargets: { Urgent: { frt: -1, resolution: 4 } } })),
  ).toThrow(/--sla-targets/);
  // A priority's name goes into the text as a string literal, whatever it holds.
  expect(
    sqlStatement(
      sqlOptions({ query: 'sla', slaTargets: { "x') OR TRUE --": { frt: 1, resolution: 2 } } }),
    ),
  ).toContain("LOWER(p) = 'x\\') or true --'");
  expect(() => sqlStatement(sqlOptions({ source: 'freshdesk' as SqlSource }))).toThrow(/--source/);
  for (const targetHours of [NaN, 0, -4, Infinity, 1e6])
    expect(() => sqlStatement(sqlOptions({ query: 'team', targetHours }))).toThrow(
      /--target-hours/,
    );
  // The target is a number in the text, whatever number it is.
  expect(sqlStatement(sqlOptions({ query: 'team', targetHours: 0.5 }))).toContain(
    'CAST(0.5 AS FLOAT64) AS target_hours',
  );
});

/** The report's ticket inputs, tab 2's counts and the Team tab's solved, from the emulator. */
async function sheetNumbers(tickets: TruthTicket[], zone: string) {
  const emu = createEmulator({ locale: 'en_US', timeZone: zone });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  await importFile(ctx, exportOf('zendesk', tickets, zone), { zone });
  return {
    emu,
    metrics: emu.spreadsheet.sheet('Monthly metrics'),
    volume: emu.spreadsheet.sheet('Ticket volume'),
  };
}

const AGENTS = ['Ana Novak', 'ana novak', 'O\'Brien "Bo"', 'Star*', '=Eve', ''];
const GROUPS = ['Tier 1', 'Billing?', '~Q', ''];

test("monthly, breakdown and team give the Tickets tab's COUNTIFS on the same tickets (fast-check: DST zones, month edges, open across the year end, both sources)", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      fc.constantFrom<SqlSource>('tickets', 'dbt_zendesk'),
      async (seed, zone, source) => {
        const rand = seeded(seed);
        const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
        const tickets = bunchedTickets(rand, zone, 50).map((t) => ({
          ...t,
          assignee: pick(AGENTS),
          group: pick(GROUPS),
        }));
        const table = source === 'tickets' ? contractTable(tickets) : dbtTable(tickets);
        const { emu, metrics, volume } = await sheetNumbers(tickets, zone);
        const months = monthKeys(OPTIONS);

        const monthly = await zeta().query(sqlStatement(sqlOptions({ source, timeZone: zone })), [
          table,
        ]);
        expect(monthly.map((r) => r[0])).toEqual(months);
        monthly.forEach((row, m) =>
          STATEMENT_INPUT_IDS.forEach((id, k) => {
            const sheet = cellAt(metrics, `i.${id}`, months[m]).getValues()[0][0];
            expect([zone, source, months[m], id, row[k + 1]]).toEqual([
              zone,
              source,
              months[m],
              id,
              expect.closeTo(Number(sheet), 6),
            ]);
          }),
        );

        const breakdown = await zeta().query(
          sqlStatement(sqlOptions({ source, timeZone: zone, query: 'breakdown' })),
          [table],
        );
        const count = (month: string, dimension: string, name: string) =>
          Number(
            breakdown.find(
              (r) =>
                r[0] === month &&
                r[1] === dimension &&
                String(r[2]).toLowerCase() === name.toLowerCase(),
            )?.[3] ?? 0,
          );
        // Tab 2: each category and channel it lists by name, month by month.
        const v = locate(volume);
        for (const [prefix, dimension] of [
          ['cat', 'category'],
          ['ch', 'channel'],
        ] as const)
          for (const rk of [...v.rows.keys()].filter(
            (k) => k.startsWith(`${prefix}.`) && !/\.(head|total|diff|other)$/.test(k),
          )) {
            const name = String(volume.getRange(v.row(rk), 1, 1, 1).getValues()[0][0]);
            if (!name) continue;
            for (const month of months)
              expect([rk, name, month, count(month, dimension, name)]).toEqual([
                rk,
                name,
                month,
                Number(volume.getRange(v.row(rk), v.col(month), 1, 1).getValues()[0][0]),
              ]);
          }
        // The Team tab: each agent's and group's tickets solved in a chosen month.
        const team = emu.spreadsheet.sheet('Team');
        const at = locate(team);
        for (const month of [pick(months), pick(months)]) {
          team.getRange(at.row('month'), at.col('m.solved'), 1, 1).setValues([[`'${month}`]]);
          for (const [prefix, dimension] of [
            ['ag', 'assignee'],
            ['gr', 'group'],
          ] as const)
            for (const rk of [...at.rows.keys()].filter((k) =>
              new RegExp(`^${prefix}\\.n\\d+$`).test(k),
            )) {
              const name = String(team.getRange(at.row(rk), 1, 1, 1).getValues()[0][0]);
              expect([month, name, count(month, dimension, name)]).toEqual([
                month,
                name,
                teamSolved(team, rk),
              ]);
            }
        }
        // The team statement: every figure of every row (names, Others, all), month and year
        // to date, made from its sums as the tab makes them, equal to the tab's COUNTIFS.
        const teamRows = await zeta().query(
          sqlStatement(sqlOptions({ source, timeZone: zone, query: 'team' })),
          [table],
        );
        for (const month of [pick(months), months[months.length - 1]]) {
          team.getRange(at.row('month'), at.col('m.solved'), 1, 1).setValues([[`'${month}`]]);
          for (const [prefix, dimension] of [
            ['ag', 'assignee'],
            ['gr', 'group'],
          ] as const) {
            const slots = [...at.rows.keys()].filter((k) =>
              new RegExp(`^${prefix}\\.n\\d+$`).test(k),
            );
            const listed = slots.map((rk) =>
              String(team.getRange(at.row(rk), 1, 1, 1).getValues()[0][0]).toLowerCase(),
            );
            const rowsOf = (rk: string) => {
              const i = slots.indexOf(rk);
              return (r: unknown[]) => {
                const name = String(r[3] ?? '').toLowerCase();
                return i >= 0
                  ? name === listed[i]
                  : rk.endsWith('.other')
                    ? !listed.includes(name)
                    : true;
              };
            };
            for (const rk of [...slots, `${prefix}.other`, `${prefix}.all`])
              for (const period of ['m', 'y'] as const) {
                const inPeriod = teamRows.filter(
                  (r) =>
                    r[2] === dimension &&
                    (period === 'm' ? r[0] === month : String(r[0]) <= month) &&
                    rowsOf(rk)(r),
                );
                const want = teamFigures(inPeriod, 24);
                for (const f of SUMMED_FIGURES) {
                  const shown = team
                    .getRange(at.row(rk), at.col(`${period}.${f}`), 1, 1)
                    .getValues()[0][0];
                  expect([source, month, rk, period, f, shown]).toEqual([
                    source,
                    month,
                    rk,
                    period,
                    f,
                    want[f] === '' ? '' : expect.closeTo(want[f], 6),
                  ]);
                }
              }
          }
        }
      },
    ),
    { numRuns: 6 },
  );
}, 300_000);

/**
 * The Team tab's figures from team statement rows (TEAM_HEADERS' order), as the tab makes them
 * from the same sums (src/report/team-formulas.ts), for a target of `target` hours.
 */
/**
 * The Team tab's figures a team statement's sums give: all but the medians and 90th
 * percentiles (no sums hold them).
 */
type SummedFigure = Exclude<
  TeamFigure,
  'frt_median' | 'frt_p90' | 'resolution_median' | 'resolution_p90'
>;
const SUMMED_FIGURES = TEAM_FIGURES.filter((f): f is SummedFigure => !/_(median|p90)$/.test(f));

function teamFigures(rows: unknown[][], target: number): Record<SummedFigure, number | ''> {
  const sum = (id: TeamMeasureId) =>
    rows.reduce((a, r) => a + Number(r[TEAM_HEADERS.indexOf(id)]), 0);
  const s = Object.fromEntries(TEAM_MEASURE_IDS.map((id) => [id, sum(id)])) as Record<
    TeamMeasureId,
    number
  >;
  for (const r of rows) expect(Number(r[TEAM_HEADERS.indexOf('target_hours')])).toBe(target);
  const ratio = (a: number, n: number, k = 1): number | '' => (n === 0 ? '' : (a / n) * k);
  return {
    solved: s.solved,
    frt: ratio(s.frt_hours, s.frt_tickets),
    resolution: ratio(s.resolution_hours, s.resolution_tickets),
    within: ratio(s.frt_within_target, s.frt_tickets, 100),
    within_n: s.frt_tickets,
    csat: ratio(s.csat_satisfied, s.csat_responses, 100),
    csat_n: s.csat_responses,
    one_touch: ratio(s.one_touch, s.one_touch_known, 100),
    one_touch_n: s.one_touch_known,
    reopened: ratio(s.reopened, s.reopened_known, 100),
    reopened_n: s.reopened_known,
  };
}

const teamSolved = (team: FakeSheet, rk: string) => {
  const at = locate(team);
  return Number(team.getRange(at.row(rk), at.col('m.solved'), 1, 1).getValues()[0][0]);
};

test('business hours: the monthly hours come from the business-hours columns, as the report does with that option', async () => {
  const zone = 'Europe/Ljubljana';
  const rand = seeded(77);
  const tickets = bunchedTickets(rand, zone, 60);
  const emu = createEmulator({ locale: 'en_US', timeZone: zone });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', OPTIONS);
  await importFile(ctx, exportOf('zendesk', tickets, zone), { zone, businessHours: true });
  const metrics = emu.spreadsheet.sheet('Monthly metrics');
  for (const source of ['tickets', 'dbt_zendesk'] as const) {
    const table = source === 'tickets' ? contractTable(tickets) : dbtTable(tickets);
    const rows = await zeta().query(sqlStatement(sqlOptions({ source, businessHours: true })), [
      table,
    ]);
    const months = monthKeys(OPTIONS);
    for (const id of ['frt_hours', 'resolution_hours', 'frt_tickets'] as const) {
      const k = STATEMENT_INPUT_IDS.indexOf(id) + 1;
      rows.forEach((row, m) =>
        expect([source, id, months[m], row[k]]).toEqual([
          source,
          id,
          months[m],
          expect.closeTo(Number(cellAt(metrics, `i.${id}`, months[m]).getValues()[0][0]), 6),
        ]),
      );
    }
  }
}, 120_000);
