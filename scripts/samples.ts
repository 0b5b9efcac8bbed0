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
  // Priorities by place in the file (no draw of the random sequence), most tickets Normal.
  const zendesk = makeTickets(2400, from, to, 2026).map((t, i) => ({
    ...t,
    priority: ['Normal', 'High', 'Normal', 'Low', 'Normal', 'Urgent', 'Low', ''][i % 8],
  }));
  // Freshdesk's own SLA statuses, as a policy of these hours would set them (the SLA tab
  // counts the statuses, not the times).
  const policy: Record<string, [number, number]> = {
    Urgent: [1, 4],
    High: [4, 24],
    Medium: [8, 72],
    Low: [24, 120],
  };
  const hours = (a: number | undefined, b: number) =>
    a === undefined ? undefined : (a - b) / 3.6e6;
  const within = (h: number | undefined, target: number) =>
    h === undefined ? undefined : h <= target;
  const freshdesk = makeTickets(1200, from, to, 4052).map((t, i) => {
    const priority = ['Low', 'Medium', 'Medium', 'High', 'Urgent'][i % 5];
    const [frt, resolution] = policy[priority];
    return {
      ...t,
      id: String(80000 + i),
      priority,
      frtSla: within(hours(t.firstReply, t.created), frt),
      resolutionSla: within(hours(t.solved, t.created), resolution),
    };
  });
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
