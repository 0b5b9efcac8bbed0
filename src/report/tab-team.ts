/**
 * The Team tab (DESIGN §7): each agent and each group over the tickets they solved in the
 * chosen month and in the year to date, from the Tickets tab's assignee and group columns.
 * A month dropdown and the first-reply target sit at the top; two tables below, most tickets
 * solved first (up to 30 names, then Others and every ticket); a bar chart of tickets solved
 * per agent. The names are listed when the report is generated; the figures are native
 * formulas, so choosing another month changes them with no add-on.
 */
import { TEAM_COLUMNS, type TeamColumnId } from '../catalogue';
import { fill, type Messages } from '../i18n';
import type { ExtractRef } from './extract';
import type { TicketsRef } from './formulas';
import { monthChoice } from './month-choice';
import {
  absolute,
  blocks,
  Cells,
  COLORS,
  monthsOf,
  periodLabel,
  unitFormat,
  type ChartSpec,
  type Options,
  type RuleSpec,
  type TabSpec,
  titleBand,
  labels,
} from './spec';
import {
  TEAM_FIGURES,
  targetNoteFormula,
  teamRowFormulas,
  type TeamFigure,
  type TeamRow,
  type TeamSource,
} from './team-formulas';

const PERIODS = ['m', 'y'] as const;
/** The first-reply target a new Team tab starts with, in hours. */
export const DEFAULT_TARGET_HOURS = 24;

interface Table {
  prefix: 'ag' | 'gr';
  heading: string;
  column: 'assignee' | 'group';
  names: string[];
}

const figureCol = (period: string, figure: TeamFigure) => `${period}.${figure}`;
const slotKey = (prefix: string, i: number) => `${prefix}.n${i + 1}`;

/**
 * The tab over the Tickets tab, or over the BigQuery team extract when the report reads its
 * ticket numbers from extracts and one of them is a team extract (DESIGN §8).
 */
export function team(o: Options, t: Messages, tickets?: TicketsRef, extract?: ExtractRef): TabSpec {
  const months = monthsOf(o, t).map((m) => m.key);
  const x = extract?.team;
  const source: TeamSource | undefined = x
    ? { kind: 'extract', sheet: x.sheet, cols: x.cols }
    : tickets && { kind: 'tickets', ref: tickets };
  const names: { agents?: string[]; groups?: string[]; latestSolved?: string } = x ?? tickets ?? {};
  const tables: Table[] = [
    { prefix: 'ag', heading: t.team.agents, column: 'assignee', names: names.agents ?? [] },
    { prefix: 'gr', heading: t.team.groups, column: 'group', names: names.groups ?? [] },
  ];
  const rows = ['title', 'intro', 'month', 'target'];
  for (const table of tables)
    rows.push(
      '',
      `${table.prefix}.period`,
      `${table.prefix}.head`,
      ...table.names.map((_n, i) => slotKey(table.prefix, i)),
      `${table.prefix}.other`,
      `${table.prefix}.all`,
    );
  const cols = ['label', ...PERIODS.flatMap((p) => TEAM_FIGURES.map((f) => figureCol(p, f)))];
  const chosen = months.includes(names.latestSolved ?? '') ? names.latestSolved! : months[0];
  const columnOf = new Map(TEAM_COLUMNS.map((c) => [c.id, c]));
  return {
    key: 'team',
    name: t.tabs.team,
    rows,
    cols,
    frozenRows: 0,
    frozenCols: 1,
    widths: { label: 200 },
    render(L) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      text('title', 'label', fill(t.team.title, { period: periodLabel(o, t) }), { bold: true });
      titleBand(c, L, cols);
      text(
        'intro',
        'label',
        x ? `${t.team.intro} ${fill(t.report.fromSheet, { sheet: x.sheet })}` : t.team.intro,
      );

      // The controls: a month of the report (its first day shown beside it) and the target.
      const control = figureCol('m', 'solved');
      text('month', 'label', t.team.month, { bold: true });
      const periods = monthChoice(c, L, o, months, chosen, {
        row: 'month',
        input: control,
        shown: figureCol('m', 'frt'),
      });
      text('target', 'label', t.team.target, { bold: true });
      c.set(L.row('target'), col(control), {
        kind: 'input',
        value: DEFAULT_TARGET_HOURS,
        format: '0.0#',
        background: COLORS.input,
        validate: 'amount',
      });
      const target = absolute(L.row('target'), col(control));
      // Beside the target: while it is not the one the extract counted within, which that was.
      c.set(L.row('target'), col(figureCol('m', 'frt')), {
        kind: 'formula',
        value:
          source?.kind === 'extract' ? targetNoteFormula(source, target, t.team.extractTarget) : '',
      });

      const rules: RuleSpec[] = [];
      const charts: ChartSpec[] = [];
      const formatOf = (figure: TeamFigure): string => {
        const id = figure.replace(/_n$/, '') as TeamColumnId;
        return figure.endsWith('_n') ? '#,##0' : unitFormat(columnOf.get(id)!.unit, o);
      };
      for (const table of tables) {
        const p = table.prefix;
        const header = { bold: true, background: COLORS.header, wrap: true };
        text(`${p}.period`, 'label', '', { background: COLORS.header });
        for (const period of PERIODS)
          for (const f of TEAM_FIGURES) {
            const ck = figureCol(period, f);
            if (f === 'solved')
              text(`${p}.period`, ck, period === 'm' ? t.team.chosenMonth : t.report.ytd, header);
            else c.set(L.row(`${p}.period`), col(ck), { kind: 'style', value: '', ...header });
            const words = t.team.columns[f.replace(/_n$/, '') as TeamColumnId];
            text(`${p}.head`, ck, f.endsWith('_n') ? (words.of ?? '') : words.name, header);
          }
        text(`${p}.head`, 'label', table.heading, header);

        const slots: [string, TeamRow, string][] = [
          ...table.names.map((name, i): [string, TeamRow, string] => [
            slotKey(p, i),
            { kind: 'name', column: table.column, name },
            name,
          ]),
          [
            `${p}.other`,
            { kind: 'others', column: table.column, listed: table.names },
            t.team.others,
          ],
          [`${p}.all`, { kind: 'all', column: table.column }, t.team.all],
        ];
        for (const [rk, row, label] of slots) {
          const r = L.row(rk);
          const last = row.kind === 'all';
          text(rk, 'label', label, last ? { bold: true } : {});
          for (const period of PERIODS) {
            const formulas = teamRowFormulas(source, row, periods[period], target, (f) =>
              L.a1(rk, figureCol(period, f)),
            );
            for (const f of TEAM_FIGURES)
              c.set(r, col(figureCol(period, f)), {
                kind: 'formula',
                value: formulas[f],
                format: formatOf(f),
                bold: last,
              });
          }
        }
        // Slots an earlier Tickets tab filled (a 31st name's row stays, empty, for what the
        // user typed beside it): the add-on's label and figures go.
        for (const rk of L.rows.keys()) {
          const m = new RegExp(`^${p}\\.n(\\d+)$`).exec(rk);
          if (!m || Number(m[1]) <= table.names.length) continue;
          text(rk, 'label', '');
          for (const ck of cols.slice(1)) c.set(L.row(rk), col(ck), { kind: 'formula', value: '' });
        }

        // Mean, median and 90th percentile first reply time against the target: green within
        // it, red over it.
        const slotKeys = slots.map(([rk]) => rk);
        const frtCols = PERIODS.flatMap((period) =>
          (['frt', 'frt_median', 'frt_p90'] as const).map((f) => figureCol(period, f)),
        );
        const ranges = blocks(L, slotKeys, frtCols);
        const topLeft = L.a1(slotKeys[0], frtCols[0]);
        for (const meets of [true, false])
          rules.push({
            formula: `=AND(ISNUMBER(${topLeft}),ISNUMBER(${target}),${meets ? '' : 'NOT('}${topLeft}<=${target}${meets ? '' : ')'})`,
            background: meets ? COLORS.good : COLORS.bad,
            fontColor: meets ? COLORS.goodText : COLORS.badText,
            ranges,
          });

        if (p === 'ag' && table.names.length)
          charts.push({
            id: 'agents',
            type: 'bar',
            title: t.team.chart,
            block: {
              row: L.row(`${p}.head`),
              col: col('label'),
              rows: L.row(slotKey(p, table.names.length - 1)) - L.row(`${p}.head`) + 1,
              cols: col(control) - col('label') + 1,
            },
            anchor: { row: L.row('gr.all') + 2, col: col('label') },
          });
      }
      return { cells: c.map, rules, protect: [], charts };
    },
  };
}
