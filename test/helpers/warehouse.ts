/** What the GoogleSQL tests share: one ZetaSQL server per file, the options, the contract table. */
import { CONTRACT_COLUMNS, DEFAULT_TABLES, type SqlOptions } from '../../src/warehouse/sql';
import { contractRows, type TruthTicket } from './exports';
import { ZetaSql, type SqlTable } from './zetasql';

/** Starts ZetaSQL before the file's tests and stops it after; the server, once started. */
export function useZetaSql(): () => ZetaSql {
  let zeta: ZetaSql | undefined;
  beforeAll(async () => {
    zeta = await ZetaSql.start();
  }, 60_000);
  afterAll(() => zeta?.stop());
  return () => zeta!;
}

/** A statement's options: the report of 2026 from January in Ljubljana, unless said. */
export const sqlOptions = (o: Partial<SqlOptions>): SqlOptions => ({
  query: 'monthly',
  source: 'tickets',
  year: 2026,
  firstMonth: 1,
  timeZone: 'Europe/Ljubljana',
  ...o,
});

/** The tickets in the contract's shape (DESIGN §8), as a Zendesk export gives them. */
export const contractTable = (tickets: TruthTicket[]): SqlTable => ({
  name: DEFAULT_TABLES.tickets,
  columns: CONTRACT_COLUMNS,
  rows: contractRows(tickets),
});
