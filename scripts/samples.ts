/**
 * `npm run samples`: writes the demo's help-desk exports, demo/samples/zendesk.csv and
 * demo/samples/freshdesk.csv: a year of made-up tickets (no real customer data), each in its
 * help desk's own format (Freshdesk's with semicolons and a byte-order mark, as Excel saves it).
 * A test checks the committed files are exactly what this script writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportOf, makeTickets } from '../test/helpers/exports';

export const SAMPLE_ZONE = 'Europe/Ljubljana';

export function sampleFiles(): Record<string, string> {
  const from = Date.UTC(2026, 0, 1);
  const to = Date.UTC(2026, 11, 31, 12);
  const zendesk = makeTickets(2400, from, to, 2026);
  const freshdesk = makeTickets(1200, from, to, 4052).map((t, i) => ({
    ...t,
    id: String(80000 + i),
  }));
  return {
    'zendesk.csv': `${exportOf('zendesk', zendesk, SAMPLE_ZONE)}\r\n`,
    'freshdesk.csv': `\uFEFF${exportOf('freshdesk', freshdesk, SAMPLE_ZONE)}\r\n`,
  };
}

if (require.main === module) {
  const dir = path.resolve(__dirname, '../demo/samples');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(sampleFiles())) {
    fs.writeFileSync(path.join(dir, name), text);
    console.log(`wrote demo/samples/${name} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}
