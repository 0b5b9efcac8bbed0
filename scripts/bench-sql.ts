/**
 * `npm run bench`, the SQL part (DESIGN §8): what the generated statements cost as tickets
 * grow. BigQuery bills a query by the bytes of the columns it reads, which follow from the
 * statement and the column types alone; those are computed here for 1 M and 10 M tickets.
 * ZetaSQL's reference implementation runs the statements on made-up tickets at a few sizes to
 * show the work grows linearly; its times are not BigQuery's (a row-at-a-time reference
 * engine fed over a local gRPC call, against a distributed columnar one), so they are not
 * extrapolated to millions.
 */
import { performance } from 'node:perf_hooks';
import { CONTRACT_COLUMNS, DEFAULT_TABLES, sqlStatement } from '../src/warehouse/sql';
import { contractRows, makeTickets } from '../test/helpers/exports';
import { ZetaSql, zetasqlInstalled } from '../test/helpers/zetasql';

/** Bytes BigQuery counts per value of a type (STRING: 2 + its UTF-8 length). */
const BYTES: Record<string, number> = { TIMESTAMP: 8, FLOAT64: 8, INT64: 8, BOOL: 1 };

/** The contract columns each statement reads (BigQuery reads only the columns a query uses). */
export const COLUMNS_READ = {
  monthly: [
    'created',
    'solved',
    'first_reply_hours',
    'resolution_hours',
    'first_contact',
    'rating',
  ],
  breakdown: ['ticket_id', 'created', 'solved', 'category', 'channel', 'assignee', 'group_name'],
  team: [
    'ticket_id',
    'solved',
    'first_reply_hours',
    'resolution_hours',
    'rating',
    'first_contact',
    'reopens',
    'assignee',
    'group_name',
  ],
};
type Query = keyof typeof COLUMNS_READ;

/** Typical lengths of the text columns of the sample exports. */
const TEXT_LENGTH: Record<string, number> = {
  ticket_id: 5,
  rating: 4,
  category: 10,
  channel: 5,
  assignee: 11,
  group_name: 6,
};

function bytesPerTicket(query: Query): number {
  const types = new Map<string, string>(CONTRACT_COLUMNS.map(([c, t]) => [c, t]));
  return COLUMNS_READ[query].reduce((sum, c) => {
    const t = types.get(c)!;
    return sum + (t === 'STRING' ? 2 + TEXT_LENGTH[c] : BYTES[t]);
  }, 0);
}

export async function sqlBench(): Promise<Record<string, unknown>> {
  const scanned = Object.fromEntries(
    (Object.keys(COLUMNS_READ) as Query[]).map((q) => [
      q,
      {
        bytesPerTicket: bytesPerTicket(q),
        at1M_MB: (bytesPerTicket(q) * 1e6) / 1e6,
        at10M_MB: (bytesPerTicket(q) * 1e7) / 1e6,
      },
    ]),
  );
  if (!zetasqlInstalled()) return { scanned, zetasql: 'not installed (scripts/ensure-zetasql.sh)' };
  const zeta = await ZetaSql.start();
  const runs: { tickets: number; monthlyMs: number; breakdownMs: number; teamMs: number }[] = [];
  try {
    for (const n of [2_500, 5_000, 10_000, 20_000]) {
      const tickets = makeTickets(n, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31), n);
      const rows = contractRows(tickets);
      const table = { name: DEFAULT_TABLES.tickets, columns: CONTRACT_COLUMNS, rows };
      const time = async (query: Query) => {
        const sql = sqlStatement({
          query,
          source: 'tickets',
          year: 2026,
          firstMonth: 1,
          timeZone: 'UTC',
        });
        const t0 = performance.now();
        await zeta.query(sql, [table]);
        return performance.now() - t0;
      };
      runs.push({
        tickets: n,
        monthlyMs: await time('monthly'),
        breakdownMs: await time('breakdown'),
        teamMs: await time('team'),
      });
    }
  } finally {
    zeta.stop();
  }
  return { scanned, runs };
}
