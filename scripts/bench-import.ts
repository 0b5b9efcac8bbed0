/**
 * `npm run bench`, ticket import: 100 000 tickets of a Zendesk export. Parse time in Chromium
 * (the sidebar's code: src/tickets bundled for the browser) and in Node; the import's service
 * calls and its largest request in the emulator; HyperFormula's time to compute a report
 * whose ticket inputs and tab 2 read the Tickets tab.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { partsOf, prepare, rowsOf } from '../src/tickets';
import { createEmulator } from '../test/emulator/emulator';
import { call, loadBundle } from '../test/helpers/bundle';
import { exportOf, makeTickets } from '../test/helpers/exports';
import { importFile } from '../test/helpers/import';
import { CHROMIUM, launch } from '../test/browser/page';

const ZONE = 'Europe/Ljubljana';
const root = path.resolve(__dirname, '..');

export interface ImportBench {
  tickets: number;
  fileMB: number;
  nodeParseMs: number;
  chromiumParseMs: number | null;
  parts: number;
  largestRequestKB: number;
  importCalls: number;
  importMs: number;
  reportCalls: number;
  reportMs: number;
  byMethod: Record<string, number>;
}

/** The import's pure part, as the sidebar runs it: file bytes to encoded parts. */
function parseInNode(bytes: Uint8Array): { ms: number; parts: number } {
  const t0 = performance.now();
  const p = prepare(bytes);
  const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true });
  const parts = partsOf(n.rows);
  return { ms: performance.now() - t0, parts: parts.length };
}

async function parseInChromium(text: string): Promise<number | null> {
  if (!fs.existsSync(CHROMIUM)) return null;
  const bundle = await build({
    stdin: {
      contents: `import { prepare, rowsOf, partsOf } from './src/tickets';
        globalThis.SMT = { prepare, rowsOf, partsOf };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++)
      runs.push(
        await page.evaluate(
          ({ text, zone }) => {
            const bytes = new TextEncoder().encode(text);
            const t = (globalThis as unknown as { SMT: Record<string, (...a: never[]) => never> })
              .SMT as unknown as {
              prepare: typeof prepare;
              rowsOf: typeof rowsOf;
              partsOf: typeof partsOf;
            };
            const t0 = performance.now();
            const p = t.prepare(bytes);
            const n = t.rowsOf(p, p.mapping, { sheetZone: zone, dayFirst: true });
            t.partsOf(n.rows);
            return performance.now() - t0;
          },
          { text, zone: ZONE },
        ),
      );
    return Math.min(...runs);
  } finally {
    await browser.close();
  }
}

/** A Zendesk export of `tickets` made-up tickets of one year, as text and bytes. */
function zendeskFile(tickets: number, seed: number): { text: string; bytes: Uint8Array } {
  const text = exportOf(
    'zendesk',
    makeTickets(tickets, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31), seed),
    ZONE,
  );
  return { text, bytes: new TextEncoder().encode(text) };
}

/** A workbook whose bundle's importTickets is measured: the largest request it was sent. */
function countedWorkbook() {
  const emu = createEmulator({ locale: 'en_US', timeZone: ZONE });
  const ctx = loadBundle(emu.globals);
  let largest = 0;
  const counted = {
    ...ctx,
    importTickets: (...a: unknown[]) => {
      largest = Math.max(largest, Buffer.byteLength(JSON.stringify(a)));
      return call(ctx, 'importTickets', ...a);
    },
  } as typeof ctx;
  return { emu, ctx, counted, largest: () => largest };
}

/** The parse (CLI and sidebar code) of a file in a child process: time and peak memory. */
function parseInChild(bytes: Uint8Array): { ms: number; parts: number; peakMB: number } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sm-bench-')), 'export.csv');
  fs.writeFileSync(file, bytes);
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=8000',
      '--import',
      'tsx',
      path.join(root, 'scripts/bench-parse.ts'),
      file,
    ],
    { encoding: 'utf8', cwd: root, maxBuffer: 1 << 20 },
  );
  fs.rmSync(path.dirname(file), { recursive: true });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

export interface LargeImportBench {
  tickets: number;
  fileMB: number;
  /** The CLI's parse in a process of its own. */
  nodeParseMs: number;
  nodePeakMB: number;
  chromiumParseMs: number | null;
  parts: number;
  largestRequestKB: number;
  importCalls: number;
  importMs: number;
  /** The server's reason when it refused the import (nothing written), else null. */
  refused: string | null;
}

/**
 * 500 000 tickets (half of what a spreadsheet holds): the parse in Node (as the CLI) and in
 * Chromium (as the sidebar), and the import into the emulator; no report over them
 * (HyperFormula's COUNTIFS would measure the emulator, not Sheets).
 */
export async function largeImportBench(tickets = 500_000): Promise<LargeImportBench> {
  const { text, bytes } = zendeskFile(tickets, 4);
  const child = parseInChild(bytes);
  const chromiumParseMs = await parseInChromium(text);
  const { emu, counted, largest } = countedWorkbook();
  emu.log.reset();
  const t0 = performance.now();
  // Should the server refuse (Sheets' 10 million cells), the bench records its reason.
  let refused: string | null = null;
  try {
    await importFile(counted, bytes, { zone: ZONE });
  } catch (e) {
    refused = (e as Error).message;
  }
  return {
    refused,
    tickets,
    fileMB: bytes.length / 1e6,
    nodeParseMs: child.ms,
    nodePeakMB: child.peakMB,
    chromiumParseMs,
    parts: child.parts,
    largestRequestKB: largest() / 1024,
    importCalls: emu.log.total(),
    importMs: performance.now() - t0,
  };
}

export async function importBench(tickets = 100_000): Promise<ImportBench> {
  const { text, bytes } = zendeskFile(tickets, 3);
  const node = [0, 1, 2].map(() => parseInNode(bytes));
  const chromiumParseMs = await parseInChromium(text);

  // The import alone (no report yet), then the report over the Tickets tab.
  const { emu, ctx, counted, largest } = countedWorkbook();
  emu.log.reset();
  let t0 = performance.now();
  await importFile(counted, bytes, { zone: ZONE });
  const importMs = performance.now() - t0;
  const importCalls = emu.log.total();
  const byMethod = emu.log.byMethod();
  // The report over it, without the Team tab (its assignees and groups cleared, by hand, as a
  // user would): HyperFormula did not finish the Team tab's COUNTIFS over 100 000 rows in 30
  // minutes and 10 GB. The Team tab's service calls are measured on the sample year instead.
  const tab = emu.spreadsheet.sheet('Tickets');
  const header = tab.getRange(1, 1, 1, tab.getMaxColumns()).getValues()[0];
  for (const name of ['Assignee', 'Group']) {
    const col = header.indexOf(name) + 1;
    if (col > 0)
      tab.getRange(2, col, tickets, 1).setValues(Array.from({ length: tickets }, () => ['']));
  }
  emu.log.reset();
  t0 = performance.now();
  call(ctx, 'generateFromSidebar', { year: 2026, firstMonth: 1, language: 'en', currency: '€' });
  const reportMs = performance.now() - t0;
  return {
    tickets,
    fileMB: bytes.length / 1e6,
    nodeParseMs: Math.min(...node.map((x) => x.ms)),
    chromiumParseMs,
    parts: node[0].parts,
    largestRequestKB: largest() / 1024,
    importCalls,
    importMs,
    reportCalls: emu.log.total(),
    reportMs,
    byMethod,
  };
}

if (require.main === module)
  (process.argv[2] === 'large'
    ? largeImportBench(Number(process.argv[3] ?? 500_000))
    : importBench(Number(process.argv[2] ?? 100_000))
  ).then(
    (r) => console.log(r),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
