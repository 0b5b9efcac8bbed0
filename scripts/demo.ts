/**
 * `npm run demo`: builds the add-on, opens an offline spreadsheet (the emulator, formulas
 * evaluated by HyperFormula), runs the add-on's real entry points from dist/Code.js on a
 * sample year, imports the sample help-desk exports in demo/samples/ (the ticket inputs then
 * come from the Tickets tab), prints the computed metrics and writes demo/report.xlsx.
 *   npm run demo -- --language sl --currency € --year 2026
 *   npm run demo -- --tickets export.csv [--time-zone Europe/Berlin] [--year 2026] [--no-agent-names] [--keep-excluded] [--no-evaluate] [--out report.xlsx]
 * With --tickets, only that file is imported (into a report for the year of its newest
 * ticket unless --year says otherwise); a file that cannot be imported exits with status 1
 * and the reason on one line. Over EVALUATE_LIMIT tickets (or with --no-evaluate) the
 * emulator keeps the report's formulas without computing them (HyperFormula needs about two
 * minutes for 10 000 tickets and grows with cells × tickets): it says so, and the .xlsx is
 * written without cached results, for the spreadsheet that opens it to compute.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAll } from './build';
import { TRACKED_INPUTS, trackedMetrics } from '../src/catalogue';
import { createEmulator, type FakeSheet } from '../test/emulator/emulator';
import { errorsShown, locate, monthKeys } from '../test/helpers/report';
import { writeXlsx } from '../test/emulator/xlsx';
import { call, loadBundle } from '../test/helpers/bundle';
import { importFile } from '../test/helpers/import';
import {
  COLUMN_INDEX,
  FIELDS,
  HELP_DESK_NAMES,
  ImportFileError,
  prepare,
  rowsOf,
  SERIAL_EPOCH,
} from '../src/tickets';
import { deskLines, feedLines } from '../src/ui/feeds';
import { LOCALES, messages, type Language } from '../src/i18n';
import { fill } from '../src/i18n/messages';
import { SAMPLE_ZONE } from './samples';
import { TICKET_INPUT_IDS } from '../src/report/formulas';

interface SampleMonth {
  inputs: Record<string, number>;
  categories: Record<string, number>;
  channels: Record<string, number>;
}

const TICKET_INPUTS = new Set<string>(TICKET_INPUT_IDS);
/** Tickets up to which `--tickets` has HyperFormula compute the report. */
export const EVALUATE_LIMIT = 10_000;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const started = Date.now();
  await buildAll();
  const root = path.resolve(__dirname, '..');
  const ticketsFile = arg('tickets', '');
  if (ticketsFile) return importOnly(root, ticketsFile, started);
  const sample = JSON.parse(fs.readFileSync(path.join(root, 'demo/sample-year.json'), 'utf8')) as {
    year: number;
    months: SampleMonth[];
  };
  const options = {
    year: Number(arg('year', String(sample.year))),
    firstMonth: 1,
    language: arg('language', 'en'),
    currency: arg('currency', '€'),
  };

  const emu = createEmulator({
    locale: LOCALES[options.language as Language] ?? 'en_US',
    timeZone: SAMPLE_ZONE,
  });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'onOpen');
  emu.log.reset();
  const reply = call(ctx, 'generateFromSidebar', options) as {
    sheets: { key: string; id: number; name: string }[];
    message: string;
  };
  const calls = emu.log.total();
  const sheet = (key: string) =>
    emu.spreadsheet.sheets.find((s) => s.id === reply.sheets.find((x) => x.key === key)!.id)!;
  const metrics = sheet('metrics');
  const volume = sheet('volume');

  // Type the sample year as a team lead would, except what the help desk knows: the ticket
  // inputs come from the sample exports imported below.
  const months = monthKeys(options);
  const m = locate(metrics);
  const v = locate(volume);
  for (const input of TRACKED_INPUTS) {
    if (TICKET_INPUTS.has(input.id)) continue;
    metrics
      .getRange(m.row(`i.${input.id}`), m.col(months[0]), 1, 12)
      .setValues([sample.months.map((x) => x.inputs[input.id])]);
  }
  const targets: Record<string, number> = {
    nps: 40,
    csat: 80,
    ces: 5.5,
    crr: 97,
    churn: 2.5,
    fcr: 70,
    resolution_rate: 90,
    frt: 3,
  };
  for (const [id, target] of Object.entries(targets))
    metrics.getRange(m.row(`m.${id}`), m.col('target'), 1, 1).setValues([[target]]);

  // The help desk's exports: imported as the sidebar does (parsed here, sent in parts).
  console.log('');
  for (const name of ['zendesk.csv', 'freshdesk.csv']) {
    const file = path.join(root, 'demo/samples', name);
    emu.log.reset();
    const run = await importFile(ctx, fs.readFileSync(file), {
      zone: SAMPLE_ZONE,
      language: options.language,
    });
    const s = run.reply!.summary!;
    console.log(
      `Imported demo/samples/${name}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${run.normalized.rejected.length} rejected; ${s.total} tickets in '${s.sheetName}' (${run.parts} part(s), ${emu.log.total()} service calls incl. the report update).`,
    );
  }

  // The computed report, as Sheets would display it.
  const width = m.col('n');
  const header = metrics.getRange(m.row('head'), 1, 1, width).getDisplayValues()[0];
  const rowKeys = trackedMetrics().flatMap((x) =>
    m.rows.has(`c.${x.id}`) ? [`m.${x.id}`, `c.${x.id}`, `c.${x.id}.moe`] : [`m.${x.id}`],
  );
  const rows = rowKeys.map((k) => {
    const cells = metrics.getRange(m.row(k), 1, 1, width).getDisplayValues()[0];
    if (k.startsWith('c.')) cells[0] = `  ${cells[0]}`;
    return cells;
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\n${reply.message}  Tabs: ${reply.sheets.map((s) => s.name).join(' | ')}  (${calls} service calls to generate)\n`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));

  const byCategory = volume
    .getRange(v.row('cat.head') + 1, 1, v.row('cat.diff') - v.row('cat.head'), v.col('share'))
    .getDisplayValues();
  console.log('\nTickets by category (year total, share):');
  for (const r of byCategory)
    console.log(
      `  ${r[0].padEnd(22)} ${r[v.col('total') - 1].padStart(7)}  ${r[v.col('share') - 1].padStart(6)}`,
    );

  // The same numbers through the custom functions, as a user would type them in cells.
  const col = (id: string) => sample.months.map((m) => [m.inputs[id]]);
  const crr = call(
    ctx,
    'CRR',
    col('customers_start'),
    col('customers_end'),
    col('customers_new'),
  ) as number[][];
  const jan = sample.months[0].inputs;
  const answers = [
    ...Array(jan.promoters).fill([10]),
    ...Array(jan.passives).fill([8]),
    ...Array(jan.detractors).fill([4]),
  ];
  console.log('\nCustom functions on the same data:');
  console.log(
    `  =NPS(<${answers.length} January answers>)  → ${(call(ctx, 'NPS', [['Score'], ...answers]) as number).toFixed(1)}`,
  );
  console.log(
    `  =NPS_MOE(<same>)                 → ±${(call(ctx, 'NPS_MOE', answers) as number).toFixed(1)} points`,
  );
  console.log(`  =CRR(S, E, N) over 12 months     → ${crr.map((r) => r[0].toFixed(1)).join(' ')}`);
  try {
    call(ctx, 'CRR', 100, 10, 20);
  } catch (e) {
    console.log(`  =CRR(100, 10, 20)                → #ERROR! ${(e as Error).message}`);
  }

  // The Team tab the imports brought (the sample exports carry assignees and groups).
  const team = emu.spreadsheet.sheets.find(
    (s) => s.name === messages(options.language as Language).tabs.team,
  );
  if (team) printTeam(team);
  const review = (key: 'weekly' | 'sla') =>
    emu.spreadsheet.sheets.find((s) => s.name === messages(options.language as Language).tabs[key]);
  const weekly = review('weekly');
  const sla = review('sla');
  if (weekly)
    printTable(weekly, /^w\d+$/, [
      'label',
      'created',
      'solved',
      'frt',
      'frt_median',
      'csat',
      'backlog',
    ]);
  if (sla) {
    const at = locate(sla);
    const month = String(
      sla.getRange(at.row('month'), at.col('frt_target'), 1, 1).getValues()[0][0],
    );
    // FR: first reply; Res: resolution; met: the share within the priority's target.
    printTable(
      sla,
      /^pr\./,
      [
        'label',
        'frt_target',
        'res_target',
        'm.frt_pct',
        'm.res_pct',
        'y.frt_pct',
        'y.frt_n',
        'y.res_pct',
        'y.res_n',
      ],
      [
        'Priority',
        'FR target h',
        'Res target h',
        `FR met ${month}`,
        `Res met ${month}`,
        'FR met YTD',
        'of',
        'Res met YTD',
        'of',
      ],
    );
  }

  const errors = errorsShown(
    metrics,
    volume,
    sheet('formulas'),
    ...[team, weekly, sla].filter((s): s is FakeSheet => !!s),
  );
  if (errors.length) throw new Error(`the report shows errors: ${errors.slice(0, 5).join(', ')}`);

  const out = path.join(root, 'demo/report.xlsx');
  await writeXlsx(emu.spreadsheet, out);
  console.log(
    `\nWrote ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB, formulas with cached values; charts exist only in Sheets). ${Date.now() - started} ms.`,
  );
}

/** A tab's rows of the add-on's matching `rows`, the chosen columns, as Sheets displays them. */
function printTable(sheet: FakeSheet, rows: RegExp, cols: string[], header?: string[]): void {
  const at = locate(sheet);
  const head = at.rows.has('head') ? 'head' : undefined;
  const cell = (rk: string, ck: string) =>
    sheet.getRange(at.row(rk), at.col(ck), 1, 1).getDisplayValues()[0][0];
  const keys = [...at.rows.keys()]
    .filter((k) => rows.test(k))
    .sort((a, b) => at.row(a) - at.row(b));
  const table = [
    ...(header ? [header] : head ? [cols.map((c) => cell(head, c))] : []),
    ...keys.map((k) => cols.map((c) => cell(k, c))),
  ];
  const widths = cols.map((_c, i) =>
    Math.min(i ? 18 : 24, Math.max(...table.map((r) => r[i].length))),
  );
  console.log(`\n${cell('title', 'label')}`);
  for (const r of table)
    console.log(
      r
        .map((c, i) =>
          i === 0
            ? c.slice(0, widths[0]).padEnd(widths[0])
            : c.slice(0, widths[i]).padStart(widths[i]),
        )
        .join('  '),
    );
}

/** The Team tab as Sheets would display it: both tables, the chosen month then the year to date. */
function printTeam(team: FakeSheet): void {
  const at = locate(team);
  const cell = (rk: string, ck: string) =>
    team.getRange(at.row(rk), at.col(ck), 1, 1).getDisplayValues()[0][0];
  const figures = ['solved', 'frt', 'resolution', 'within', 'csat', 'one_touch', 'reopened'];
  const counts: Record<string, string> = {
    within: 'within_n',
    csat: 'csat_n',
    one_touch: 'one_touch_n',
    reopened: 'reopened_n',
  };
  console.log(
    `\n${cell('title', 'label')}: ${cell('month', 'label')} ${cell('month', 'm.frt')}, ${cell('target', 'label')} ${cell('target', 'm.solved')}`,
  );
  for (const period of ['m', 'y'] as const) {
    for (const prefix of ['ag', 'gr']) {
      const keys = [...at.rows.keys()]
        .filter((k) => new RegExp(`^${prefix}\\.(n\\d+|other|all)$`).test(k))
        .sort((a, b) => at.row(a) - at.row(b));
      const head = [
        `${cell(`${prefix}.head`, 'label')}, ${cell(`${prefix}.period`, `${period}.solved`)}`,
        ...figures.map((f) => cell(`${prefix}.head`, `m.${f}`)),
      ];
      const rows = keys.map((k) => [
        cell(k, 'label'),
        ...figures.map((f) =>
          counts[f] && cell(k, `${period}.${f}`)
            ? `${cell(k, `${period}.${f}`)} of ${cell(k, `${period}.${counts[f]}`)}`
            : cell(k, `${period}.${f}`),
        ),
      ]);
      const widths = head.map((h, i) =>
        Math.min(i ? 26 : 28, Math.max(...[h, ...rows.map((r) => r[i])].map((x) => x.length))),
      );
      const line = (cells: string[]) =>
        cells
          .map((c, i) =>
            i === 0
              ? c.slice(0, widths[0]).padEnd(widths[0])
              : c.slice(0, widths[i]).padStart(widths[i]),
          )
          .join('  ');
      console.log(`\n${line(head)}`);
      for (const r of rows) console.log(line(r));
    }
  }
}

/** `--tickets FILE`: that export alone, into the report of its year; bad files exit 1. */
async function importOnly(root: string, file: string, started: number): Promise<void> {
  const zone = arg('time-zone', SAMPLE_ZONE);
  const language = arg('language', 'en') as Language;
  const t = messages(language);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ImportFileError('unreadable', (e as Error).message);
  }
  // The same guesses as the sidebar's mapping step, printed.
  let prepared = prepare(bytes);
  const keepAgentNames = !process.argv.includes('--no-agent-names');
  const keepExcluded = process.argv.includes('--keep-excluded');
  const rows = rowsOf(prepared, prepared.mapping, {
    sheetZone: zone,
    dayFirst: true,
    keepAgentNames,
    keepExcluded,
  }).rows;
  const evaluates = !process.argv.includes('--no-evaluate') && rows.length <= EVALUATE_LIMIT;
  const emu = createEmulator({ locale: 'en_US', timeZone: zone, evaluates });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'onOpen');
  const desk = prepared.desk ? HELP_DESK_NAMES[prepared.desk] : 'Unrecognised';
  console.log(
    `${desk} export, ${prepared.table.length - 1} rows; columns${prepared.guessed ? ' (guessed: check them)' : ''}:`,
  );
  for (const field of FIELDS) {
    const source = prepared.mapping[field];
    if (!source) continue;
    const sample = prepared.samples[source.column];
    console.log(
      `  ${field.padEnd(20)} ← "${prepared.headers[source.column]}"${source.unit ? ` (${source.unit})` : ''}${sample ? `  e.g. ${sample}` : ''}`,
    );
  }
  // The period: --year, else the year of the newest ticket.
  let newest = -Infinity;
  for (const r of rows) newest = Math.max(newest, r[COLUMN_INDEX.created] as number);
  const count = rows.length;
  // The import reads the file again, as the sidebar does; these copies are not kept.
  rows.length = 0;
  prepared = { ...prepared, table: [] };
  const year = Number(
    arg('year', String(new Date((newest - SERIAL_EPOCH) * 86400000).getUTCFullYear())),
  );
  const options = { year, firstMonth: 1, language, currency: arg('currency', '€') };
  call(ctx, 'generateFromSidebar', options);
  emu.log.reset();
  const run = await importFile(ctx, bytes, { zone, language, keepAgentNames, keepExcluded });
  const s = run.reply!.summary!;
  const calls = emu.log.total();
  console.log(
    `\n${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${run.normalized.rejected.length} rejected, ${run.normalized.duplicates} rows repeating a ticket; ${calls} service calls.`,
  );
  for (const r of run.normalized.rejected.slice(0, 20)) {
    const source = r.field ? prepared.mapping[r.field] : undefined;
    const field = source
      ? prepared.headers[source.column]
      : r.field
        ? t.import.fields[r.field]
        : '';
    const reason = fill(t.import.reasons[r.reason], { field, value: r.value ?? '' });
    console.log(`  ${fill(t.import.row, { row: r.row, reason })}`);
  }
  for (const line of feedLines(t.import, t.inputs, prepared.mapping, prepared.desk))
    console.log(line);
  for (const line of deskLines(t.import, run.normalized, prepared.desk)) console.log(line);
  const out = path.resolve(arg('out', path.join(root, 'demo/report.xlsx')));
  if (!evaluates) {
    console.log(
      `\nThe report's formulas are not computed here (${count} tickets; the demo computes them up to ${EVALUATE_LIMIT}): open ${path.relative(process.cwd(), out)} in a spreadsheet, which computes them.`,
    );
    await writeXlsx(emu.spreadsheet, out, false);
    console.log(wrote(out, started));
    return;
  }
  const metrics = emu.spreadsheet.sheets.find((x) => x.name === t.tabs.metrics)!;
  const m = locate(metrics);
  const months = monthKeys(options);
  console.log(`\nTicket inputs of the ${year} report, from '${s.sheetName}' (time zone ${zone}):`);
  const table = [...TICKET_INPUTS].map((id) => [
    id,
    ...metrics.getRange(m.row(`i.${id}`), m.col(months[0]), 1, 12).getDisplayValues()[0],
  ]);
  const widths = table[0].map((_c, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table)
    console.log(
      `  ${r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ')}`,
    );
  await writeXlsx(emu.spreadsheet, out);
  console.log(`\n${wrote(out, started)}`);
}

/** The last line of `--tickets`: the file, the time and the process's peak memory (the bench reads it). */
function wrote(file: string, started: number): string {
  const peak = process.resourceUsage().maxRSS / 1024;
  return `Wrote ${path.relative(process.cwd(), file)}. ${Date.now() - started} ms, peak memory ${peak.toFixed(0)} MB.`;
}

main().catch((e) => {
  // What the add-on refuses on purpose is one line and status 1; anything else is a bug.
  const t = messages('en');
  if (e instanceof ImportFileError)
    console.error(`Cannot import: ${t.import.errors[e.reason]}${e.detail ? ` (${e.detail})` : ''}`);
  else if ((e as { name?: string } | null)?.name === 'UserError')
    console.error(`Cannot import: ${(e as Error).message}`);
  else console.error(e);
  process.exit(1);
});
