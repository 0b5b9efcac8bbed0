/**
 * Each desk's own definitions at import (src/tickets/desks.ts): which tickets it leaves out,
 * when a ticket counts as solved, one-touch, and whether a survey was offered. The files are
 * made up here, in each desk's header layout; no real export's rows.
 */
import {
  COLUMN_INDEX,
  prepare,
  rowsOf,
  type ImportOptions,
  type Normalized,
  type TicketRow,
} from '../../src/tickets';
import { deskLines } from '../../src/ui/feeds';
import { LANGUAGES, messages, type Language } from '../../src/i18n';

const ZONE = 'Europe/Ljubljana';
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n') + '\r\n');

function importOf(lines: string[], o: Partial<ImportOptions> = {}): Normalized {
  const p = prepare(bytes(lines));
  return rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: false, keepAgentNames: true, ...o });
}

const byId = (n: Normalized) =>
  new Map<string, TicketRow>(n.rows.map((r) => [String(r[COLUMN_INDEX.id]), r]));
const value = (r: TicketRow | undefined, key: keyof typeof COLUMN_INDEX) =>
  r === undefined ? undefined : r[COLUMN_INDEX[key]];

const ZENDESK_HEADER =
  'Id,Created at,Solved at,Updated at,Status,Via,Ticket type,Satisfaction Score,Assignee,Group,Priority,Tags,Brand,Ticket form,Reopens,Replies,First reply time in minutes,Full resolution time in minutes';
const zendesk = (
  id: string,
  status: string,
  o: { solved?: string; rating?: string; tags?: string; replies?: string; reopens?: string } = {},
) =>
  [
    id,
    '2026-03-02 09:00',
    o.solved ?? (/solved|closed/i.test(status) ? '2026-03-03 09:00' : ''),
    '2026-03-03 10:00',
    status,
    'Mail',
    'Question',
    o.rating ?? 'Unoffered',
    'Ana Novak',
    'Tier 1',
    'High',
    o.tags ?? 'billing',
    'Shop',
    'Default',
    o.reopens ?? '0',
    o.replies ?? '1',
    '30',
    o.solved === '' ? '' : '1440',
  ].join(',');

const ZENDESK_FILE = [
  ZENDESK_HEADER,
  zendesk('1', 'Solved', { replies: '0' }), // solved with no reply: one-touch at Zendesk
  zendesk('2', 'Solved', { replies: '1', reopens: '1' }), // a "thanks" reopen, solved again
  zendesk('3', 'Closed', { replies: '2' }),
  zendesk('4', 'Closed', { tags: 'billing closed_by_merge' }), // merged away
  zendesk('5', 'Open', { solved: '2026-03-03 09:00', replies: '3', reopens: '1' }), // reopened, still open
  zendesk('6', 'Deleted'),
  zendesk('7', 'Solved', { tags: 'spam' }),
  zendesk('8', 'Solved', { rating: 'Offered' }),
  zendesk('9', 'Solved', { rating: 'Good' }),
  zendesk('10', 'Pending', { solved: '', rating: 'Unoffered' }),
];

describe('Zendesk', () => {
  const n = importOf(ZENDESK_FILE);
  const rows = byId(n);

  test('deleted, spam and merged-away tickets are left out and counted by reason', () => {
    expect(n.excluded).toEqual({ deleted: 1, spam: 1, merged: 1, unassigned: 0 });
    expect(n.keptExcluded).toBe(false);
    expect([...rows.keys()]).toEqual(['1', '2', '3', '5', '8', '9', '10']);
  });

  test('one-touch is fewer than two agent replies, a reopen solved again included', () => {
    expect(['1', '2', '3', '5'].map((id) => value(rows.get(id), 'first_contact'))).toEqual([
      1, 1, 0, 0,
    ]);
    expect(n.definitions).toEqual(['oneTouch', 'stillSolved', 'byStatus', 'byTag']);
    expect(n.fallbacks).toEqual([]);
  });

  test('a ticket reopened and still open is not solved (Zendesk counts the latest solve only)', () => {
    const open = rows.get('5');
    expect([value(open, 'solved'), value(open, 'resolution_h')]).toEqual(['', '']);
    expect(value(rows.get('3'), 'solved')).not.toBe('');
    expect(n.unsolved).toBe(1);
  });

  test('the survey: Offered and a rating are offered, Unoffered is not, and CSAT reads only ratings', () => {
    expect(['8', '9', '10', '1'].map((id) => value(rows.get(id), 'survey_offered'))).toEqual([
      1, 1, 0, 0,
    ]);
    expect(['8', '9', '10'].map((id) => value(rows.get(id), 'rating'))).toEqual(['', 'Good', '']);
  });

  test('priority, tags, brand and form are kept for the breakdowns', () => {
    const merged = importOf(ZENDESK_FILE, { keepExcluded: true });
    const r = byId(merged).get('4');
    expect([value(r, 'priority'), value(r, 'tags'), value(r, 'brand'), value(r, 'form')]).toEqual([
      'High',
      'billing closed_by_merge',
      'Shop',
      'Default',
    ]);
  });

  test('kept on request: the same tickets, still counted by reason', () => {
    const kept = importOf(ZENDESK_FILE, { keepExcluded: true });
    expect(kept.rows).toHaveLength(10);
    expect(kept.keptExcluded).toBe(true);
    expect(kept.excluded).toEqual(n.excluded);
  });

  test("without a Tags or Replies column, the report's definitions stand and the import says so", () => {
    const drop = (header: string) => {
      const at = ZENDESK_HEADER.split(',').indexOf(header);
      return ZENDESK_FILE.map((l) =>
        l
          .split(',')
          .filter((_x, i) => i !== at)
          .join(','),
      );
    };
    const noTags = importOf(drop('Tags'));
    expect(noTags.fallbacks).toEqual(['byTag']);
    expect(noTags.excluded).toEqual({ deleted: 1, spam: 0, merged: 0, unassigned: 0 });
    const noReplies = importOf(drop('Replies'));
    expect(noReplies.fallbacks).toEqual(['oneTouch']);
    expect(byId(noReplies).get('1')?.[COLUMN_INDEX.first_contact]).toBe('');
  });
});

const FRESHDESK_HEADER =
  'Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Resolved time,Last update time,Initial response time,Agent interactions,Tags,Product,Survey results';
const freshdesk = (id: string, status: string, agent: string, group: string, replies = '1') =>
  [
    id,
    'Made-up subject',
    status,
    'Medium',
    'Email',
    'Question',
    agent,
    group,
    '2026-03-02 09:00:00',
    /resolved|closed/i.test(status) ? '2026-03-03 09:00:00' : '',
    '2026-03-03 10:00:00',
    '2026-03-02 09:30:00',
    replies,
    '',
    'No Product',
    '',
  ].join(',');

describe('Freshdesk', () => {
  const file = [
    FRESHDESK_HEADER,
    freshdesk('1', 'Resolved', 'Ana Novak', 'Tier 1'),
    freshdesk('2', 'Resolved', 'No Agent', 'No Group'), // neither agent nor group
    freshdesk('3', 'Closed', '', 'Billing'),
    freshdesk('4', 'Spam', 'Ana Novak', 'Tier 1'),
    freshdesk('5', 'Resolved', 'Ana Novak', '', '0'),
  ];

  test('spam and tickets with neither agent nor group are left out; placeholders are blanks', () => {
    const n = importOf(file);
    expect(n.excluded).toEqual({ deleted: 0, spam: 1, merged: 0, unassigned: 1 });
    const rows = byId(n);
    expect([...rows.keys()]).toEqual(['1', '3', '5']);
    expect(value(rows.get('3'), 'assignee')).toBe('');
    expect(value(rows.get('1'), 'brand')).toBe('');
    expect(n.definitions).toEqual(['byStatus', 'unassigned']);
  });

  test("one-touch keeps the report's rule (Freshdesk's own is not published)", () => {
    const rows = byId(importOf(file));
    expect(value(rows.get('1'), 'first_contact')).toBe(1);
    expect(value(rows.get('5'), 'first_contact')).toBe(0);
  });
});

test("a plain ticket list keeps the report's definitions and leaves nothing out", () => {
  const n = importOf([
    'Ticket,Opened,Closed,Status,Agent replies,Reopens,Tags',
    'A-1,2026-03-01 10:00,2026-03-02 10:00,Deleted,0,0,spam',
    'A-2,2026-03-01 10:00,2026-03-02 10:00,Solved,1,1,closed_by_merge',
    'A-3,2026-03-01 10:00,2026-03-02 10:00,Open,1,0,',
  ]);
  expect(n.rows).toHaveLength(3);
  expect(n.excluded).toEqual({ deleted: 0, spam: 0, merged: 0, unassigned: 0 });
  expect(n.definitions).toEqual([]);
  const rows = byId(n);
  expect(['A-1', 'A-2', 'A-3'].map((id) => value(rows.get(id), 'first_contact'))).toEqual([
    0, 0, 1,
  ]);
  expect(value(rows.get('A-3'), 'solved')).not.toBe('');
});

describe('the import summary says what was left out and which definitions apply', () => {
  const lines = (n: Normalized, language: Language = 'en') =>
    deskLines(messages(language).import, n, 'zendesk');

  test('each kind left out with its count and reason, and the definitions applied', () => {
    const got = lines(importOf(ZENDESK_FILE));
    expect(got).toEqual(
      expect.arrayContaining([
        'Deleted tickets left out: 1 (status Deleted), as Zendesk leaves them out.',
        expect.stringMatching(/^Merged-away tickets left out: 1 \(tag closed_by_merge\)/),
        expect.stringMatching(/^Tickets reopened and not solved since: 1\./),
        expect.stringMatching(/^One-touch as Zendesk counts it/),
      ]),
    );
    expect(got.some((l) => l.startsWith('No '))).toBe(false);
    const kept = lines(importOf(ZENDESK_FILE, { keepExcluded: true }));
    expect(kept).toContainEqual(expect.stringMatching(/kept, as you chose: 3\./));
    expect(kept.some((l) => /left out: /.test(l))).toBe(false);
  });

  test('a missing column is named as the desk names it, in every language', () => {
    const at = ZENDESK_HEADER.split(',').indexOf('Tags');
    const noTags = importOf(
      ZENDESK_FILE.map((l) =>
        l
          .split(',')
          .filter((_x, i) => i !== at)
          .join(','),
      ),
    );
    expect(lines(noTags)).toContain(
      'No “Tags” column: merged tickets (tag closed_by_merge) cannot be told apart and are counted.',
    );
    for (const language of LANGUAGES)
      for (const line of lines(noTags, language)) {
        expect([language, line]).toEqual([language, expect.not.stringMatching(/[{}]/)]);
      }
  });

  test('a plain ticket list has no such lines', () => {
    const n = importOf(['Ticket,Opened,Closed', 'A-1,2026-03-01 10:00,2026-03-02 10:00']);
    expect(deskLines(messages('en').import, n, null)).toEqual([]);
  });
});
