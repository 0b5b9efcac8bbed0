/**
 * The SLA tab (#31): per priority of the Tickets tab (urgent first), then Other priorities,
 * No priority and all tickets, the first replies and resolutions that met the priority's
 * targets, in the chosen month and the year to date. The targets are the user's inputs on
 * each priority's row (defaults by the priority's name, src/report/sla.ts); a month dropdown
 * at the top, as on the Team tab. Rows are keyed by the priority's name, so a target typed
 * for "Urgent" stays with Urgent whatever order the priorities come in next time.
 */
import { fill, type Messages } from '../i18n';
import { notNumberTest, type TicketsRef } from './formulas';
import {
  byRank,
  deskStatuses,
  shareFormula,
  SLA_FIGURES,
  SLA_OTHER,
  slaDefaults,
  slaRowFormulas,
  slaTotalFormula,
  type SlaFigure,
  type SlaRow,
} from './sla';
import {
  absolute,
  blocks,
  Cells,
  COLORS,
  monthsOf,
  titleBand,
  type Options,
  type TabSpec,
  labels,
} from './spec';
import { monthChoice } from './month-choice';

const PERIODS = ['m', 'y'] as const;
const figureCol = (period: string, f: SlaFigure) => `${period}.${f}`;
/** A priority's row, by its name (case aside, as COUNTIFS compares it). */
export const priorityRowKey = (name: string) => `pr.n:${name.trim().toLowerCase()}`;

/** The tab over the Tickets tab; its figures blank without one, or over a BigQuery extract. */
export function sla(o: Options, t: Messages, tickets?: TicketsRef, extract?: boolean): TabSpec {
  const ref = extract ? undefined : tickets;
  const w = t.sla;
  const months = monthsOf(o, t).map((m) => m.key);
  const listed = byRank(ref?.priorities ?? []);
  const slots: [string, SlaRow, string][] = [
    ...listed.map((name): [string, SlaRow, string] => [
      priorityRowKey(name),
      { kind: 'name', name },
      name,
    ]),
    ['pr.other', { kind: 'others', listed }, w.other],
    ['pr.none', { kind: 'none' }, w.none],
  ];
  const rows = [
    'title',
    'intro',
    'source',
    'month',
    '',
    'period',
    'head',
    ...slots.map(([rk]) => rk),
    'pr.all',
    '',
    'defaults',
  ];
  const cols = [
    'label',
    'frt_target',
    'res_target',
    ...PERIODS.flatMap((p) => SLA_FIGURES.map((f) => figureCol(p, f))),
  ];
  const latest = tickets?.latestCreated ?? tickets?.latestSolved ?? '';
  const chosen = months.includes(latest) ? latest : months[0];
  const statuses = deskStatuses(ref);
  return {
    key: 'sla',
    name: t.tabs.sla,
    rows,
    cols,
    frozenRows: 0,
    frozenCols: 1,
    widths: { label: 200 },
    render(L) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      text('title', 'label', fill(w.title, { year: o.year }), { bold: true });
      titleBand(c, L, cols);
      text('intro', 'label', extract ? `${w.intro} ${w.noExtract}` : w.intro);
      text('source', 'label', statuses.frt || statuses.res ? w.fromDesk : w.fromTimes);
      text('defaults', 'label', w.defaults);

      text('month', 'label', w.month, { bold: true });
      const periods = monthChoice(c, L, o, months, chosen, {
        row: 'month',
        input: 'frt_target',
        shown: 'res_target',
      });

      const header = { bold: true, background: COLORS.header, wrap: true };
      for (const ck of cols)
        c.set(L.row('period'), col(ck), { kind: 'style', value: '', ...header });
      text('period', figureCol('m', 'frt_n'), t.team.chosenMonth, header);
      text('period', figureCol('y', 'frt_n'), t.report.ytd, header);
      text('head', 'label', w.priority, header);
      text('head', 'frt_target', w.targets.frt, header);
      text('head', 'res_target', w.targets.res, header);
      for (const p of PERIODS)
        for (const f of SLA_FIGURES) text('head', figureCol(p, f), w.columns[f], header);

      const format = (f: SlaFigure) => (f.endsWith('_pct') ? '0.0"%"' : '#,##0');
      for (const [rk, row, label] of slots) {
        const r = L.row(rk);
        text(rk, 'label', label);
        const d = row.kind === 'name' ? slaDefaults(row.name) : SLA_OTHER;
        for (const [ck, value] of [
          ['frt_target', d.frt],
          ['res_target', d.resolution],
        ] as const)
          c.set(r, col(ck), {
            kind: 'input',
            value,
            format: '0.0#',
            background: COLORS.input,
            validate: 'amount',
          });
        const targets = {
          frt: absolute(r, col('frt_target')),
          res: absolute(r, col('res_target')),
        };
        for (const p of PERIODS) {
          const formulas = slaRowFormulas(ref, row, periods[p], targets, (f) =>
            L.a1(rk, figureCol(p, f)),
          );
          for (const f of SLA_FIGURES)
            c.set(r, col(figureCol(p, f)), {
              kind: 'formula',
              value: formulas[f],
              format: format(f),
            });
        }
      }
      // Every ticket: the rows' counts added up (each by its own priority's targets).
      text('pr.all', 'label', w.all, { bold: true });
      for (const p of PERIODS)
        for (const f of SLA_FIGURES) {
          const ck = figureCol(p, f);
          const m = f.slice(0, 3);
          const value = !ref
            ? ''
            : f.endsWith('_pct')
              ? shareFormula(L.a1('pr.all', `${p}.${m}_n`), L.a1('pr.all', `${p}.${m}_met`))
              : slots.some(([rk]) => c.map.get(`${L.row(rk)},${col(ck)}`)?.value)
                ? slaTotalFormula(slots.map(([rk]) => L.a1(rk, ck)))
                : '';
          c.set(L.row('pr.all'), col(ck), {
            kind: 'formula',
            value,
            format: format(f),
            bold: true,
          });
        }
      // Rows of priorities an earlier Tickets tab had: the label and figures go, the targets
      // typed there stay (and count again if the priority comes back).
      const live = new Set(slots.map(([rk]) => rk));
      for (const rk of L.rows.keys()) {
        if (!rk.startsWith('pr.n:') || live.has(rk)) continue;
        text(rk, 'label', '');
        for (const ck of cols.slice(3)) c.set(L.row(rk), col(ck), { kind: 'formula', value: '' });
      }

      const targetBlocks = blocks(
        L,
        slots.map(([rk]) => rk),
        ['frt_target', 'res_target'],
      );
      const topLeft = L.a1(slots[0][0], 'frt_target');
      return {
        cells: c.map,
        rules: [
          {
            formula: notNumberTest(topLeft),
            background: COLORS.notNumber,
            fontColor: COLORS.notNumberText,
            ranges: targetBlocks,
          },
        ],
        protect: [],
        charts: [],
      };
    },
  };
}
