/** The import's pieces on their own: dates, durations, ratings, header recognition, the wire format. */
import fc from 'fast-check';
import { isEmail } from '../../src/tickets/guess';
import { nameOf } from '../../src/tickets/normalize';
import {
  decodeRows,
  encodeRows,
  goodOrBad,
  jsonBytes,
  columnStats,
  parseDuration,
  parseWallTime,
  partsOf,
  recogniseColumns,
  TICKET_COLUMNS,
  type TicketRow,
} from '../../src/tickets';

const utc = (...a: [number, number, number, number?, number?, number?]) =>
  Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0);

test.each<[string, 'dmy' | 'mdy', { local: number; offset?: number } | undefined]>([
  ['2026-02-25T10:17:00Z', 'dmy', { local: utc(2026, 2, 25, 10, 17), offset: 0 }],
  ['2026-02-25T10:17:00+05:30', 'dmy', { local: utc(2026, 2, 25, 10, 17), offset: 330 }],
  ['2026-02-25 10:17:00.250 -0800', 'dmy', { local: utc(2026, 2, 25, 10, 17) + 250, offset: -480 }],
  ['2026-02-25 10:17', 'mdy', { local: utc(2026, 2, 25, 10, 17) }],
  ['2026-02-25', 'mdy', { local: utc(2026, 2, 25) }],
  ['25/Feb/26 10:17 PM', 'mdy', { local: utc(2026, 2, 25, 22, 17) }],
  ['25/Feb/26 12:05 AM', 'mdy', { local: utc(2026, 2, 25, 0, 5) }],
  ['03/04/2026 9:05 PM', 'mdy', { local: utc(2026, 3, 4, 21, 5) }],
  ['03/04/2026 9:05 PM', 'dmy', { local: utc(2026, 4, 3, 21, 5) }],
  ['03.04.26 09:05', 'dmy', { local: utc(2026, 4, 3, 9, 5) }],
  ['31/04/2026', 'dmy', undefined], // no 31 April
  ['2026-13-01', 'dmy', undefined],
  ['13:00 PM 2026', 'dmy', undefined],
  ['yesterday', 'dmy', undefined],
])('%s (%s)', (text, order, want) => expect(parseWallTime(text, order)).toEqual(want));

test.each<[string, 'minutes' | 'seconds' | 'hours' | 'hms', number | undefined]>([
  ['90', 'minutes', 1.5],
  ['5400', 'seconds', 1.5],
  ['1,5', 'hours', 1.5],
  ['01:30:00', 'hms', 1.5],
  ['27:15:36', 'hms', 27.26],
  ['', 'minutes', undefined],
  ['-5', 'minutes', undefined],
  ['soon', 'hms', undefined],
])('duration %s in %s', (text, unit, hours) => {
  const got = parseDuration(text, unit);
  if (hours === undefined) expect(got).toBeUndefined();
  else expect(got).toBeCloseTo(hours, 9);
});

test('ratings become Good or Bad the way CSAT counts them', () => {
  expect(
    [
      'Good',
      'bad',
      '5',
      '4',
      '3',
      '1',
      'Extremely happy',
      'Not happy',
      'Neutral',
      'Offered',
      'Unoffered',
      '',
    ].map(goodOrBad),
  ).toEqual(['Good', 'Bad', 'Good', 'Good', 'Bad', 'Bad', 'Good', 'Bad', 'Bad', '', '', '']);
  // Help Scout's three-point scale, as its "Great %" counts it: Okay is a rating, not Great.
  expect(['Great', 'Okay', 'Not Good'].map(goodOrBad)).toEqual(['Good', 'Bad', 'Bad']);
});

/** The import's view of a file's columns, from headers and rows of text. */
const recognise = (headers: string[], rows: string[][] = []) =>
  recogniseColumns(headers, columnStats([headers, ...rows]));

test('help desks are told apart by their headers, case-insensitively', () => {
  expect(recognise(['ID', 'CREATED AT', 'Via', 'Solved at']).desk).toBe('zendesk');
  expect(recognise(['Ticket ID', 'Created time', 'Agent interactions']).desk).toBe('freshdesk');
  expect(recognise(['Ticket ID', 'Create date', 'Ticket status']).desk).toBe('hubspot');
  expect(recognise(['Conversation ID', 'Conversation started at (UTC)']).desk).toBe('intercom');
  expect(recognise(['Issue key', 'Created', 'Resolved']).desk).toBe('jira');
  expect(recognise(['number', 'opened_at', 'incident_state']).desk).toBe('servicenow');
  expect(recognise(['Ticket ID', 'Ticket created - Timestamp']).desk).toBe('explore');
  expect(recognise(['Case', 'Opened']).desk).toBeNull();
  expect(recognise(['Issue key', 'Summary']).mapping.created).toBeUndefined();
  expect(
    recognise(
      ['Ticket #', 'Opened on', 'Closed on', 'First response time (seconds)'],
      [['A-1', '2026-03-01 10:00', '2026-03-02 10:00', '300']],
    ).mapping,
  ).toEqual({
    id: { column: 0 },
    created: { column: 1 },
    solved: { column: 2 },
    frt: { column: 3, unit: 'seconds' },
  });
});

const text = fc.string({
  unit: fc.constantFrom('a', '|', '\\', '\n', '\r', 'p', 'n', 'é', '"', ' '),
});
const row = fc.tuple(
  fc.string({ minLength: 1, unit: fc.constantFrom('1', '|', '\\', 'x', '\n') }),
  ...TICKET_COLUMNS.slice(1).map((c) =>
    c.kind === 'text'
      ? fc.oneof(fc.constant(''), text)
      : c.kind === 'datetime'
        ? fc.oneof(
            fc.constant(''),
            fc.integer({ min: 0, max: 4e9 }).map((s) => s / 86400 + 25569),
          )
        : c.kind === 'hours'
          ? fc.oneof(
              fc.constant(''),
              fc.integer({ min: 0, max: 1e8 }).map((s) => s / 3600),
            )
          : fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1000 })),
  ),
);

test('the wire format gives back exactly the rows it was given', () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
      expect(decodeRows(encodeRows(rows as TicketRow[]))).toEqual(rows);
    }),
    { numRuns: 300 },
  );
});

test('parts stay under the limit, in order, nothing lost', () => {
  const rows: TicketRow[] = Array.from({ length: 500 }, (_x, i) =>
    TICKET_COLUMNS.map((c) =>
      c.key === 'id' ? `id-${i}` : c.kind === 'text' ? 'ü'.repeat(i % 30) : i,
    ),
  );
  const parts = partsOf(rows, 10_000);
  expect(parts.length).toBeGreaterThan(3);
  expect(parts.flatMap((p) => p.rows)).toEqual(rows);
  for (const part of parts) {
    expect(part.text).toBe(encodeRows(part.rows));
    expect(Buffer.byteLength(JSON.stringify({ rows: part.text }))).toBeLessThan(
      10_000 - 4096 + 100,
    );
  }
});

test("a text's size inside JSON is counted as JSON.stringify and UTF-8 make it", () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(jsonBytes(s)).toBe(Buffer.byteLength(JSON.stringify(s)) - 2);
    }),
    { numRuns: 500 },
  );
  for (const s of ['a"b\\c', '\u0001\t', 'ü€😀', '\ud800x', 'x\udc00'])
    expect(jsonBytes(s)).toBe(Buffer.byteLength(JSON.stringify(s)) - 2);
});

describe("agents' names: never an e-mail address", () => {
  test.each([
    ['Ann Lee', 'Ann Lee'],
    ['Ann Lee <ann@example.com>', 'Ann Lee'],
    ['ann@example.com', ''],
    ['Ann Lee (ann.lee@example.co.uk)', 'Ann Lee'],
    ['Support@Duke (App Support)', 'Support@Duke (App Support)'],
    ['x'.repeat(300), 'x'.repeat(200)],
  ])('%s → %s', (cell, kept) => expect(nameOf(cell)).toBe(kept));

  // Searched whole, such a cell would take the expression hours (it did, once).
  test('a 10 MB cell of one word is never searched whole', () => {
    expect(isEmail(`${'a'.repeat(10_000_000)}@`)).toBe(false);
    expect(nameOf(`${'a'.repeat(10_000_000)}@b.c`)).toBe('a'.repeat(200));
  });
});
