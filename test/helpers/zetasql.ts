/**
 * ZetaSQL, GoogleSQL's own analyzer and reference implementation, as a local server (npm
 * @fivetrandevelopers/zetasql, installed in .cache/zetasql by scripts/ensure-zetasql.sh):
 * analyze a statement against a catalog of tables, or run it on rows given here. The language
 * options are BigQuery's, feature by feature: a statement that needs anything more fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const PACKAGE = path.resolve(
  __dirname,
  '../../.cache/zetasql/node_modules/@fivetrandevelopers/zetasql',
);

/** The GoogleSQL features BigQuery has that the statements may use. */
const FEATURES = [
  'FEATURE_V_1_2_CIVIL_TIME',
  'FEATURE_V_1_1_ORDER_BY_IN_AGGREGATE',
  'FEATURE_V_1_1_LIMIT_IN_AGGREGATE',
  'FEATURE_V_1_3_DATE_ARITHMETICS',
];
const LANGUAGE = { productMode: 'PRODUCT_EXTERNAL', enabledLanguageFeatures: FEATURES };

export type SqlType = 'STRING' | 'TIMESTAMP' | 'INT64' | 'FLOAT64' | 'BOOL';
export interface SqlTable {
  name: string;
  columns: readonly (readonly [string, SqlType])[];
  /** Values in column order: Date or ms for timestamps, null for NULL. */
  rows?: unknown[][];
}

const TYPE_KIND: Record<SqlType, string> = {
  STRING: 'TYPE_STRING',
  TIMESTAMP: 'TYPE_TIMESTAMP',
  INT64: 'TYPE_INT64',
  FLOAT64: 'TYPE_DOUBLE',
  BOOL: 'TYPE_BOOL',
};

export const zetasqlInstalled = (): boolean => fs.existsSync(path.join(PACKAGE, 'package.json'));

type Callback = (err: Error | null, res: Record<string, unknown>) => void;
interface Api {
  analyze(req: unknown, cb: Callback): void;
  evaluateQuery(req: unknown, cb: Callback): void;
}

export class ZetaSql {
  private constructor(
    private readonly child: ChildProcess,
    private readonly api: Api,
  ) {}

  /** Starts the server on a free port and waits until it answers. */
  static async start(): Promise<ZetaSql> {
    if (!zetasqlInstalled())
      throw new Error('ZetaSQL is missing; run scripts/ensure-zetasql.sh (npm test does).');
    const port = 40000 + Math.floor(Math.random() * 20000);
    const binary = path.join(
      PACKAGE,
      'lib/zetasql',
      `remote_server${process.arch.startsWith('arm') ? '_arm' : ''}.so`,
    );
    const child = spawn(binary, ['localhost', String(port)], { stdio: 'ignore' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ZetaSQLClient } = require(PACKAGE) as {
      ZetaSQLClient: {
        init(port: number): void;
        API: Api;
        getInstance(): { testConnection(): Promise<boolean> };
      };
    };
    ZetaSQLClient.init(port);
    for (let i = 0; i < 100; i++) {
      if (
        await ZetaSQLClient.getInstance()
          .testConnection()
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return new ZetaSql(child, ZetaSQLClient.API);
  }

  stop(): void {
    this.child.kill('SIGKILL');
  }

  private catalog(tables: SqlTable[]) {
    return {
      name: 'bigquery',
      table: tables.map((t) => ({
        name: t.name,
        column: t.columns.map(([name, type]) => ({ name, type: { typeKind: TYPE_KIND[type] } })),
      })),
      builtinFunctionOptions: { languageOptions: LANGUAGE },
    };
  }

  private call(method: keyof Api, req: unknown): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) =>
      this.api[method](req, (err, res) => (err ? reject(new Error(err.message)) : resolve(res))),
    );
  }

  /** Resolves when the statement analyzes against the tables; rejects with ZetaSQL's message. */
  async analyze(sql: string, tables: SqlTable[]): Promise<void> {
    await this.call('analyze', {
      sqlStatement: sql,
      options: { languageOptions: LANGUAGE },
      simpleCatalog: this.catalog(tables),
    });
  }

  /** Runs a query on the tables' rows; rows of plain values (numbers, strings, booleans, null). */
  async query(sql: string, tables: SqlTable[]): Promise<unknown[][]> {
    const res = await this.call('evaluateQuery', {
      sql,
      options: { languageOptions: LANGUAGE },
      simpleCatalog: this.catalog(tables),
      tableContent: Object.fromEntries(
        tables.map((t) => [
          t.name,
          {
            tableData: {
              row: (t.rows ?? []).map((r) => ({
                cell: r.map((v, i) => valueProto(t.columns[i][1], v)),
              })),
            },
          },
        ]),
      ),
    });
    const content = res.content as { tableData?: { row?: { cell?: Record<string, unknown>[] }[] } };
    return (content.tableData?.row ?? []).map((r) => (r.cell ?? []).map(plainValue));
  }
}

function valueProto(type: SqlType, v: unknown): Record<string, unknown> {
  if (v === null || v === undefined) return {};
  switch (type) {
    case 'STRING':
      return { stringValue: String(v) };
    case 'TIMESTAMP': {
      const ms = v instanceof Date ? v.getTime() : Number(v);
      return { timestampValue: { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 } };
    }
    case 'INT64':
      return { int64Value: String(v) };
    case 'FLOAT64':
      return { doubleValue: Number(v) };
    case 'BOOL':
      return { boolValue: !!v };
  }
}

function plainValue(cell: Record<string, unknown>): unknown {
  const kind = cell.value as string | undefined;
  if (!kind) return null;
  const v = cell[kind] as unknown;
  if (kind === 'int64Value' || kind === 'uint64Value') {
    const long = v as { low: number; high: number } | string | number;
    if (typeof long === 'object') return long.high * 2 ** 32 + (long.low >>> 0);
    return Number(long);
  }
  return v;
}
