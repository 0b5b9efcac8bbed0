/**
 * The exports people actually have (DESIGN §6.1), as made-up files in their layouts: Zendesk
 * Explore (and a re-save of it), ServiceNow lists and event logs, Spanish Freshdesk and Jira,
 * ticket lists with headers in six languages, Windows-1252, summaries. Each goes through the
 * code the sidebar and the CLI run (prepare, rowsOf); a property holds that random layouts of
 * the same tickets give the same Tickets rows.
 */
import fc from 'fast-check';
import { wallClock } from '../../src/metrics/zone';
import {
  COLUMN_INDEX,
  feedsOf,
  ImportFileError,
  monthOfName,
  parseWallTime,
  prepare,
  rowsOf,
  SERIAL_EPOCH,
  type Prepared,
  type TicketRow,
} from '../../src/tickets';
import { makeTickets, type TruthTicket } from '../helpers/exports';
import {
  DATE_FORMATS,
  encodeText,
  exploreExport,
  exploreResaved,
  exploreSummaries,
  freshdeskSpanish,
  HEADERS,
  jiraSpanish,
  LIST_COLUMNS,
  listExport,
  serviceNowList,
  serviceNowLog,
  type Encoding,
  type HeaderLanguage,
  type ListColumn,
  type ListLayout,
} from '../helpers/layouts';

const ZONE = 'Europe/Berlin';

/** Tickets whose times are whole minutes (the layouts without seconds lose nothing). */
function minuteTickets(n: number, seed: number): TruthTicket[] {
  const floor = (t: number | undefined) => (t === undefined ? t : Math.floor(t / 60000) * 60000);
  return makeTickets(n, Date.UTC(2026, 0, 5), Date.UTC(2026, 5, 20), seed).map((t) => ({
    ...t,
    created: floor(t.created)!,
    firstReply: floor(t.firstReply),
    solved: floor(t.solved),
    updated: floor(t.updated)!,
  }));
}

const serialOf = (t: number) => wallClock(new Date(t), ZONE) / 86400000 + SERIAL_EPOCH;
const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) < 1e-7;

function read(text: string | Uint8Array, dayFirst = true): { p: Prepared; rows: TicketRow[] } {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const p = prepare(bytes);
  const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst });
  expect(n.rejected).toEqual([]);
  return { p, rows: n.rows };
}
const column = (p: Prepared, field: keyof Prepared['mapping']) =>
  p.mapping[field] === undefined ? undefined : p.headers[p.mapping[field]!.column];
const byId = (rows: TicketRow[]) =>
  [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

test('month names in the export languages, with their longest stem', () => {
  expect(
    ['jul', 'Juli', 'juil.', 'août', 'März', 'marraskuuta', 'mar', 'dic', 'gen', 'мая', 'out'].map(
      monthOfName,
    ),
  ).toEqual([7, 7, 7, 8, 3, 11, 3, 12, 1, 5, 10]);
  expect(monthOfName('Monday')).toBe(0);
  const utc = Date.UTC;
  expect(parseWallTime('18/jul/26 9:10 AM', 'dmy')).toEqual({ local: utc(2026, 6, 18, 9, 10) });
  expect(parseWallTime('9 Jun, 2026', 'dmy')).toEqual({ local: utc(2026, 5, 9) });
  expect(parseWallTime('Jun 9, 2026 10:05 PM', 'dmy')).toEqual({ local: utc(2026, 5, 9, 22, 5) });
  expect(parseWallTime('9. 6. 2026 14:30', 'mdy')).toEqual({ local: utc(2026, 5, 9, 14, 30) });
  expect(parseWallTime('09.06.2026', 'dmy')).toEqual({ local: utc(2026, 5, 9) });
  expect(parseWallTime('9 de junio de 2026', 'dmy')).toEqual({ local: utc(2026, 5, 9) });
  expect(parseWallTime('18/jul/26 9:10 p. m.', 'dmy')).toEqual({ local: utc(2026, 6, 18, 21, 10) });
  expect(parseWallTime('2026年6月9日 14:30', 'dmy')).toEqual({ local: utc(2026, 5, 9, 14, 30) });
  expect(parseWallTime('9 Monday 2026', 'dmy')).toBeUndefined();
});

describe('Zendesk Explore', () => {
  const tickets = minuteTickets(30, 21);

  test('a ticket-level report: recognised, a ticket on two rows is one, brackets and the Tickets metric are no fields', () => {
    const text = exploreExport(tickets, ZONE);
    const p = prepare(new TextEncoder().encode(text));
    const n = rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true });
    expect([p.desk, p.guessed]).toEqual(['explore', false]);
    expect(column(p, 'created')).toBe('Ticket created - Timestamp');
    expect(column(p, 'solved')).toBe('Ticket solved - Timestamp');
    expect(column(p, 'frt')).toBe('First reply time (min)');
    expect(p.mapping.frt!.unit).toBe('minutes');
    expect(column(p, 'resolution')).toBe('Full resolution time (hrs)');
    expect(p.mapping.resolution!.unit).toBe('hours');
    const mapped = Object.values(p.mapping).map((s) => p.headers[s.column]);
    for (const h of ['First reply time brackets', 'Full resolution time brackets', 'Tickets'])
      expect(mapped).not.toContain(h);
    expect(n.rows).toHaveLength(tickets.length);
    expect(n.duplicates).toBe(tickets.filter((_t, i) => i % 7 === 3).length);
    expect(n.rejected).toEqual([]);
    for (const [i, t] of tickets.entries()) {
      const row = n.rows[i];
      expect(row[COLUMN_INDEX.id]).toBe(t.id);
      expect(near(row[COLUMN_INDEX.created], serialOf(t.created))).toBe(true);
      if (t.firstReply !== undefined)
        expect(row[COLUMN_INDEX.frt_h]).toBeCloseTo((t.firstReply - t.created) / 3600000, 2);
    }
  });

  test('a re-saved report with created_at and no solved time: read, and no input counted from the missing column', () => {
    const { p, rows } = read(exploreResaved(tickets, ZONE));
    expect([p.desk, column(p, 'created'), p.mapping.solved]).toEqual([
      'explore',
      'created_at',
      undefined,
    ]);
    expect(rows).toHaveLength(tickets.length);
    const feeds = feedsOf(p.mapping);
    expect(feeds.fed).toEqual(['tickets_created']);
    expect(feeds.missing.find((m) => m.field === 'solved')!.inputs).toEqual([
      'tickets_resolved',
      'open_start',
      'resolution_hours',
      'tickets_first_contact',
      'csat_satisfied',
      'csat_responses',
    ]);
  });

  test('dashboard summaries are refused as summaries, with how to export a ticket list', () => {
    const { assignees, brackets } = exploreSummaries();
    for (const text of [assignees, brackets]) {
      let reason = '';
      try {
        prepare(new TextEncoder().encode(text));
      } catch (e) {
        reason = (e as ImportFileError).reason;
      }
      expect(reason).toBe('summaryExplore');
    }
    const weekly = 'Week,Tickets created,Tickets solved\n2026-W01,12,10\n2026-W02,15,14\n';
    expect(() => prepare(new TextEncoder().encode(weekly))).toThrow(
      expect.objectContaining({ reason: 'summary' }),
    );
  });
});

describe('ServiceNow', () => {
  const tickets = minuteTickets(30, 22);

  test('an incident list saved in Windows-1252: closed_by (people) is never the solved time, accents read right', () => {
    const bytes = encodeText(serviceNowList(tickets, ZONE), 'windows1252');
    const { p, rows } = read(bytes);
    expect(p.desk).toBe('servicenow');
    expect([column(p, 'id'), column(p, 'created'), column(p, 'updated')]).toEqual([
      'number',
      'opened_at',
      'sys_updated_on',
    ]);
    expect(p.mapping.solved).toBeUndefined();
    expect(Object.values(p.mapping).map((s) => p.headers[s.column])).not.toContain('closed_by');
    expect(rows).toHaveLength(tickets.length);
    expect(new Set(rows.map((r) => r[COLUMN_INDEX.category]))).toEqual(
      new Set(['Réseau', 'Matériel']),
    );
    for (const [i, t] of tickets.entries())
      if (t.solved !== undefined)
        expect(rows[i][COLUMN_INDEX.resolution_h]).toBeCloseTo((t.solved - t.created) / 3600000, 3);
  });

  test('an event log: one ticket per incident, as its latest update says, "?" is nothing', () => {
    const { p, rows } = read(serviceNowLog(tickets, ZONE));
    expect(p.desk).toBe('servicenow');
    expect(column(p, 'solved')).toBe('resolved_at');
    expect(column(p, 'updated')).toBe('sys_updated_at');
    expect(rows).toHaveLength(tickets.length);
    for (const [i, t] of tickets.entries()) {
      expect(rows[i][COLUMN_INDEX.status]).toBe(t.solved === undefined ? 'New' : 'Resolved');
      if (t.solved === undefined) expect(rows[i][COLUMN_INDEX.solved]).toBe('');
      else expect(near(rows[i][COLUMN_INDEX.solved], serialOf(t.solved))).toBe(true);
      expect(rows[i][COLUMN_INDEX.reopens]).toBe(t.reopens);
    }
  });
});

describe('other UI languages', () => {
  const tickets = minuteTickets(20, 23);

  test('Freshdesk in Spanish: the id, a "9 Jun, 2026" start date as created, the initial response time', () => {
    const { p, rows } = read(freshdeskSpanish(tickets, ZONE));
    expect([p.desk, p.guessed]).toEqual(['freshdesk', true]);
    expect([column(p, 'id'), column(p, 'created'), column(p, 'first_reply_at')]).toEqual([
      'ID del ticket',
      'Start Date',
      'Tiempo de respuesta inicial',
    ]);
    expect(column(p, 'replies')).toBe('Interacciones del agente');
    expect(rows).toHaveLength(tickets.length);
    for (const [i, t] of tickets.entries())
      expect(rows[i][COLUMN_INDEX.created]).toBe(Math.floor(serialOf(t.created)));
  });

  test('Jira SM in Spanish: "18/jul/26 9:10 AM" dates; last viewed and due dates never win', () => {
    const { p, rows } = read(jiraSpanish(tickets, ZONE));
    expect(p.desk).toBe('jira');
    expect(
      ['id', 'created', 'updated', 'solved', 'category', 'status', 'rating'].map((f) =>
        column(p, f as 'id'),
      ),
    ).toEqual([
      'Clave de incidencia',
      'Creada',
      'Actualizada',
      'Resuelta',
      'Tipo de Incidencia',
      'Estado',
      'Calificación de satisfacción',
    ]);
    for (const [i, t] of tickets.entries()) {
      expect(rows[i][COLUMN_INDEX.id]).toBe(`IHS-${t.id}`);
      expect(near(rows[i][COLUMN_INDEX.created], serialOf(t.created))).toBe(true);
    }
  });

  test.each<HeaderLanguage>(['es', 'pt', 'fr', 'de', 'it'])(
    'a ticket list with %s headers and month names gives the English list’s rows',
    (language) => {
      const all = [...LIST_COLUMNS];
      const english = read(
        listExport(tickets, ZONE, {
          language: 'en',
          format: 'iso',
          columns: all,
          delimiter: ',',
          encoding: 'utf8',
        }),
      ).rows;
      const { p, rows } = read(
        encodeText(
          listExport(tickets, ZONE, {
            language,
            format: 'named',
            columns: all,
            delimiter: ';',
            encoding: 'windows1252',
          }),
          'windows1252',
        ),
      );
      expect(column(p, 'solved')).toBe(HEADERS[language].solved);
      expect(rows).toEqual(english);
    },
  );
});

test('Jira SM: the request type customers chose wins over the issue type', () => {
  const { p } = read(
    'Issue key,Issue Type,Created,Custom field (Request Type)\nSUP-1,[System] Incident,25/Feb/26 10:17 PM,Get IT help\n',
  );
  expect(column(p, 'category')).toBe('Custom field (Request Type)');
});

test("a file with Zendesk's columns but no created time: Updated at is never taken for it", () => {
  const text =
    'Id,Subject,Updated at,Solved at,Via\n1,Hi,2026-03-02 10:00:00,2026-03-02 09:00:00,web\n';
  const p = prepare(new TextEncoder().encode(text));
  expect(p.mapping.created).toBeUndefined();
  expect(column(p, 'updated')).toBe('Updated at');
  expect(() => rowsOf(p, p.mapping, { sheetZone: ZONE, dayFirst: true })).toThrow(
    expect.objectContaining({ reason: 'noCreated' }),
  );
});

test('random layouts of the same tickets (column order, header language, date format, delimiter, encoding) give the same Tickets rows', () => {
  const tickets = minuteTickets(24, 24);
  const optional = LIST_COLUMNS.filter((c) => c !== 'id' && c !== 'created');
  fc.assert(
    fc.property(
      fc.constantFrom<HeaderLanguage>('en', 'es', 'pt', 'fr', 'de', 'it'),
      fc.constantFrom(...DATE_FORMATS),
      fc.constantFrom<ListLayout['delimiter']>(',', ';', '\t'),
      fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le', 'utf16leNoMark', 'windows1252'),
      fc.subarray(optional),
      fc.func(fc.integer()),
      (language, format, delimiter, encoding, extra, order) => {
        const chosen: ListColumn[] = ['id', 'created', ...extra];
        const shuffled = [...chosen].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
        const text = listExport(tickets, ZONE, {
          language,
          format,
          columns: shuffled,
          delimiter,
          encoding,
        });
        const got = read(encodeText(text, encoding), format !== 'mdySlash').rows;
        const want = read(
          listExport(tickets, ZONE, {
            language: 'en',
            format: 'iso',
            columns: chosen,
            delimiter: ',',
            encoding: 'utf8',
          }),
        ).rows;
        expect(byId(got)).toEqual(byId(want));
      },
    ),
    { numRuns: 80 },
  );
});

test('the plain English list is read to the truth: created, first reply, solved in the sheet zone', () => {
  const tickets = minuteTickets(24, 25);
  const { rows } = read(
    listExport(tickets, ZONE, {
      language: 'en',
      format: 'iso',
      columns: [...LIST_COLUMNS],
      delimiter: ',',
      encoding: 'utf8',
    }),
  );
  for (const [i, t] of tickets.entries()) {
    expect(near(rows[i][COLUMN_INDEX.created], serialOf(t.created))).toBe(true);
    expect(rows[i][COLUMN_INDEX.solved]).toBe(
      t.solved === undefined ? '' : rows[i][COLUMN_INDEX.solved],
    );
    if (t.solved !== undefined)
      expect(near(rows[i][COLUMN_INDEX.solved], serialOf(t.solved))).toBe(true);
    if (t.firstReply !== undefined)
      expect(near(rows[i][COLUMN_INDEX.first_reply], serialOf(t.firstReply))).toBe(true);
  }
});
