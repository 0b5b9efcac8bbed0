/**
 * The Team tab (DESIGN §7) through the built bundle in the emulator: tickets imported from a
 * help desk's export, the report generated, and every figure of every agent and group row
 * equal to a plain count over the same tickets, for the month chosen in the dropdown and the
 * year to date; the living-report rules on it; and an import that keeps no agent's name.
 */
import fc from 'fast-check';
import { TEAM_FIGURES, type TeamFigure } from '../../src/report/team-formulas';
import { seeded } from '../helpers/random';
import { wallClock } from '../../src/metrics/zone';
import type { FakeSheet } from '../emulator/emulator';
import { call, errorOf } from '../helpers/bundle';
import {
  AGENTS,
  bunchedTickets,
  DST_ZONES,
  exportOf,
  makeTickets,
  type TruthTicket,
} from '../helpers/exports';
import { importFile, zendeskWorkbook } from '../helpers/import';
import { errorsShown, locate, OPTIONS } from '../helpers/report';

const ZONE = 'Europe/Ljubljana';
const FIGURES = TEAM_FIGURES;
type Figure = TeamFigure;

const imported = (tickets: TruthTicket[], zone = ZONE, keepAgentNames?: boolean) =>
  zendeskWorkbook(tickets, zone, { keepAgentNames });

/** Names a COUNTIFS criterion can match exactly; the others count under Others. */
const listable = (name: string) =>
  name !== '' && !/^[=<>]/.test(name) && !/^[-+]?\d+([.,]\d*)?$/.test(name);

/** The names of a table, as the tab must list them: most tickets solved in 2026 first. */
function expectedNames(tickets: TruthTicket[], zone: string, key: 'assignee' | 'group') {
  const counts = new Map<string, { name: string; n: number }>();
  for (const t of tickets) {
    if (!inMonths(t.solved, zone, [2026, 1], [2027, 1])) continue;
    const name = t[key].trim();
    if (!listable(name)) continue;
    const entry = counts.get(name.toLowerCase());
    if (entry) entry.n++;
    else counts.set(name.toLowerCase(), { name, n: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .slice(0, 30)
    .map((e) => e.name);
}

/** Whether an instant's wall clock in `zone` is from the first of one month to the first of another. */
function inMonths(
  t: number | undefined,
  zone: string,
  [y0, m0]: [number, number],
  [y1, m1]: [number, number],
): boolean {
  if (t === undefined) return false;
  const w = wallClock(new Date(t), zone);
  return w >= Date.UTC(y0, m0 - 1, 1) && w < Date.UTC(y1, m1 - 1, 1);
}

/** A row's figures by plain counting over the tickets solved from `from` to before `to`. */
function plainFigures(
  tickets: TruthTicket[],
  zone: string,
  from: [number, number],
  to: [number, number],
  target: number,
  match: (t: TruthTicket) => boolean,
): Record<Figure, number | ''> {
  const rows = tickets.filter((t) => inMonths(t.solved, zone, from, to) && match(t));
  // The Zendesk export gives durations in whole minutes.
  const hours = (a: number, b: number) => Math.round((a - b) / 60000) / 60;
  const frt = rows
    .filter((t) => t.firstReply !== undefined)
    .map((t) => hours(t.firstReply!, t.created));
  const res = rows.map((t) => hours(t.solved!, t.created));
  const rated = rows.filter((t) => t.rating !== undefined);
  const share = (part: number, n: number) => (n ? (part / n) * 100 : '');
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : '');
  const median = (xs: number[]) => {
    if (!xs.length) return '';
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  // PERCENTILE's (and PERCENTILE.INC's) rank: 0.9 × (n − 1), between the two nearest.
  const p90 = (xs: number[]) => {
    if (!xs.length) return '';
    const sorted = [...xs].sort((a, b) => a - b);
    const h = 0.9 * (sorted.length - 1);
    const lo = Math.floor(h);
    return lo + 1 < sorted.length
      ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo])
      : sorted[lo];
  };
  return {
    solved: rows.length,
    frt: mean(frt),
    frt_median: median(frt),
    frt_p90: p90(frt),
    resolution: mean(res),
    resolution_median: median(res),
    resolution_p90: p90(res),
    within: share(frt.filter((h) => h <= target).length, frt.length),
    within_n: frt.length,
    csat: share(rated.filter((t) => t.rating! >= 4).length, rated.length),
    csat_n: rated.length,
    // As Zendesk counts it: fewer than two agent replies, reopens aside.
    one_touch: share(rows.filter((t) => t.replies < 2).length, rows.length),
    one_touch_n: rows.length,
    reopened: share(rows.filter((t) => t.reopens > 0).length, rows.length),
    reopened_n: rows.length,
  };
}

/** The figures of a row of the tab for a period ('m' chosen month, 'y' year to date). */
function shown(team: FakeSheet, rowKey: string, period: 'm' | 'y'): Record<Figure, unknown> {
  const at = locate(team);
  return Object.fromEntries(
    FIGURES.map((f) => [
      f,
      team.getRange(at.row(rowKey), at.col(`${period}.${f}`), 1, 1).getValues()[0][0],
    ]),
  ) as Record<Figure, unknown>;
}

function expectFigures(
  got: Record<Figure, unknown>,
  want: Record<Figure, number | ''>,
  where: string,
) {
  for (const f of FIGURES) {
    const w = want[f];
    if (w === '') expect([where, f, got[f]]).toEqual([where, f, '']);
    else expect([where, f, got[f]]).toEqual([where, f, expect.closeTo(w, 6)]);
  }
}

/** Chooses a month in the tab's dropdown and a first-reply target, as a user does. */
function choose(team: FakeSheet, month: string, target?: number) {
  const at = locate(team);
  team.getRange(at.row('month'), at.col('m.solved'), 1, 1).setValues([[`'${month}`]]);
  if (target !== undefined)
    team.getRange(at.row('target'), at.col('m.solved'), 1, 1).setValues([[target]]);
}

/** Every row of both tables, for both periods, against the plain count. */
function expectTable(
  team: FakeSheet,
  tickets: TruthTicket[],
  zone: string,
  month: string,
  target: number,
) {
  const [y, m] = month.split('-').map(Number);
  const to: [number, number] = m === 12 ? [y + 1, 1] : [y, m + 1];
  for (const [prefix, key] of [
    ['ag', 'assignee'],
    ['gr', 'group'],
  ] as const) {
    const names = expectedNames(tickets, zone, key);
    const at = locate(team);
    const labels = names.map(
      (_n, i) => team.getRange(at.row(`${prefix}.n${i + 1}`), 1, 1, 1).getValues()[0][0],
    );
    expect(labels).toEqual(names);
    expect(at.rows.has(`${prefix}.n${names.length + 1}`)).toBe(false);
    const lower = new Set(names.map((n) => n.toLowerCase()));
    const rows: [string, (t: TruthTicket) => boolean][] = [
      ...names.map((n, i): [string, (t: TruthTicket) => boolean] => [
        `${prefix}.n${i + 1}`,
        (t) => t[key].toLowerCase() === n.toLowerCase(),
      ]),
      [`${prefix}.other`, (t) => !lower.has(t[key].toLowerCase())],
      [`${prefix}.all`, () => true],
    ];
    for (const [rk, match] of rows) {
      expectFigures(
        shown(team, rk, 'm'),
        plainFigures(tickets, zone, [y, m], to, target, match),
        `${month} ${rk} month`,
      );
      expectFigures(
        shown(team, rk, 'y'),
        plainFigures(tickets, zone, [2026, 1], to, target, match),
        `${month} ${rk} ytd`,
      );
    }
  }
}

/** Agent and group names a COUNTIFS criterion must match exactly, or count under Others. */
const HARD_AGENTS = [
  'Ana Novak',
  'ana novak',
  'O\'Brien "Bo"',
  'Star*',
  'Why?',
  'Tilde~1',
  '=Eve',
  'Zoë',
  '',
];
const HARD_GROUPS = ['Tier 1', 'Tier "2"', 'Billing*', '=Ops', '~Q', 'Q?', ''];

test('every figure equals a plain count over the same tickets (fast-check: DST zones, month edges, names with quotes, *, ?, ~ and a leading =)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(...DST_ZONES),
      async (seed, zone) => {
        const rand = seeded(seed);
        const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
        const tickets = bunchedTickets(rand, zone, 60).map((t) => ({
          ...t,
          assignee: pick(HARD_AGENTS),
          group: pick(HARD_GROUPS),
        }));
        const { emu } = await imported(tickets, zone);
        const team = emu.spreadsheet.sheet('Team');
        for (let k = 0; k < 2; k++) {
          const month = `2026-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
          const target = pick([24, 6.5, 0.25]);
          choose(team, month, target);
          expectTable(team, tickets, zone, month, target);
        }
        expect(errorsShown(team)).toEqual([]);
      },
    ),
    { numRuns: 6 },
  );
}, 240_000);

describe('the sample year', () => {
  const tickets = makeTickets(700, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 20), 2027);

  test('the dropdown starts at the latest month with a solved ticket; choosing another month changes every figure', async () => {
    const { emu } = await imported(tickets);
    const team = emu.spreadsheet.sheet('Team');
    const at = locate(team);
    expect(team.getRange(at.row('month'), at.col('m.solved'), 1, 1).getValues()[0][0]).toBe(
      '2026-12',
    );
    expect(team.getRange(at.row('month'), at.col('m.frt'), 1, 1).getDisplayValues()[0][0]).toBe(
      'December 2026',
    );
    expect(team.getRange(at.row('target'), at.col('m.solved'), 1, 1).getValues()[0][0]).toBe(24);
    const validation = team
      .getRange(at.row('month'), at.col('m.solved'), 1, 1)
      .getDataValidations()[0][0];
    expect(validation?.getCriteriaValues()[0]).toEqual(
      Array.from({ length: 12 }, (_x, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    // Two months whose every figure differs, by the plain count: the tab must follow the dropdown.
    const plain = (month: number) =>
      [
        plainFigures(tickets, ZONE, [2026, month], [2026, month + 1], 24, () => true),
        plainFigures(tickets, ZONE, [2026, 1], [2026, month + 1], 24, () => true),
      ] as const;
    const differ = (a: number, b: number) =>
      FIGURES.every((f) => plain(a)[0][f] !== plain(b)[0][f] && plain(a)[1][f] !== plain(b)[1][f]);
    const [a, b] = [
      [3, 7],
      [3, 8],
      [4, 9],
      [2, 10],
      [5, 11],
    ].find(([x, y]) => differ(x, y))!;
    const key = (m: number) => `2026-${String(m).padStart(2, '0')}`;
    choose(team, key(a));
    const before = [shown(team, 'ag.all', 'm'), shown(team, 'ag.all', 'y')];
    choose(team, key(b));
    const after = [shown(team, 'ag.all', 'm'), shown(team, 'ag.all', 'y')];
    for (const f of FIGURES)
      for (const p of [0, 1]) expect([f, p, after[p][f]]).not.toEqual([f, p, before[p][f]]);
    expectTable(team, tickets, ZONE, key(b), 24);
  }, 60_000);

  test('the tab: most solved first, Others then every ticket, a bar chart per agent, colours against the target, definitions in tab 3', async () => {
    const { emu } = await imported(tickets);
    const team = emu.spreadsheet.sheet('Team');
    const at = locate(team);
    const solvedYtd = AGENTS.map(
      (_a, i) =>
        team.getRange(at.row(`ag.n${i + 1}`), at.col('y.solved'), 1, 1).getValues()[0][0] as number,
    );
    expect([...solvedYtd].sort((a, b) => b - a)).toEqual(solvedYtd);
    const charts = team.getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0] as unknown as {
      type: string;
      blocks: { row: number; col: number; rows: number; cols: number }[];
    };
    expect(chart.type).toBe('BAR');
    expect(chart.blocks).toEqual([
      { row: at.row('ag.head'), col: 1, rows: AGENTS.length + 1, cols: at.col('m.solved') },
    ]);
    const rules = team.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getBackground())).toEqual([
      '#ceead6',
      '#fad2cf',
      '#ceead6',
      '#fad2cf',
    ]);
    const formulas = emu.spreadsheet.sheet('Formulas & definitions');
    const f = locate(formulas);
    expect(formulas.getRange(f.row('team.within'), f.col('name'), 1, 1).getValues()[0][0]).toBe(
      'First replies within target (%)',
    );
    // Native formulas only: COUNTIFS and SUMIFS over the Tickets tab, the medians MEDIAN over
    // IF in an array formula.
    const body = team.getRange(at.row('ag.n1'), 2, 1, 2 * TEAM_FIGURES.length).getFormulas()[0];
    expect(
      body.every((x) => /^=(IF|ARRAYFORMULA)\(/.test(x) && /Tickets!\$[A-Z]+:\$[A-Z]+/.test(x)),
    ).toBe(true);
    expect(body.filter((x) => /MEDIAN\(IF\(/.test(x))).toHaveLength(4);
    expect(body.join('')).not.toMatch(/SUPPORT_|NPS\(|SERVICE_LEVEL/);
  }, 60_000);

  test('SERVICE_LEVEL over the first reply times gives the same share as the tab', async () => {
    const { emu, ctx } = await imported(tickets);
    const team = emu.spreadsheet.sheet('Team');
    choose(team, '2026-12', 8);
    const solved2026 = tickets.filter(
      (t) => inMonths(t.solved, ZONE, [2026, 1], [2027, 1]) && t.firstReply !== undefined,
    );
    const hours = solved2026.map((t) => [Math.round((t.firstReply! - t.created) / 60000) / 60]);
    expect(call(ctx, 'SERVICE_LEVEL', hours, 8)).toBeCloseTo(
      shown(team, 'ag.all', 'y').within as number,
      9,
    );
  }, 60_000);

  test('the living report: rows and columns inserted, the tab renamed, another language, an import again; a sort is explained', async () => {
    const { emu, ctx } = await imported(tickets);
    let team = emu.spreadsheet.sheet('Team');
    choose(team, '2026-05', 12);
    let at = locate(team);
    // The user's own row inside the agents table, a column between two figures, a note.
    team.insertRowsAfter(at.row('ag.n2'), 1);
    team.getRange(at.row('ag.n2') + 1, 1, 1, 1).setValues([['my note row']]);
    team.insertColumnsAfter(at.col('m.frt'), 1);
    team.getRange(at.row('ag.head'), at.col('m.frt') + 1, 1, 1).setValues([['my column']]);
    team.setName('Our team');
    at = locate(team);
    await importFile(ctx, exportOf('zendesk', tickets, ZONE), { zone: ZONE });
    call(ctx, 'generateFromSidebar', OPTIONS);
    team = emu.spreadsheet.sheet('Our team');
    at = locate(team);
    expect(team.getRange(at.row('ag.n2') + 1, 1, 1, 1).getValues()[0][0]).toBe('my note row');
    expect(team.getRange(at.row('ag.head'), at.col('m.frt') + 1, 1, 1).getValues()[0][0]).toBe(
      'my column',
    );
    expect(team.getRange(at.row('month'), at.col('m.solved'), 1, 1).getValues()[0][0]).toBe(
      '2026-05',
    );
    expectTable(team, tickets, ZONE, '2026-05', 12);
    // Another language: the tab's words follow, the figures stay.
    call(ctx, 'generateFromSidebar', { ...OPTIONS, language: 'sl' });
    at = locate(team);
    expect(team.getName()).toBe('Our team');
    expect(team.getRange(at.row('ag.head'), 1, 1, 1).getValues()[0][0]).toBe('Agenti');
    expect(team.getRange(at.row('ag.head'), at.col('m.solved'), 1, 1).getValues()[0][0]).toBe(
      'Rešeni zahtevki',
    );
    expectTable(team, tickets, ZONE, '2026-05', 12);
    // A sort that separates names from their rows is refused, nothing written.
    const before = team.getDataRange().getValues();
    team
      .getRange(at.row('ag.n1'), 1, AGENTS.length, 23)
      .sort({ column: at.col('y.resolution'), ascending: true });
    const sorted = team.getDataRange().getValues();
    expect(sorted).not.toEqual(before);
    const e = errorOf(() => call(ctx, 'generateFromSidebar', { ...OPTIONS, language: 'sl' }));
    expect(e).toMatch(/^UserError: .*Our team/);
    expect(team.getDataRange().getValues()).toEqual(sorted);
  }, 120_000);
});

test("an import with Keep agents' names off leaves no agent's name anywhere in the file; groups stay", async () => {
  const tickets = makeTickets(200, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), 5);
  const { emu } = await imported(tickets, ZONE, false);
  const everything: string[] = [];
  for (const sheet of emu.spreadsheet.sheets) {
    everything.push(sheet.name);
    const range = sheet.getDataRange();
    for (const row of range.getValues()) for (const v of row) everything.push(String(v));
    for (const row of range.getFormulas()) for (const v of row) everything.push(v);
  }
  for (const m of emu.spreadsheet.metadata) everything.push(`${m.key}=${m.value}`);
  const text = everything.join('\n');
  for (const a of AGENTS) expect(text).not.toContain(a.name);
  expect(text).toContain('Tier 2');
  const team = emu.spreadsheet.sheet('Team');
  const at = locate(team);
  expect(at.rows.has('ag.n1')).toBe(false);
  expect(team.getRange(at.row('gr.n1'), 1, 1, 1).getValues()[0][0]).toBe('Tier 1');
});

test('a report without assignees or groups has no Team tab', async () => {
  const tickets = makeTickets(50, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 1), 6).map((t) => ({
    ...t,
    assignee: '',
    group: '',
  }));
  const { emu } = await imported(tickets);
  expect(emu.spreadsheet.sheets.map((s) => s.name)).not.toContain('Team');
  expect(locate(emu.spreadsheet.sheet('Formulas & definitions')).rows.has('team')).toBe(false);
});
