/**
 * Rows as they travel from the sidebar to the server: one string per part, a line per
 * ticket, fields separated by `|` (text escaped with a backslash), date-times as whole
 * seconds of the spreadsheet's wall clock and durations as whole seconds. About 75 bytes a
 * ticket instead of about 190 as JSON arrays, so 100 000 tickets take four server calls.
 * Lossless for rows from normalize(), which rounds to whole seconds.
 */
import { SERIAL_EPOCH, TICKET_COLUMNS, type TicketRow } from './columns';

/** Largest server call the import makes (google.script.run's payload), in bytes of JSON. */
export const PART_BYTES = 2_000_000;

const KINDS = TICKET_COLUMNS.map((c) => c.kind);

const escape = (s: string): string =>
  s.replace(/[\\|\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '|' ? '\\p' : c === '\n' ? '\\n' : '\\r',
  );
const unescape = (s: string): string =>
  s.replace(/\\(.)/g, (_m, c: string) =>
    c === 'p' ? '|' : c === 'n' ? '\n' : c === 'r' ? '\r' : c,
  );

/** One ticket's line. */
export function encodeRow(row: TicketRow): string {
  return row
    .map((v, i) => {
      if (v === '') return '';
      switch (KINDS[i]) {
        case 'id':
        case 'text':
          return escape(String(v));
        case 'datetime':
          return String(Math.round(((v as number) - SERIAL_EPOCH) * 86400));
        case 'hours':
          return String(Math.round((v as number) * 3600));
        default:
          return String(v);
      }
    })
    .join('|');
}

export function encodeRows(rows: TicketRow[]): string {
  return rows.map(encodeRow).join('\n');
}

/**
 * Bytes a text takes inside a JSON string, as google.script.run sends it: UTF-8, with
 * quotes, backslashes and control characters escaped (a lone surrogate as \uXXXX).
 */
export function jsonBytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) n += 2;
    else if (c < 32) n += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** The rows of a part, or null when the text is not what encodeRows writes. */
export function decodeRows(text: string): TicketRow[] | null {
  if (typeof text !== 'string') return null;
  if (text === '') return [];
  const rows: TicketRow[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split('|');
    if (fields.length !== KINDS.length) return null;
    const row: TicketRow = [];
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const kind = KINDS[i];
      if (f === '') row.push('');
      else if (kind === 'id' || kind === 'text') row.push(unescape(f));
      else {
        if (!/^-?\d{1,15}$/.test(f)) return null;
        const n = Number(f);
        row.push(kind === 'datetime' ? n / 86400 + SERIAL_EPOCH : kind === 'hours' ? n / 3600 : n);
      }
    }
    if (row[0] === '') return null;
    rows.push(row);
  }
  return rows;
}
