import * as fs from 'node:fs';
import { prepare, rowsOf, partsOf } from '../src/tickets';
const bytes = fs.readFileSync('/tmp/z100000.csv');
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const p = prepare(bytes);
  const a = performance.now() - t; t = performance.now();
  const n = rowsOf(p, p.mapping, { sheetZone: 'Europe/Ljubljana', dayFirst: true });
  const b = performance.now() - t; t = performance.now();
  partsOf(n.rows);
  console.log('prepare', a.toFixed(0), 'normalize', b.toFixed(0), 'parts', (performance.now() - t).toFixed(0));
}
