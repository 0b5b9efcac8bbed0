/**
 * `npm run bench`: speed and scale as ratios measured in one run (not part of npm test).
 * Writes bench/results.json and prints a table.
 *   - NPS, CSAT, RESOLUTION_TIME from the built bundle over 10 k / 100 k / 1 M cells shaped as
 *     Sheets passes them (a column, 5 % blanks, a header), against a bare loop on the same data;
 *   - dist/Code.js size, and a fresh node:vm context + bundle evaluation (what Apps Script does
 *     for every custom-function call) against an empty script;
 *   - the report in the emulator: service calls and time to create it (batched vs a per-cell
 *     writer), to update it with a year of inputs, and an update that changes nothing; the same
 *     for a report with a Team tab;
 *   - peak memory of the 1 M case;
 *   - BUSINESS_HOURS over 100 000 pairs against calendar-time FRT, extrapolated to 30 s;
 *   - tab 1's median formulas in LibreOffice over 100 000 tickets against the COUNTIFS beside
 *     them (scripts/bench-median.ts);
 *   - the whole report and each tab recalculated by LibreOffice over 10 000 tickets (25 agents,
 *     5 groups; `--scale 10000,50000,100000` for more), against its load time and a plain-JS
 *     single pass (scripts/bench-scale.ts);
 *   - `npm run demo -- --tickets` over 100 000 tickets on Node's default heap, its time and
 *     peak memory (`--cli 300000,500000` for more).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vm from 'node:vm';
import { buildAll } from './build';
import { importBench, largeImportBench } from './bench-import';
import { medianBench } from './bench-median';
import { sqlBench } from './bench-sql';
import { cliBench, scaleBench, type CliRow, type ScaleRow } from './bench-scale';
import { reportSpec } from '../src/report/report';
import { createEmulator } from '../test/emulator/emulator';
import { bundleSource, call, loadBundle } from '../test/helpers/bundle';
import { importFile } from '../test/helpers/import';
import { writeNaively } from '../test/helpers/naive';
import { SAMPLE_ZONE, sampleFiles } from './samples';
import { OPTIONS, randomMonth, seeded, typeMonths } from '../test/helpers/report';

const root = path.resolve(__dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Best of n runs, in ms (the least disturbed by the machine). */
function best(n: number, run: () => unknown): { ms: number; value: unknown } {
  let ms = Infinity;
  let value: unknown;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    value = run();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, value };
}

// ---- data shaped as Sheets passes it -------------------------------------------------

function scoresColumn(n: number, max: number, rand: () => number): unknown[][] {
  const col: unknown[][] = [['Score']];
  for (let i = 1; i < n; i++)
    col.push([rand() < 0.05 ? '' : Math.floor(rand() * (max + 1)) || (max === 10 ? 0 : 1)]);
  return col;
}

function ticketColumns(n: number, rand: () => number): [unknown[][], unknown[][]] {
  const created: unknown[][] = [['Created']];
  const resolved: unknown[][] = [['Resolved']];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 1; i < n; i++) {
    const t = start + Math.floor(rand() * 300 * 86400000);
    created.push([new Date(t)]);
    resolved.push([rand() < 0.05 ? '' : new Date(t + Math.floor(rand() * 72 * 3600000))]);
  }
  return [created, resolved];
}

// ---- bare loops: what a hand-written script would do on the same data --------------------

function bareNps(col: unknown[][]): number {
  let p = 0;
  let d = 0;
  let n = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i][0];
    if (typeof v !== 'number') continue;
    n++;
    if (v >= 9) p++;
    else if (v <= 6) d++;
  }
  return ((p - d) / n) * 100;
}

function bareCsat(col: unknown[][]): number {
  let ok = 0;
  let n = 0;
  for (let i = 0; i < col.length; i++) {
    const v = col[i][0];
    if (typeof v !== 'number') continue;
    n++;
    if (v >= 4) ok++;
  }
  return (ok / n) * 100;
}

function bareResolution(created: unknown[][], resolved: unknown[][]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < created.length; i++) {
    const a = created[i][0];
    const b = resolved[i][0];
    if (!(a instanceof Date) || !(b instanceof Date)) continue;
    sum += b.getTime() - a.getTime();
    n++;
  }
  return sum / n / 3600000;
}

interface FunctionRow {
  fn: string;
  size: number;
  oursMs: number;
  bareMs: number;
  ratio: number;
  nsPerValue: number;
}

interface Memory {
  dataMiB: number;
  workMiB: number;
  maxRssMiB: number;
}

function functionBench(): { rows: FunctionRow[]; growth: Record<string, number>; memory: Memory } {
  const ctx = loadBundle();
  const rows: FunctionRow[] = [];
  const memory: Memory = { dataMiB: 0, workMiB: 0, maxRssMiB: 0 };
  for (const size of [10_000, 100_000, 1_000_000]) {
    const rand = seeded(size);
    const runs = size >= 1_000_000 ? 5 : size >= 100_000 ? 15 : 41;
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const nps = scoresColumn(size, 10, rand);
    const csat = scoresColumn(size, 5, rand);
    const [created, resolved] = ticketColumns(size, rand);
    gc();
    const heapWithData = process.memoryUsage().heapUsed;
    let heapPeak = heapWithData;
    const cases: [string, () => unknown, () => unknown][] = [
      ['NPS', () => call(ctx, 'NPS', nps), () => bareNps(nps)],
      ['CSAT', () => call(ctx, 'CSAT', csat), () => bareCsat(csat)],
      [
        'RESOLUTION_TIME',
        () => call(ctx, 'RESOLUTION_TIME', created, resolved),
        () => bareResolution(created, resolved),
      ],
    ];
    for (const [fn, ours, bare] of cases) {
      const b = best(runs, bare);
      const o = best(runs, () => {
        const value = ours();
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
        return value;
      });
      if (
        Math.abs((o.value as number) - (b.value as number)) >
        1e-6 * Math.abs(b.value as number)
      ) {
        throw new Error(`${fn} at ${size}: ours ${String(o.value)} vs bare ${String(b.value)}`);
      }
      rows.push({
        fn,
        size,
        oursMs: o.ms,
        bareMs: b.ms,
        ratio: o.ms / b.ms,
        nsPerValue: (o.ms * 1e6) / size,
      });
    }
    if (size === 1_000_000) {
      memory.dataMiB = (heapWithData - heapBefore) / 1048576;
      memory.workMiB = (heapPeak - heapWithData) / 1048576;
      memory.maxRssMiB = process.resourceUsage().maxRSS / 1024;
    }
  }
  const growth: Record<string, number> = {};
  for (const fn of ['NPS', 'CSAT', 'RESOLUTION_TIME']) {
    const small = rows.find((r) => r.fn === fn && r.size === 10_000)!;
    const large = rows.find((r) => r.fn === fn && r.size === 1_000_000)!;
    growth[fn] = large.oursMs / small.oursMs; // 100 for linear
  }
  return { rows, growth, memory };
}

/**
 * BUSINESS_HOURS over 100 000 ticket pairs with spans up to 30 days, in a zone with
 * daylight saving, against the calendar-time FRT on the same pairs in the same run.
 */
function hoursBench(): Record<string, number> {
  const ctx = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'America/Los_Angeles' }),
    },
  });
  const rand = seeded(30);
  const pairs = 100_000;
  const created: unknown[][] = [['Created']];
  const solved: unknown[][] = [['Solved']];
  for (let i = 0; i < pairs; i++) {
    const t = Date.UTC(2026, 0, 1) + Math.floor(rand() * 330 * 86400000);
    created.push([new Date(t)]);
    solved.push([new Date(t + Math.floor(rand() * 30 * 86400000))]);
  }
  const holidays = [[new Date(2026, 0, 1)], [new Date(2026, 4, 25)], [new Date(2026, 6, 3)]];
  const schedule = 'Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00';
  gc(); // the previous section's million-row ranges, so their collection is not timed here
  const frt = best(15, () => call(ctx, 'FRT', created, solved));
  const hours = best(15, () => call(ctx, 'BUSINESS_HOURS', created, solved, schedule, holidays));
  const frtWorking = best(15, () =>
    call(ctx, 'FRT', created, solved, 'hours', 'mean', schedule, holidays),
  );
  return {
    pairs,
    frtMs: frt.ms,
    businessHoursMs: hours.ms,
    frtWorkingMs: frtWorking.ms,
    ratio: hours.ms / frt.ms,
    pairsIn30s: Math.floor((pairs * 30000) / hours.ms),
  };
}

function loadBench(): {
  sizeKB: number;
  evalMedianMs: number;
  emptyMedianMs: number;
  runs: number;
} {
  const source = bundleSource();
  const script = new vm.Script(source, { filename: 'Code.js' });
  const empty = new vm.Script('', { filename: 'empty.js' });
  const runs = 60;
  const full: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    empty.runInContext(vm.createContext({}));
    bare.push(performance.now() - t);
    // A new Script each time: Apps Script compiles the project for every custom-function call.
    t = performance.now();
    new vm.Script(source, { filename: `Code${i}.js` }).runInContext(vm.createContext({}));
    full.push(performance.now() - t);
  }
  void script;
  return {
    sizeKB: Buffer.byteLength(source) / 1024,
    evalMedianMs: median(full),
    emptyMedianMs: median(bare),
    runs,
  };
}

function reportBench(): Record<string, number> {
  const emu = createEmulator();
  const ctx = loadBundle(emu.globals);
  let t = performance.now();
  call(ctx, 'generateFromSidebar', OPTIONS);
  const createMs = performance.now() - t;
  const createCalls = emu.log.total();
  const byMethod = emu.log.byMethod();
  const metadataCalls =
    (byMethod['Range.addDeveloperMetadata'] ?? 0) + (byMethod['Sheet.addDeveloperMetadata'] ?? 0);

  const naive = createEmulator();
  t = performance.now();
  writeNaively(naive.services, reportSpec(OPTIONS));
  const naiveMs = performance.now() - t;
  const naiveCalls = naive.log.total();

  // Update in another language: first with no inputs, then with a full year typed in.
  emu.log.reset();
  call(ctx, 'generateFromSidebar', { ...OPTIONS, language: 'sl' });
  const updateEmptyCalls = emu.log.total();
  const metrics = emu.spreadsheet.sheets[0];
  const rand = seeded(12);
  typeMonths(
    metrics,
    Array.from({ length: 12 }, () => randomMonth(rand)),
  );
  emu.log.reset();
  t = performance.now();
  call(ctx, 'generateFromSidebar', OPTIONS);
  const updateMs = performance.now() - t;
  const updateCalls = emu.log.total();
  emu.log.reset();
  t = performance.now();
  call(ctx, 'generateFromSidebar', OPTIONS);
  const sameMs = performance.now() - t;
  const sameCalls = emu.log.total();
  return {
    createCalls,
    metadataCalls,
    createMs,
    naiveCalls,
    naiveMs,
    callRatio: naiveCalls / createCalls,
    updateEmptyCalls,
    updateCalls,
    updateMs,
    sameCalls,
    sameMs,
  };
}

/**
 * The report with a Team tab (the sample Zendesk export: 2 400 tickets, 8 agents, 3 groups):
 * service calls to create it over a Tickets tab that has assignees, to update it in another
 * language, and an update that changes nothing; and the Team tab's share of them.
 */
async function teamBench(): Promise<Record<string, number>> {
  const emu = createEmulator({ timeZone: SAMPLE_ZONE });
  const ctx = loadBundle(emu.globals);
  await importFile(ctx, sampleFiles()['zendesk.csv'], { zone: SAMPLE_ZONE });
  const run = (o: Partial<typeof OPTIONS>) => {
    emu.log.reset();
    const t = performance.now();
    call(ctx, 'generateFromSidebar', { ...OPTIONS, ...o });
    return { calls: emu.log.total(), ms: performance.now() - t, byMethod: emu.log.byMethod() };
  };
  const create = run({});
  const team = emu.spreadsheet.sheets.find((x) => x.name === 'Team')!;
  const teamMetadata = emu.spreadsheet.metadata.filter((m) => m.sheet === team).length;
  const update = run({ language: 'sl' });
  const same = run({ language: 'sl' });
  return {
    createCalls: create.calls,
    createMs: create.ms,
    teamMetadataCalls: teamMetadata,
    updateCalls: update.calls,
    updateMs: update.ms,
    sameCalls: same.calls,
    sameMs: same.ms,
  };
}

async function main(): Promise<void> {
  await buildAll();
  const functions = functionBench();
  const hours = hoursBench();
  const load = loadBench();
  const report = reportBench();
  const team = await teamBench();
  const sql = await sqlBench();
  const medians = await medianBench();
  gc();
  const imports = await importBench();
  gc();
  const large = await largeImportBench();
  // The report at scale in LibreOffice (#32): `npm run bench -- --scale 10000,100000`; 10 000
  // by default (the emulator's part takes seconds, 36 s at 300 000; the rest is LibreOffice).
  const at = process.argv.indexOf('--scale');
  const scale: (ScaleRow | null)[] = [];
  for (const n of (at > 0 ? process.argv[at + 1] : '10000').split(',').map(Number))
    scale.push(await scaleBench(n));
  // The CLI on the default heap (#32): `--cli 300000,500000`; 100 000 by default (about 25 s).
  const atCli = process.argv.indexOf('--cli');
  const cli: CliRow[] = (atCli > 0 ? process.argv[atCli + 1] : '100000')
    .split(',')
    .map((n) => cliBench(Number(n)));
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    functions,
    hours,
    load,
    report,
    team,
    sql,
    medians,
    imports,
    large,
    scale,
    cli,
  };
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const f = (x: number, d = 1) => x.toFixed(d);
  console.log(
    '\nCustom functions (built bundle) vs a bare loop on the same Sheets-shaped data (best of runs)',
  );
  console.log('| function | values | ours ms | bare ms | ours/bare | ns/value |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of functions.rows) {
    console.log(
      `| ${r.fn} | ${r.size.toLocaleString('en-US')} | ${f(r.oursMs, 2)} | ${f(r.bareMs, 2)} | ${f(r.ratio, 2)}× | ${f(r.nsPerValue)} |`,
    );
  }
  console.log(
    `Growth 10 k → 1 M (100 = linear): ${Object.entries(functions.growth)
      .map(([k, v]) => `${k} ${f(v, 0)}`)
      .join(', ')}`,
  );
  const mem = functions.memory;
  console.log(
    `Memory, 1 M case: the Sheets-shaped data ${f(mem.dataMiB)} MiB of heap; the functions' own work on top of it ≤ ${f(mem.workMiB)} MiB (heap after each call, without GC); peak RSS of the whole run ${f(mem.maxRssMiB)} MiB`,
  );
  console.log(
    `\nBusiness hours, ${hours.pairs.toLocaleString('en-US')} pairs, spans up to 30 days, America/Los_Angeles (best of 15):`,
  );
  console.log('| what | ms | vs calendar FRT |\n| --- | ---: | ---: |');
  console.log(`| FRT (calendar time) | ${f(hours.frtMs, 1)} | 1× |`);
  console.log(
    `| BUSINESS_HOURS (two windows a day, Saturdays, 3 holidays), spilled | ${f(hours.businessHoursMs, 1)} | ${f(hours.ratio, 2)}× |`,
  );
  console.log(
    `| FRT with the same schedule | ${f(hours.frtWorkingMs, 1)} | ${f(hours.frtWorkingMs / hours.frtMs, 2)}× |`,
  );
  console.log(
    `At this speed BUSINESS_HOURS fits ${hours.pairsIn30s.toLocaleString('en-US')} pairs in the 30-second custom-function limit.`,
  );
  console.log('\n| bundle | value |\n| --- | ---: |');
  console.log(`| dist/Code.js | ${f(load.sizeKB)} KB |`);
  console.log(
    `| fresh vm context + compile + evaluate, median of ${load.runs} | ${f(load.evalMedianMs, 2)} ms |`,
  );
  console.log(`| fresh vm context + empty script, median | ${f(load.emptyMedianMs, 2)} ms |`);
  console.log('\n| report | calls | ms |\n| --- | ---: | ---: |');
  console.log(
    `| create (batched; ${report.metadataCalls} of the calls are developer metadata, one per row and column) | ${report.createCalls} | ${f(report.createMs)} |`,
  );
  console.log(`| same content cell by cell | ${report.naiveCalls} | ${f(report.naiveMs)} |`);
  console.log(
    `| ratio | ${f(report.callRatio, 1)}× | ${f(report.naiveMs / report.createMs, 1)}× |`,
  );
  console.log(
    `| update to another language, 12 months of inputs | ${report.updateCalls} | ${f(report.updateMs)} |`,
  );
  console.log(`| the same update with no inputs | ${report.updateEmptyCalls} | |`);
  console.log(`| update that changes nothing | ${report.sameCalls} | ${f(report.sameMs)} |`);
  console.log(
    '\nThe report with a Team tab (over the sample Zendesk export: 2 400 tickets, 8 agents, 3 groups):',
  );
  console.log('| report with a Team tab | calls | ms |\n| --- | ---: | ---: |');
  console.log(
    `| create, four tabs (${team.teamMetadataCalls} of the calls are the Team tab's developer metadata) | ${team.createCalls} | ${f(team.createMs)} |`,
  );
  console.log(`| update to another language | ${team.updateCalls} | ${f(team.updateMs)} |`);
  console.log(`| update that changes nothing | ${team.sameCalls} | ${f(team.sameMs)} |`);
  console.log(
    '\nGoogleSQL statements (DESIGN §8): bytes BigQuery reads, from the columns each reads',
  );
  console.log(
    '| statement | bytes a ticket | 1 M tickets | 10 M tickets |\n| --- | ---: | ---: | ---: |',
  );
  const scanned = sql.scanned as Record<
    string,
    { bytesPerTicket: number; at1M_MB: number; at10M_MB: number }
  >;
  for (const [q, x] of Object.entries(scanned))
    console.log(`| ${q} | ${x.bytesPerTicket} | ${f(x.at1M_MB)} MB | ${f(x.at10M_MB)} MB |`);
  if (Array.isArray(sql.runs)) {
    console.log(
      "ZetaSQL's reference implementation on made-up tickets (a check that the work grows linearly; not BigQuery's speed):",
    );
    console.log('| tickets | monthly ms | breakdown ms |\n| ---: | ---: | ---: |');
    for (const r of sql.runs as { tickets: number; monthlyMs: number; breakdownMs: number }[])
      console.log(
        `| ${r.tickets.toLocaleString('en-US')} | ${f(r.monthlyMs, 0)} | ${f(r.breakdownMs, 0)} |`,
      );
  } else console.log(`ZetaSQL: ${String(sql.zetasql)}`);
  if (medians) {
    const m = medians;
    console.log(
      `\nTab 1's medians in LibreOffice over ${m.tickets.toLocaleString('en-US')} tickets (an .xlsx without cached results; ${m.formulas} formulas of each kind, best of 2; each file's time less the ${f(m.loadS, 2)} s of opening the tickets alone):`,
    );
    console.log('| formulas | file s | ms each | vs COUNTIFS |\n| --- | ---: | ---: | ---: |');
    console.log(
      `| COUNTIFS and SUMIFS over whole columns (the means' inputs) | ${f(m.countifsS, 2)} | ${f(m.countifsMsEach, 0)} | 1× |`,
    );
    console.log(
      `| MEDIAN and PERCENTILE over IF, rows 1 to the tab's last (as the report writes them) | ${f(m.medianS, 2)} | ${f(m.medianMsEach, 0)} | ${f(m.ratio)}× |`,
    );
    console.log(
      `| the same over whole columns | ${f(m.wholeS, 2)} | ${f(m.wholeMsEach, 0)} | ${f(m.wholeRatio)}× |`,
    );
  } else
    console.log(
      '\nLibreOffice: not installed (bash scripts/ensure-libreoffice.sh), medians not measured',
    );
  const i = imports;
  console.log(
    `\nTicket import, ${i.tickets.toLocaleString('en-US')} tickets (a ${f(i.fileMB, 1)} MB Zendesk export):`,
  );
  console.log('| what | value |\n| --- | ---: |');
  console.log(
    `| parse, check and encode in Chromium (the sidebar's code), best of 3 | ${i.chromiumParseMs === null ? 'no Chromium' : `${f(i.chromiumParseMs)} ms`} |`,
  );
  console.log(`| the same in Node | ${f(i.nodeParseMs)} ms |`);
  console.log(`| server calls (parts) | ${i.parts} |`);
  console.log(`| largest request | ${f(i.largestRequestKB)} KB (limit 2 048) |`);
  console.log(`| service calls of the import, new Tickets tab (goal ≤ 40) | ${i.importCalls} |`);
  console.log(`| the import in the emulator | ${f(i.importMs / 1000, 1)} s |`);
  console.log(
    `| a report over the tab, without the Team tab: HyperFormula computing it (${i.reportCalls} service calls) | ${f(i.reportMs / 1000, 1)} s |`,
  );
  const L = large;
  console.log(
    `\nA large import, ${L.tickets.toLocaleString('en-US')} tickets (a ${f(L.fileMB, 1)} MB Zendesk export, half of what a spreadsheet holds):`,
  );
  console.log('| what | value |\n| --- | ---: |');
  console.log(
    `| parse, check and encode in Node, the CLI's code in a process of its own | ${f(L.nodeParseMs / 1000, 2)} s |`,
  );
  console.log(`| that process's peak resident memory | ${f(L.nodePeakMB, 0)} MB |`);
  console.log(
    `| the same in Chromium (the sidebar's code), best of 3 | ${L.chromiumParseMs === null ? 'no Chromium' : `${f(L.chromiumParseMs / 1000, 2)} s`} |`,
  );
  console.log(
    `| server calls (parts), largest request | ${L.parts}, ${f(L.largestRequestKB)} KB |`,
  );
  console.log(
    `| service calls of the import, new Tickets tab | ${L.importCalls}${L.refused ? ` (refused: ${L.refused})` : ''} |`,
  );
  console.log(`| the import in the emulator | ${f(L.importMs / 1000, 1)} s |`);
  for (const r of scale)
    if (r)
      console.log(
        `\nReport at scale, LibreOffice, ${r.tickets} tickets (${f(r.fileMB)} MB): load ${f(r.loadS)} s, whole report ${f(r.wholeS)} s (${f(r.overLoad)}× load); per tab over load: ${Object.entries(
          r.tabS,
        )
          .map(([k, s]) => `${k} ${f(s)} s`)
          .join(', ')}; plain-JS single pass ${f(r.floorMs)} ms.`,
      );
  for (const c of cli)
    console.log(
      `\nnpm run demo -- --tickets, ${c.tickets} tickets, default heap: exit ${c.status}, ${f(c.seconds)} s, peak memory ${c.peakMB} MB, .xlsx ${f(c.fileMB)} MB${c.notComputed ? ' (formulas not computed: said in one line)' : ''}.`,
    );
  console.log('\nWritten to bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
