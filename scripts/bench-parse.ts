/**
 * The CLI's and the sidebar's parse of one export in a process of its own, so its peak memory
 * is its own: `node --import tsx scripts/bench-parse.ts FILE` prints one JSON line (time, rows,
 * rejected, parts, peak resident memory).
 */
import * as fs from 'node:fs';
import { partsOf, prepare, rowsOf } from '../src/tickets';

const bytes = fs.readFileSync(process.argv[2]);
const t0 = performance.now();
const p = prepare(bytes);
const n = rowsOf(p, p.mapping, { sheetZone: 'Europe/Ljubljana', dayFirst: true });
const parts = partsOf(n.rows);
const ms = performance.now() - t0;
console.log(
  JSON.stringify({
    ms,
    rows: n.rows.length,
    rejected: n.rejected.length,
    parts: parts.length,
    peakMB: process.resourceUsage().maxRSS / 1024,
  }),
);
