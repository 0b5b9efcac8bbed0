/**
 * `npm run bench`, the report at scale (#32): the report over 10 000 to 300 000 made-up tickets
 * of one year (25 agents in 5 groups, four priorities), generated and imported in the emulator
 * without evaluating it (HyperFormula cannot finish these sizes), written to .xlsx without
 * cached results, and recalculated by LibreOffice (headless, a private profile that always
 * recalculates on load). Timed, each the best of `runs`:
 *   - load: the same file with every formula's result cached, in a profile that never
 *     recalculates (what opening the file costs without computing it);
 *   - whole: every formula computed;
 *   - one tab: that tab's formulas computed, every other formula of the report a plain value.
 * The report's formulas as they are (each month a date range over the created or solved
 * column). The floor: one pass over the same tickets in plain JS computing the
 * same kinds of numbers (counts and sums by month, category, channel, agent, group and
 * priority, and the medians by month).
 *
 * And the CLI (`cliBench`): `npm run demo -- --tickets` on a Zendesk export of the same
 * tickets, in a child process on Node's default heap: its exit status, time and peak memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createEmulator } from '../test/emulator/emulator';
import { writeXlsx } from '../test/emulator/xlsx';
import { call, loadBundle } from '../test/helpers/bundle';
import { exportOf, scaleTickets, type TruthTicket } from '../test/helpers/exports';
import { importFile } from '../test/helpers/import';
import { messages } from '../src/i18n';

const ZONE = 'Europe/Ljubljana';
export const SCALE_SIZES = [10_000, 50_000, 100_000, 300_000];
const TAB_KEYS = ['metrics', 'volume', 'formulas', 'team', 'weekly', 'sla'] as const;

/** The floor: one pass over the tickets, the report's kinds of numbers in plain JS. */
export function floorPass(tickets: TruthTicket[]): { ms: number; figures: number } {
  const t0 = performance.now();
  const month = (t: number) => {
    const d = new Date(t);
    return d.getUTCMonth();
  };
  const counts = new Map<string, number>();
  const sums = new Map<string, number>();
  const times = new Map<string, number[]>();
  const add = (key: string, value?: number) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (value !== undefined) sums.set(key, (sums.get(key) ?? 0) + value);
  };
  for (const t of tickets) {
    const c = month(t.created);
    const frt = t.firstReply === undefined ? undefined : (t.firstReply - t.created) / 3600000;
    add(`c${c}`, frt);
    add(`c${c}|${t.category}`);
    add(`c${c}|${t.channel}`);
    add(`c${c}|${t.priority}`, frt);
    if (frt !== undefined) {
      const k = `f${c}`;
      (times.get(k) ?? times.set(k, []).get(k)!).push(frt);
    }
    if (t.solved === undefined) continue;
    const s = month(t.solved);
    const res = (t.solved - t.created) / 3600000;
    add(`s${s}`, res);
    add(`s${s}|${t.assignee}`, res);
    add(`s${s}|${t.group}`, res);
    add(`s${s}|${t.priority}`, res);
    if (t.rating !== undefined) add(`r${s}|${t.rating >= 4 ? 'good' : 'bad'}`);
    const k = `r${s}`;
    (times.get(k) ?? times.set(k, []).get(k)!).push(res);
  }
  let figures = counts.size + sums.size;
  for (const xs of times.values()) {
    xs.sort((a, b) => a - b);
    figures += xs[Math.floor(xs.length / 2)] >= 0 ? 1 : 0;
  }
  return { ms: performance.now() - t0, figures };
}

/**
 * The report over `tickets` in an emulator that keeps formulas without evaluating them:
 * generated, then the tickets imported (the import updates the report).
 */
export async function scaleReport(
  tickets: TruthTicket[],
): Promise<{ emu: ReturnType<typeof createEmulator>; tabs: Record<string, string> }> {
  const emu = createEmulator({ locale: 'en_US', timeZone: ZONE, evaluates: false });
  const ctx = loadBundle(emu.globals);
  call(ctx, 'generateFromSidebar', { year: 2026, firstMonth: 1, language: 'en', currency: '€' });
  await importFile(ctx, exportOf('zendesk', tickets, ZONE), {
    zone: ZONE,
    keepAgentNames: true,
  });
  const names = messages('en').tabs as Record<string, string>;
  const tabs: Record<string, string> = {};
  for (const key of TAB_KEYS)
    if (emu.spreadsheet.sheets.some((s) => s.name === names[key])) tabs[key] = names[key];
  return { emu, tabs };
}

type Variant = 'load' | 'whole' | (typeof TAB_KEYS)[number];

/** The report's .xlsx for one variant (see the header). */
function writeVariant(
  emu: ReturnType<typeof createEmulator>,
  tabs: Record<string, string>,
  variant: Variant,
  file: string,
): Promise<void> {
  const live = variant === 'whole' ? null : variant === 'load' ? '' : tabs[variant];
  // Load: every result cached (never recalculated); a tab's bench: the others as values.
  return writeXlsx(emu.spreadsheet, file, false, (sheet, v) =>
    live === null || sheet === live
      ? v
      : variant === 'load'
        ? ({ ...(v as ExcelJS.CellFormulaValue), result: 0 } as ExcelJS.CellValue)
        : 0,
  );
}

function profile(dir: string, recalculate: boolean): string {
  const user = path.join(dir, recalculate ? 'always' : 'never');
  fs.mkdirSync(path.join(user, 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(user, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalculate ? 0 : 1}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${recalculate ? 0 : 1}</value></prop></item>
</oor:items>
`,
  );
  return user;
}

/** Seconds LibreOffice takes to open the file and write every sheet as CSV. */
export function libreOffice(profileDir: string, file: string, outDir: string): number {
  const t0 = performance.now();
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profileDir}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'pipe', timeout: 1_800_000 },
  );
  return (performance.now() - t0) / 1000;
}

export interface ScaleRow {
  tickets: number;
  /** Emulator: generate and import, seconds; .xlsx written, MB. */
  buildS: number;
  fileMB: number;
  loadS: number;
  wholeS: number;
  /** Whole report over load. */
  overLoad: number;
  /** Each tab's formulas alone: seconds over load. */
  tabS: Record<string, number>;
  floorMs: number;
}

export const hasLibreOffice = (): boolean =>
  spawnSync('soffice', ['--version'], { stdio: 'pipe' }).status === 0;

/** One size: the files, then LibreOffice's times (null without LibreOffice). */
export async function scaleBench(
  n: number,
  o: { runs?: number; perTab?: boolean } = {},
): Promise<ScaleRow | null> {
  if (!hasLibreOffice()) return null;
  const runs = o.runs ?? 2;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm-scale-'));
  try {
    const tickets = scaleTickets(n);
    const floor = Math.min(...[0, 1, 2].map(() => floorPass(tickets).ms));
    const t0 = performance.now();
    const { emu, tabs } = await scaleReport(tickets);
    const buildS = (performance.now() - t0) / 1000;
    const variants: Variant[] = ['load', 'whole', ...(o.perTab === false ? [] : TAB_KEYS)];
    const files: Partial<Record<Variant, string>> = {};
    for (const v of variants) {
      if (v !== 'load' && v !== 'whole' && !tabs[v]) continue;
      const file = path.join(dir, `${v}.xlsx`);
      await writeVariant(emu, tabs, v, file);
      files[v] = file;
    }
    const always = profile(dir, true);
    const never = profile(dir, false);
    const out = path.join(dir, 'out');
    libreOffice(never, files.load!, out); // each profile's first start is slower
    libreOffice(always, files.load!, out);
    const time = (v: Variant) =>
      Math.min(
        ...Array.from({ length: runs }, () =>
          libreOffice(v === 'load' ? never : always, files[v]!, out),
        ),
      );
    const loadS = time('load');
    const wholeS = time('whole');
    const tabS: Record<string, number> = {};
    for (const v of TAB_KEYS) if (files[v]) tabS[v] = Math.max(0, time(v) - loadS);
    return {
      tickets: n,
      buildS,
      fileMB: fs.statSync(files.whole!).size / 1e6,
      loadS,
      wholeS,
      overLoad: wholeS / loadS,
      tabS,
      floorMs: floor,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface CliRow {
  tickets: number;
  /** `npm run demo -- --tickets FILE` on Node's default heap: exit status, seconds, peak RSS. */
  status: number | null;
  seconds: number;
  peakMB: number;
  fileMB: number;
  /** Its one line saying the formulas are not computed, if it printed one. */
  notComputed: boolean;
}

/**
 * The CLI as a user runs it on a Zendesk export of `n` tickets, in a child process on Node's
 * default heap (NODE_OPTIONS cleared: the bench's own larger heap is not passed on).
 */
export function cliBench(n: number): CliRow {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm-cli-'));
  try {
    const file = path.join(dir, 'export.csv');
    fs.writeFileSync(file, exportOf('zendesk', scaleTickets(n), ZONE));
    const out = path.join(dir, 'report.xlsx');
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'demo.ts'), '--tickets', file, '--out', out],
      {
        encoding: 'utf8',
        cwd: path.join(__dirname, '..'),
        env: { ...process.env, NODE_OPTIONS: '' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    const peak = /peak memory (\d+) MB/.exec(run.stdout);
    return {
      tickets: n,
      status: run.status,
      seconds,
      peakMB: peak ? Number(peak[1]) : NaN,
      fileMB: fs.existsSync(out) ? fs.statSync(out).size / 1e6 : 0,
      notComputed: run.stdout.includes('formulas are not computed here'),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  // scripts/bench-scale.ts [sizes] | cli [sizes]
  const cli = process.argv[2] === 'cli';
  const sizes = (process.argv[cli ? 3 : 2] ?? '10000').split(',').map(Number);
  (async () => {
    for (const n of sizes) console.log(JSON.stringify(cli ? cliBench(n) : await scaleBench(n)));
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
