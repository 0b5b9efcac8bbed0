/**
 * `npm run sql`: prints one GoogleSQL statement of the report's ticket numbers (DESIGN §8), to
 * paste into BigQuery or into Sheets' BigQuery data connector (Data ▸ Data connectors ▸
 * Connect to BigQuery ▸ custom query), then Extract to a sheet.
 *   npm run sql -- --query monthly|breakdown|team [--source tickets|dbt_zendesk] [--table NAME]
 *                  [--year YYYY] [--first-month M] [--time-zone ZONE] [--business-hours]
 *                  [--target-hours H]   (team: the Team tab's first-reply target, 24 by default)
 * A wrong option exits 1 with the reason on one line.
 */
import { SqlOptionError, sqlStatement, type SqlQuery, type SqlSource } from '../src/warehouse/sql';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

try {
  const query = arg('query');
  if (!query) throw new SqlOptionError('--query monthly, breakdown or team is required');
  const target = arg('target-hours');
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
    }),
  );
} catch (e) {
  if (!(e instanceof SqlOptionError)) throw e;
  console.error(`Cannot write the statement: ${e.message}`);
  process.exit(1);
}
