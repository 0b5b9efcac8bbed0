/** Tab 1, Monthly metrics: every tracked metric month by month, its inputs, targets and change rows. */
import { TRACKED_INPUTS, trackedMetrics } from '../catalogue';
import { fill, type Messages } from '../i18n';
import { extractInputFormula, type ExtractRef } from './extract';
import {
  a1,
  beyondNoise,
  csatChangeFormulas,
  DOWN,
  inputYearToDate,
  metricFormula,
  metricYearToDate,
  monthsFilled,
  notNumberTest,
  npsChangeFormulas,
  ORDER_STATISTICS,
  targetTest,
  ticketInputFormula,
  ticketStatisticFormula,
  TIME_STATISTIC_ROWS,
  TICKET_INPUT_IDS,
  UP,
  type ChangeFormulas,
  type MetricInputRows,
  type TicketInputId,
  type TicketsRef,
} from './formulas';
import {
  absolute,
  blocks,
  Cells,
  COLORS,
  inputFormat,
  inputRowKey,
  metricRowKey,
  monthsOf,
  unitFormat,
  type Options,
  type RuleSpec,
  type TabSpec,
  labels,
} from './spec';

/**
 * Tab 1's change rows: under NPS and CSAT, the change against the previous month and its
 * margin of error, from the month counts (src/report/formulas.ts, as src/metrics/change.ts).
 */
const CHANGE_METRICS = ['nps', 'csat'];

/** Row key of a time metric's median or 90th percentile, under the metric's (mean) row. */
export const statisticRowKey = (metric: string, statistic: string) => `s.${metric}.${statistic}`;

/**
 * The rows under a metric's row: change rows (NPS, CSAT), or the median and 90th percentile of
 * a time metric when the tickets are on the Tickets tab (typed months and a BigQuery extract
 * hold only sums and counts, so there is nothing to take a median of).
 */
function rowsUnder(metric: string, fromTickets: boolean): string[] {
  if (CHANGE_METRICS.includes(metric)) return [`c.${metric}`, `c.${metric}.moe`];
  return fromTickets && TIME_STATISTIC_ROWS.some((x) => x.metric === metric)
    ? ORDER_STATISTICS.map((st) => statisticRowKey(metric, st))
    : [];
}

function changeFormulasFor(
  metric: string,
  before: (inputId: string) => string,
  after: (inputId: string) => string,
  conf: string,
): ChangeFormulas {
  return metric === 'nps'
    ? npsChangeFormulas(
        {
          promoters: before('promoters'),
          passives: before('passives'),
          detractors: before('detractors'),
        },
        {
          promoters: after('promoters'),
          passives: after('passives'),
          detractors: after('detractors'),
        },
        conf,
      )
    : csatChangeFormulas(
        { satisfied: before('csat_satisfied'), responses: before('csat_responses') },
        { satisfied: after('csat_satisfied'), responses: after('csat_responses') },
        conf,
      );
}

export function monthlyMetrics(
  o: Options,
  t: Messages,
  tickets?: TicketsRef,
  extract?: ExtractRef,
): TabSpec {
  const tracked = trackedMetrics();
  const months = monthsOf(o, t);
  const monthKeys = months.map((m) => m.key);
  const fromTickets = tickets !== undefined && extract === undefined;
  const rows = [
    'title',
    'intro',
    'head',
    'h.in',
    ...TRACKED_INPUTS.map((x) => inputRowKey(x.id)),
    '',
    'h.m',
    'conf',
    ...tracked.flatMap((m) => [metricRowKey(m.id), ...rowsUnder(m.id, fromTickets)]),
    'note.change',
  ];
  const cols = ['label', 'dir', 'target', ...monthKeys, 'ytd', 'n'];
  return {
    key: 'metrics',
    name: t.tabs.metrics,
    rows,
    cols,
    frozenRows: 3,
    frozenCols: 1,
    widths: { label: 300 },
    render(L, tabs) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      const shade = (rk: string, background: string) => {
        for (const ck of cols) {
          const at = `${L.row(rk)},${col(ck)}`;
          const cell = c.map.get(at);
          c.map.set(at, { ...(cell ?? { kind: 'style', value: '' }), background, bold: true });
        }
      };
      text('title', 'label', fill(t.report.title, { year: o.year }), { bold: true });
      shade('title', COLORS.title);
      text('intro', 'label', t.report.intro);
      text('head', 'label', t.report.metric);
      text('head', 'dir', t.report.goodWhen);
      text('head', 'target', t.report.target);
      months.forEach((m) => text('head', m.key, m.label));
      text('head', 'ytd', t.report.ytd);
      text('head', 'n', t.report.monthsCounted);
      shade('head', COLORS.header);
      text('h.in', 'label', t.report.inputs, { bold: true });
      text('h.m', 'label', t.report.metrics, { bold: true });

      const monthRuns = L.colRuns(monthKeys);
      const inputRows: Record<string, MetricInputRows> = {};
      for (const input of TRACKED_INPUTS) {
        const rk = inputRowKey(input.id);
        const r = L.row(rk);
        const format = inputFormat(input.kind, o);
        // An input the Tickets tab gives is a formula over it (a value typed over it stays).
        // Or a lookup in a BigQuery extract, when the report reads one instead.
        const fromTickets = (m: string): string | undefined => {
          if (!(TICKET_INPUT_IDS as readonly string[]).includes(input.id)) return;
          const [y, mo] = m.split('-').map(Number);
          const id = input.id as TicketInputId;
          if (extract) return extractInputFormula(id, extract, y, mo);
          return tickets && ticketInputFormula(id, tickets, y, mo);
        };
        const linked = monthKeys.some((m) => fromTickets(m) !== undefined);
        const from = extract
          ? fill(t.report.fromSheet, { sheet: extract.monthly.sheet })
          : t.report.fromTickets;
        text(rk, 'label', linked ? `${t.inputs[input.id]} ${from}` : t.inputs[input.id]);
        for (const m of monthKeys) {
          const formula = fromTickets(m);
          c.set(
            r,
            col(m),
            formula
              ? { kind: 'formula', value: formula, format, background: COLORS.fromTickets }
              : {
                  kind: 'input',
                  value: '',
                  format,
                  background: COLORS.input,
                  validate: input.kind === 'count' ? 'count' : 'amount',
                },
          );
        }
        const ranges = L.rowRanges(rk, monthRuns);
        const cells = monthKeys.map((m) => L.a1(rk, m));
        inputRows[input.id] = { how: input.ytd, ranges, cells };
        c.set(r, col('ytd'), {
          kind: 'formula',
          value: inputYearToDate(input.ytd, ranges, cells),
          format,
        });
        c.set(r, col('n'), { kind: 'formula', value: monthsFilled(ranges), format: '#,##0' });
      }

      for (const metric of tracked) {
        const rk = metricRowKey(metric.id);
        const r = L.row(rk);
        const format = unitFormat(metric.unit, o);
        text(rk, 'label', t.metrics[metric.id].name, { bold: true });
        text(rk, 'dir', metric.direction === 'higher' ? UP : DOWN);
        c.set(r, col('target'), {
          kind: 'input',
          value: '',
          format,
          background: COLORS.input,
          validate: 'number',
        });
        for (const m of monthKeys) {
          const refs: Record<string, string> = {};
          for (const [calcId, inputId] of Object.entries(metric.tracked!))
            refs[calcId] = L.a1(inputRowKey(inputId), m);
          c.set(r, col(m), { kind: 'formula', value: metricFormula(metric, refs), format });
        }
        const ytd = metricYearToDate(
          metric,
          Object.fromEntries(
            Object.entries(metric.tracked!).map(([calcId, inputId]) => [
              calcId,
              inputRows[inputId],
            ]),
          ),
        );
        c.set(r, col('ytd'), { kind: 'formula', value: ytd.formula, format });
        c.set(r, col('n'), { kind: 'formula', value: ytd.months, format: '#,##0' });
      }

      // Medians and 90th percentiles of the time metrics, under their means, over the Tickets
      // tab's tickets: by created month for first replies, by solved month for resolutions,
      // and year to date over the whole period (not a statistic of the months' values).
      const statisticKeys: string[] = [];
      const [firstYear, firstMonth] = monthKeys[0].split('-').map(Number);
      const [lastYear, lastMonth] = monthKeys[monthKeys.length - 1].split('-').map(Number);
      for (const row of fromTickets && tickets ? TIME_STATISTIC_ROWS : []) {
        const metric = tracked.find((m) => m.id === row.metric);
        if (!metric || !tickets) continue;
        const format = unitFormat(metric.unit, o);
        for (const st of ORDER_STATISTICS) {
          const rk = statisticRowKey(row.metric, st);
          const r = L.row(rk);
          statisticKeys.push(rk);
          // Blank when the Tickets tab lacks the column (a tab from an older version).
          const formula = (start: string, end: string) => ({
            kind: 'formula' as const,
            value: ticketStatisticFormula(tickets, row, st, start, end) ?? '',
            format,
          });
          text(rk, 'label', `${t.report.timeStatistics[row.metric][st]} ${t.report.fromTickets}`);
          text(rk, 'dir', DOWN);
          c.set(r, col('target'), {
            kind: 'input',
            value: '',
            format,
            background: COLORS.input,
            validate: 'number',
          });
          for (const m of monthKeys) {
            const [y, mo] = m.split('-').map(Number);
            c.set(r, col(m), {
              ...formula(`DATE(${y},${mo},1)`, `DATE(${y},${mo + 1},1)`),
              background: COLORS.fromTickets,
            });
          }
          c.set(
            r,
            col('ytd'),
            formula(`DATE(${firstYear},${firstMonth},1)`, `DATE(${lastYear},${lastMonth + 1},1)`),
          );
          c.set(r, col('n'), {
            kind: 'formula',
            value: monthsFilled(L.rowRanges(rk, monthRuns)),
            format: '#,##0',
          });
        }
      }

      // Changes against the previous month (the first month against the previous period's
      // report, year to date against its year to date), with their margins of error.
      text('conf', 'label', t.report.confidence);
      c.set(L.row('conf'), col('target'), {
        kind: 'input',
        value: 0.95,
        format: '0%',
        background: COLORS.input,
      });
      const conf = absolute(L.row('conf'), col('target'));
      const prev = tabs.has('prev.metrics') ? tabs.layout('prev.metrics') : null;
      const prevRef = prev ? `${tabs.ref('prev.metrics')}!` : '';
      const prevLast = monthsOf({ ...o, year: o.year - 1 }, t)[11].key;
      const changeRules: RuleSpec[] = [];
      for (const id of CHANGE_METRICS) {
        const row = `c.${id}`;
        const moe = `c.${id}.moe`;
        text(row, 'label', t.report.change);
        text(moe, 'label', t.report.margin);
        const here = (k: string) => (inputId: string) => L.a1(inputRowKey(inputId), k);
        const there = (k: string) => (inputId: string) =>
          `${prevRef}${prev!.a1(inputRowKey(inputId), k)}`;
        for (const [i, k] of [...monthKeys, 'ytd'].entries()) {
          const before =
            k === 'ytd' || i === 0
              ? prev
                ? there(k === 'ytd' ? 'ytd' : prevLast)
                : null
              : here(monthKeys[i - 1]);
          const f = before ? changeFormulasFor(id, before, here(k), conf) : null;
          c.set(L.row(row), col(k), {
            kind: 'formula',
            value: f ? f.change : '',
            format: '+0.0;-0.0;0.0',
          });
          c.set(L.row(moe), col(k), {
            kind: 'formula',
            value: f ? f.margin : '',
            format: '"±"0.0',
          });
        }
        const first = a1(L.row(row), col(monthKeys[0]));
        const margin = a1(L.row(moe), col(monthKeys[0]));
        const ranges = blocks(L, [row], [...monthKeys, 'ytd']);
        changeRules.push(
          {
            formula: beyondNoise(first, margin, true),
            background: COLORS.good,
            fontColor: COLORS.goodText,
            ranges,
          },
          {
            formula: beyondNoise(first, margin, false),
            background: COLORS.bad,
            fontColor: COLORS.badText,
            ranges,
          },
        );
      }
      text('note.change', 'label', t.report.changeNote);

      // Month columns of the metrics meet (green) or miss (red) the row's target, the ↑/↓
      // cell saying which way is good; year to date is left out (a monthly target does not
      // fit a yearly retention). Input cells holding text are marked.
      const metricKeys = tracked.map((m) => metricRowKey(m.id));
      const targetBlocks = blocks(L, [...metricKeys, ...statisticKeys], monthKeys);
      const firstCell = a1(targetBlocks[0].row, targetBlocks[0].col);
      const target = `$${a1(targetBlocks[0].row, col('target'))}`;
      const direction = `$${a1(targetBlocks[0].row, col('dir'))}`;
      const inputBlocks = blocks(
        L,
        TRACKED_INPUTS.map((x) => inputRowKey(x.id)),
        monthKeys,
      );
      return {
        cells: c.map,
        rules: [
          {
            formula: targetTest(firstCell, target, direction, true),
            background: COLORS.good,
            fontColor: COLORS.goodText,
            ranges: targetBlocks,
          },
          {
            formula: targetTest(firstCell, target, direction, false),
            background: COLORS.bad,
            fontColor: COLORS.badText,
            ranges: targetBlocks,
          },
          {
            formula: notNumberTest(a1(inputBlocks[0].row, inputBlocks[0].col)),
            background: COLORS.notNumber,
            fontColor: COLORS.notNumberText,
            ranges: inputBlocks,
          },
          ...changeRules,
        ],
        protect: blocks(
          L,
          [
            ...metricKeys,
            ...statisticKeys,
            ...CHANGE_METRICS.flatMap((id) => [`c.${id}`, `c.${id}.moe`]),
          ],
          [...monthKeys, 'ytd', 'n'],
        ),
        charts: [],
      };
    },
  };
}
