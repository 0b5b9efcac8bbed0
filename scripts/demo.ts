/**
 * `npm run demo`: builds the add-on, opens an offline spreadsheet (the emulator, formulas
 * evaluated by HyperFormula), runs the add-on's real entry points from dist/Code.js on a
 * sample year, prints the computed metrics and writes demo/report.xlsx.
 *   npm run demo -- --language sl --currency € --year 2026
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAll } from './build';
import { TRACKED_INPUTS, trackedMetrics } from '../src/catalogue';
import { CATEGORY_IDS, CHANNEL_IDS } from '../src/i18n';
import { createEmulator } from '../test/emulator/emulator';
import { locate, monthKeys } from '../test/helpers/report';
import { writeXlsx } from '../test/emulator/xlsx';
import { call, loadBundle } from '../test/helpers/bundle';

interface SampleMonth {
  inputs: Record<string, number>;
  categories: Record<string, number>;
  channels: Record<string, number>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const started = Date.now();
  await buildAll();
  const root = path.resolve(__dirname, '..');
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

  const locales: Record<string, string> = {
    en: 'en_US',
    sl: 'sl_SI',
    zh: 'zh_CN',
    ru: 'ru_RU',
    ro: 'ro_RO',
    fi: 'fi_FI',
  };
  const emu = createEmulator({ locale: locales[options.language] ?? 'en_US' });
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

  // Type the sample year as a team lead would: one block per table.
  const months = monthKeys(options);
  const m = locate(metrics);
  const v = locate(volume);
  metrics
    .getRange(m.row(`i.${TRACKED_INPUTS[0].id}`), m.col(months[0]), TRACKED_INPUTS.length, 12)
    .setValues(TRACKED_INPUTS.map((input) => sample.months.map((x) => x.inputs[input.id])));
  volume
    .getRange(v.row('cat.sales'), v.col(months[0]), CATEGORY_IDS.length, 12)
    .setValues(CATEGORY_IDS.map((id) => sample.months.map((x) => x.categories[id])));
  volume
    .getRange(v.row('ch.email'), v.col(months[0]), CHANNEL_IDS.length, 12)
    .setValues(CHANNEL_IDS.map((id) => sample.months.map((x) => x.channels[id])));
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
    .getRange(v.row('cat.sales'), 1, CATEGORY_IDS.length + 2, v.col('share'))
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

  const errors = [metrics, volume, sheet('formulas')]
    .flatMap((s) => s.getDataRange().getDisplayValues().flat())
    .filter((v) => v.startsWith('#'));
  if (errors.length) throw new Error(`the report shows errors: ${errors.slice(0, 5).join(', ')}`);

  const out = path.join(root, 'demo/report.xlsx');
  await writeXlsx(emu.spreadsheet, out);
  console.log(
    `\nWrote ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB, formulas with cached values; charts exist only in Sheets). ${Date.now() - started} ms.`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
