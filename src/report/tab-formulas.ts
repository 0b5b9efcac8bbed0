/** Tab 3, Formulas & definitions: every metric's definition, formula, source and a live calculator. */
import {
  CHECKS,
  METRICS,
  NOTED_DESKS,
  TEAM_COLUMNS,
  notedChecks,
  notesOf,
  type Check,
  type Metric,
  type NotedDesk,
} from '../catalogue';
import { fill, type Messages } from '../i18n';
import { HELP_DESK_NAMES, type HelpDesk } from '../tickets/profiles';
import { csatChangeFormulas, metricFormula, npsChangeFormulas } from './formulas';
import { Cells, COLORS, DATETIME, unitFormat, type Options, type TabSpec, labels } from './spec';

/** Tab 3 columns: the metric, its texts, a calculator of up to four inputs, the result. */
const CALCULATOR_INPUTS = 4;

/**
 * The desks tab 3 explains differences from: those whose exports the Tickets tab holds, or,
 * when it holds none we know of, every desk with documented definitions. Explore is Zendesk's.
 */
function desksShown(imported: readonly HelpDesk[]): { noted: NotedDesk[]; other: HelpDesk[] } {
  const noted = new Set<NotedDesk>();
  const other = new Set<HelpDesk>();
  for (const d of imported) {
    const key = d === 'explore' ? 'zendesk' : d;
    if ((NOTED_DESKS as string[]).includes(key)) noted.add(key as NotedDesk);
    else other.add(d);
  }
  return imported.length
    ? { noted: [...noted], other: [...other] }
    : { noted: NOTED_DESKS, other: [] };
}

/**
 * `desks`: the help desks whose exports the Tickets tab was imported from (the section "Why our
 * numbers may differ from your help desk's" then explains those; none: every documented desk).
 */
export function formulasAndDefinitions(
  o: Options,
  t: Messages,
  withTeam = false,
  desks: readonly HelpDesk[] = [],
): TabSpec {
  const shown = desksShown(desks);
  const inputCols = Array.from({ length: CALCULATOR_INPUTS }, (_x, i) => [
    `in${i + 1}`,
    `v${i + 1}`,
  ]).flat();
  const cols = ['name', 'def', 'formula', ...inputCols, 'result', 'fn', 'source'];
  // Change metrics have a calculator of their own below the table.
  const changes = METRICS.filter((m) => m.change);
  const rows = [
    'title',
    'intro',
    'head',
    ...METRICS.map((m) => `x.${m.id}`),
    ...changes.flatMap((m) => [
      '',
      `k.${m.id}`,
      ...m.inputs.map((i) => `k.${m.id}.${i.id}`),
      `k.${m.id}.change`,
      `k.${m.id}.margin`,
      `k.${m.id}.p`,
      `k.${m.id}.verdict`,
    ]),
    // The Team tab's columns, defined (when the report has that tab).
    ...(withTeam ? ['', 'team', ...TEAM_COLUMNS.map((x) => `team.${x.id}`)] : []),
    // Why a figure may differ from the help desk's: the checks, then each desk's own.
    '',
    'why',
    'why.intro',
    'why.head',
    ...CHECKS.map((x) => `why.${x}`),
    ...shown.noted.flatMap((d) => ['', `why.${d}`, ...notedChecks(d).map((x) => `why.${d}.${x}`)]),
    ...shown.other.map((d) => `why.none.${d}`),
  ];
  return {
    key: 'formulas',
    name: t.tabs.formulas,
    rows,
    cols,
    frozenRows: 3,
    frozenCols: 1,
    widths: { name: 200, def: 320, formula: 260, result: 90, fn: 220, source: 280 },
    render(L) {
      const c = new Cells();
      const col = (k: string) => L.col(k);
      const text = labels(c, L);
      text('title', 'name', t.report.formulasTitle, { bold: true, background: COLORS.title });
      for (const ck of cols.slice(1))
        c.set(L.row('title'), col(ck), { kind: 'style', value: '', background: COLORS.title });
      text('intro', 'name', t.report.formulasIntro);
      const header: [string, string][] = [
        ['name', t.report.metric],
        ['def', t.report.definition],
        ['formula', t.report.formula],
        ...Array.from({ length: CALCULATOR_INPUTS }, (_x, i): [string, string][] => [
          [`in${i + 1}`, fill(t.report.input, { n: i + 1 })],
          [`v${i + 1}`, t.report.value],
        ]).flat(),
        ['result', t.report.result],
        ['fn', t.report.customFunction],
        ['source', t.report.source],
      ];
      for (const [ck, label] of header)
        text('head', ck, label, { bold: true, background: COLORS.header, wrap: true });
      for (const metric of METRICS) {
        const rk = `x.${metric.id}`;
        const r = L.row(rk);
        const words = t.metrics[metric.id];
        text(rk, 'name', words.name, { bold: true, wrap: true });
        text(rk, 'def', words.definition, { wrap: true });
        text(rk, 'formula', words.formula, { wrap: true });
        text(rk, 'source', words.source, { wrap: true });
        text(
          rk,
          'fn',
          metric.functions.length
            ? metric.functions.map((f) => f.example).join('\n')
            : t.report.noFunction,
          { wrap: true },
        );
        if (metric.change) {
          text(rk, 'in1', t.report.calculatorBelow, { wrap: true });
          continue;
        }
        const refs: Record<string, string> = {};
        metric.inputs.forEach((input, i) => {
          text(rk, `in${i + 1}`, words.inputs[i], { wrap: true });
          const whole =
            Number.isInteger(input.example) && metric.unit !== 'money' && input.id !== 'confidence';
          c.set(r, col(`v${i + 1}`), {
            kind: 'input',
            value: input.example,
            format: input.datetime ? DATETIME : whole ? '#,##0' : '0.00##',
            background: COLORS.input,
          });
          refs[input.id] = L.a1(rk, `v${i + 1}`);
        });
        c.set(r, col('result'), {
          kind: 'formula',
          value: metricFormula(metric, refs),
          format: unitFormat(metric.unit, o),
          bold: true,
        });
      }
      // "Is the change real?": two periods' counts → change, margin, p-value, a verdict.
      for (const metric of changes) {
        const words = t.metrics[metric.id];
        const key = `k.${metric.id}`;
        text(key, 'name', words.name, { bold: true, background: COLORS.header, wrap: true });
        text(key, 'def', words.definition, { background: COLORS.header, wrap: true });
        const cell: Record<string, string> = {};
        metric.inputs.forEach((input, i) => {
          const rk = `${key}.${input.id}`;
          text(rk, 'name', words.inputs[i], { wrap: true });
          c.set(L.row(rk), col('def'), {
            kind: 'input',
            value: input.example,
            format: Number.isInteger(input.example) ? '#,##0' : '0.00##',
            background: COLORS.input,
          });
          cell[input.id] = L.a1(rk, 'def');
        });
        const f =
          metric.change === 'nps'
            ? npsChangeFormulas(
                {
                  promoters: cell.promoters1,
                  passives: cell.passives1,
                  detractors: cell.detractors1,
                },
                {
                  promoters: cell.promoters2,
                  passives: cell.passives2,
                  detractors: cell.detractors2,
                },
                cell.confidence,
              )
            : csatChangeFormulas(
                { satisfied: cell.satisfied1, responses: cell.responses1 },
                { satisfied: cell.satisfied2, responses: cell.responses2 },
                cell.confidence,
              );
        const p = L.a1(`${key}.p`, 'def');
        const outputs: [string, string, string, string][] = [
          ['change', t.report.changePoints, f.change, '+0.0;-0.0;0.0'],
          ['margin', t.report.margin, f.margin, '"±"0.0'],
          ['p', t.report.pValue, f.pValue, '0.000'],
          [
            'verdict',
            t.report.verdict,
            `=IF(${p}="","",IF(${p}<1-${cell.confidence},"${t.report.verdictReal.replace(/"/g, '""')}","${t.report.verdictNoise.replace(/"/g, '""')}"))`,
            'General',
          ],
        ];
        for (const [id, label, formula, format] of outputs) {
          text(`${key}.${id}`, 'name', label, { bold: true, wrap: true });
          c.set(L.row(`${key}.${id}`), col('def'), {
            kind: 'formula',
            value: formula,
            format,
            bold: true,
          });
        }
      }
      if (withTeam) {
        const header = { bold: true, background: COLORS.header, wrap: true };
        text('team', 'name', t.team.definitions, header);
        text('team', 'def', t.report.definition, header);
        text('team', 'formula', t.report.formula, header);
        for (const x of TEAM_COLUMNS) {
          const words = t.team.columns[x.id];
          text(`team.${x.id}`, 'name', words.name, { bold: true, wrap: true });
          text(`team.${x.id}`, 'def', words.definition, { wrap: true });
          text(`team.${x.id}`, 'formula', words.formula, { wrap: true });
        }
      }
      const w = t.differ;
      const tabs = { tickets: t.tabs.tickets, metrics: t.tabs.metrics, sla: t.tabs.sla };
      const heading = { bold: true, background: COLORS.header, wrap: true };
      text('why', 'name', w.title, { bold: true, background: COLORS.title });
      for (const ck of cols.slice(1))
        c.set(L.row('why'), col(ck), { kind: 'style', value: '', background: COLORS.title });
      text('why.intro', 'name', w.intro);
      text('why.head', 'name', w.check, heading);
      text('why.head', 'def', w.inReport, heading);
      for (const x of CHECKS) {
        text(`why.${x}`, 'name', w.checks[x].name, { bold: true, wrap: true });
        text(`why.${x}`, 'def', fill(w.checks[x].ours, tabs), { wrap: true });
      }
      for (const d of shown.noted) {
        const desk = HELP_DESK_NAMES[d];
        const notes: Partial<Record<Check, { desk: string; ours?: string }>> = w.desks[d];
        text(`why.${d}`, 'name', desk, heading);
        text(`why.${d}`, 'def', fill(w.asDesk, { desk }), heading);
        text(`why.${d}`, 'formula', w.inReport, heading);
        text(`why.${d}`, 'source', t.report.source, heading);
        for (const x of notedChecks(d)) {
          const rk = `why.${d}.${x}`;
          const note = notes[x];
          if (!note) continue;
          text(rk, 'name', fill(w.deskCheck, { desk, check: w.checks[x].name }), {
            bold: true,
            wrap: true,
          });
          text(rk, 'def', fill(note.desk, tabs), { wrap: true });
          text(rk, 'formula', fill(note.ours ?? w.checks[x].ours, tabs), { wrap: true });
          text(rk, 'source', notesOf(d, x).join('\n'), { wrap: true });
        }
      }
      for (const d of shown.other)
        text(`why.none.${d}`, 'name', fill(w.undocumented, { desk: HELP_DESK_NAMES[d] }));
      return { cells: c.map, rules: [], protect: [], charts: [] };
    },
  };
}

/** Calculator inputs a metric has, for tests and docs. */
export function calculatorSize(metric: Metric): number {
  return metric.inputs.length;
}
