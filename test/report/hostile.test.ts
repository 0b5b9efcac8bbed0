/**
 * One bad row never sinks an import; big or broken files never crash it (#24). Hostile files
 * written here go through the code the sidebar and the CLI run (prepare, rowsOf, the wire
 * format the server decodes, and the bundle's importTickets): each ends in an import of its
 * good rows, every rejected row listed with its file row and reason, or in a one-line
 * refusal, never another exception; random byte-level mutations of a valid export too.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  COLUMN_INDEX,
  decodeRows,
  ID_LIMIT,
  ImportFileError,
  partsOf,
  prepare,
  rowsOf,
  type Normalized,
} from '../../src/tickets';
import { createEmulator } from '../emulator/emulator';
import { call, loadBundle } from '../helpers/bundle';
import { exportOf, makeTickets } from '../helpers/exports';
import { importFile } from '../helpers/import';

const ZONE = 'Europe/Ljubljana';
const utf8 = (s: string) => new TextEncoder().encode(s);

type Outcome = { refused: ImportFileError['reason'] } | { imported: Normalized };

/** The file as the sidebar and the CLI read it: an import, or a refusal with its reason. */
function attempt(bytes: Uint8Array): Outcome {
  try {
    const p = prepare(bytes);
    const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true });
    // What travels is what the server accepts: every part decodes to the same rows.
    for (const part of partsOf(n.rows)) expect(decodeRows(part.text)).toEqual(part.rows);
    for (const row of n.rows) {
      expect(String(row[COLUMN_INDEX.id]).length).toBeGreaterThan(0);
      expect(String(row[COLUMN_INDEX.id]).length).toBeLessThanOrEqual(ID_LIMIT);
      expect(typeof row[COLUMN_INDEX.created]).toBe('number');
      for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(500);
    }
    return { imported: n };
  } catch (e) {
    if (e instanceof ImportFileError) return { refused: e.reason };
    throw e;
  }
}

const GOOD = Array.from(
  { length: 28 },
  (_x, i) => `${100 + i},2026-03-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,open`,
);
const withGood = (...bad: string[]) => utf8(['Id,Created at,Status', ...GOOD, ...bad].join('\n'));

describe('hostile files: the good rows import, every bad row is listed with its row and reason', () => {
  test.each<[string, Uint8Array, { reason: string; row: number }[]]>([
    [
      'a 20 000-character id',
      withGood(`${'x'.repeat(20000)},2026-03-05 10:00:00,open`),
      [{ reason: 'longId', row: 30 }],
    ],
    [
      'tickets dated 9999 and 1899',
      withGood('900,9999-12-31 10:00:00,open', '901,1899-12-30 10:00:00,open'),
      [
        { reason: 'farDate', row: 30 },
        { reason: 'farDate', row: 31 },
      ],
    ],
    ['a 10 MB cell', withGood(`902,2026-03-05 10:00:00,${'y'.repeat(10_000_000)}`), []],
    [
      'a long line of delimiters',
      withGood(`903,2026-03-05 10:00:00,open${','.repeat(200_000)}`),
      [],
    ],
    [
      'an unbalanced quote',
      withGood('"904,2026-03-05 10:00:00,open'),
      [{ reason: 'noCreated', row: 30 }],
    ],
    [
      // Rows of only delimiters are blank lines: skipped, like empty ones.
      'rows of only delimiters, and a row with no id',
      withGood(',,', ',,,,,,', ',2026-03-05 10:00:00,open'),
      [{ reason: 'noId', row: 30 }],
    ],
    [
      'a solved time before the creation',
      utf8(
        [
          'Id,Created at,Solved at',
          ...GOOD.map((g) => g.replace(',open', ',')),
          '905,2026-03-05 10:00:00,2026-03-04 10:00:00',
        ].join('\n'),
      ),
      [{ reason: 'beforeCreated', row: 30 }],
    ],
  ])('%s', (_name, bytes, rejected) => {
    const out = attempt(bytes);
    expect('imported' in out).toBe(true);
    const n = (out as { imported: Normalized }).imported;
    expect(n.rejected.map((r) => ({ reason: r.reason, row: r.row }))).toEqual(rejected);
    expect(n.rows.length).toBeGreaterThanOrEqual(28);
    for (const r of n.rejected) if (r.value) expect(r.value.length).toBeLessThanOrEqual(80);
  });

  test('20 000 columns with duplicate headers: the first of each name is read', () => {
    const headers = [
      'Id',
      'Created at',
      ...Array.from({ length: 19_998 }, (_x, i) => `c${i % 50}`),
    ];
    headers[5000] = 'Created at';
    const row = (i: number) => {
      const cells = Array<string>(headers.length).fill('z');
      cells[0] = String(i);
      cells[1] = `2026-04-0${(i % 9) + 1} 09:00:00`;
      cells[5000] = 'not a date';
      return cells.join(',');
    };
    const out = attempt(utf8([headers.join(','), row(1), row(2), row(3)].join('\n')));
    expect((out as { imported: Normalized }).imported.rows).toHaveLength(3);
  });

  test.each<[string, Uint8Array]>([
    ['random bytes', Uint8Array.from({ length: 5000 }, (_x, i) => (i * 7919 + 13) % 256)],
    ['NUL bytes through the text', utf8(`Id,Created at\n${'1\0,2026-01-01\n'.repeat(50)}`)],
    ['only delimiters', utf8(',,,\n;;;\n\t\t\n')],
    ['nothing but a header of quotes', utf8('"""""""\n')],
  ])('%s: refused in one line', (_name, bytes) => {
    const out = attempt(bytes);
    expect('refused' in out).toBe(true);
  });
});

test('random byte-level mutations of a valid export end in an import or a one-line refusal', () => {
  const tickets = makeTickets(12, Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1), 41);
  const valid = utf8(exportOf('zendesk', tickets, ZONE));
  const inject = fc.constantFrom<number[]>(
    [0x22],
    [0x2c],
    [0x3b],
    [0x0a],
    [0x0d],
    [0x00],
    [0xef, 0xbb, 0xbf],
    [0xff, 0xfe],
    [0xc3],
    [0x09],
  );
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(400) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.nat(400) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
    fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), bytes: inject }),
  );
  type Mutation =
    | { kind: 'cut' | 'repeat'; at: number; length: number }
    | { kind: 'swap'; at: number; other: number }
    | { kind: 'inject'; at: number; bytes: number[] };
  const apply = (bytes: number[], m: Mutation) => {
    const at = bytes.length ? m.at % bytes.length : 0;
    switch (m.kind) {
      case 'cut':
        bytes.splice(at, m.length);
        break;
      case 'repeat':
        bytes.splice(at, 0, ...bytes.slice(at, at + m.length));
        break;
      case 'swap': {
        const b = bytes.length ? m.other % bytes.length : 0;
        [bytes[at], bytes[b]] = [bytes[b], bytes[at]];
        break;
      }
      case 'inject':
        bytes.splice(at, 0, ...m.bytes);
        break;
    }
  };
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      const bytes = [...valid];
      for (const m of mutations) apply(bytes, m);
      const out = attempt(Uint8Array.from(bytes.filter((b) => b !== undefined)));
      if ('imported' in out) {
        const n = out.imported;
        for (const r of n.rejected) {
          expect(r.row).toBeGreaterThanOrEqual(2);
          expect(typeof r.reason).toBe('string');
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('through the bundle: the good rows import beside bad ones, and the report of their year still generates', async () => {
  const emu = createEmulator({ locale: 'en_US', timeZone: ZONE });
  const ctx = loadBundle(emu.globals);
  const file = withGood(
    `${'x'.repeat(20000)},2026-03-05 10:00:00,open`,
    '900,9999-12-31 10:00:00,open',
    '901,1899-12-30 10:00:00,open',
  );
  const run = await importFile(ctx, file, { zone: ZONE });
  expect(run.reply!.summary!.added).toBe(28);
  expect(run.normalized.rejected.map((r) => r.reason)).toEqual(['longId', 'farDate', 'farDate']);
  const reply = call(ctx, 'generateFromSidebar', {
    year: 2026,
    firstMonth: 1,
    language: 'en',
    currency: '€',
  }) as { message: string };
  expect(reply.message).toMatch(/^Report/);
});

test('the CLI: bad rows listed by row and reason, a refusal in one line, never a stack trace', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sm-hostile-'));
  const mixed = path.join(dir, 'mixed.csv');
  fs.writeFileSync(
    mixed,
    withGood('900,9999-12-31 10:00:00,open', `${'x'.repeat(20000)},2026-03-05 10:00:00,open`),
  );
  const random = path.join(dir, 'random.csv');
  fs.writeFileSync(
    random,
    Uint8Array.from({ length: 5000 }, (_x, i) => (i * 7919 + 13) % 256),
  );
  const cli = (file: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', path.resolve(__dirname, '../../scripts/demo.ts'), '--tickets', file],
      { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') },
    );
  const ok = cli(mixed);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain(
    'Row 30: Created at "9999-12-31 10:00:00" is not between the years 2000 and 2099',
  );
  expect(ok.stdout).toContain('Row 31: the ticket id is longer than 200 characters');
  expect(ok.stderr).not.toMatch(/\n\s+at /);
  const bad = cli(random);
  expect(bad.status).toBe(1);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  expect(bad.stderr).toMatch(/^Cannot import: /);
}, 120_000);
