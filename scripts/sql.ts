/**
 * `npm run sql`: prints one GoogleSQL statement of the report's ticket numbers (DESIGN §8), to
 * paste into BigQuery or into Sheets' BigQuery data connector (Data ▸ Data connectors ▸
 * Connect to BigQuery ▸ custom query), then Extract to a sheet.
 *   npm run sql -- --query monthly|breakdown|team|weekly|sla|backlog [--source tickets|dbt_zendesk]
 *                  [--table NAME] [--year YYYY] [--first-month M] [--time-zone ZONE]
 *                  [--business-hours]
 *                  [--target-hours H]   (team: the Team tab's first-reply target, 24 by default)
 *                  [--week YYYY-MM-DD]  (weekly: a day of the latest week; this week by default)
 *                  [--sla-targets "Urgent=1/4,High=4/24"]  (sla: first reply/resolution hours
 *                                        by priority; the SLA tab's defaults for the rest)
 * A wrong option exits 1 with the reason on one line.
 */
import { SqlOptionError, sqlStatement, type SqlQuery, type SqlSource } from '../src/warehouse/sql';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** "Urgent=1/4,High=4/24": hours of first reply / resolution by priority name. */
function parseSlaTargets(text: string): Record<string, { frt: number; resolution: number }> {
  const out: Record<string, { frt: number; resolution: number }> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([^=]+?)\s*=\s*([\d.]+)\s*\/\s*([\d.]+)\s*$/.exec(part);
    if (!m)
      throw new SqlOptionError(
        `--sla-targets must be Priority=first-reply-hours/resolution-hours, comma-separated, not "${part}"`,
      );
    out[m[1]] = { frt: Number(m[2]), resolution: Number(m[3]) };
  }
  return out;
}

try {
  const query = arg('query');
  if (!query)
    throw new SqlOptionError(
      '--query monthly, breakdown, team, weekly, sla or backlog is required',
    );
  const target = arg('target-hours');
  const slaTargets = arg('sla-targets');
  process.stdout.write(
    sqlStatement({
      query: query as SqlQuery,
      source: (arg('source') ?? 'tickets') as SqlSource,
      table: arg('table'),
      year: Number(arg('year') ?? new Date().getFullYear()),
      firstMonth: Number(arg('first-month') ?? 1),
      timeZone: arg('time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      businessHours: process.argv.includes('--business-hours'),
      targetHours: target === undefined ? undefined : Number(target),
      week: arg('week'),
      slaTargets: slaTargets === undefined ? undefined : parseSlaTargets(slaTargets),
    }),
  );
} catch (e) {
  if (!(e instanceof SqlOptionError)) throw e;
  console.error(`Cannot write the statement: ${e.message}`);
  process.exit(1);
}
