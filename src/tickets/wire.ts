/**
 * Rows as they travel from the sidebar to the server: one string per part, a line per
 * ticket, fields separated by `|` (text escaped with a backslash), date-times as whole
 * seconds of the spreadsheet's wall clock, durations as whole seconds, and text fields as
 * their number in the part's list of text values (its first line). Lossless for rows from
 * normalize(), which rounds to whole seconds.
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

/**
 * A part's text, written a ticket at a time: the first line lists the part's distinct text
 * values (status, channel, category, rating: a few words repeated on every ticket), and each
 * ticket's line gives its text fields as their number in that list.
 */
export class PartEncoder {
  private readonly dict = new Map<string, number>();
  private readonly entries: string[] = [];
  private readonly lines: string[] = [];
  /** The text values the last ticket added to the list (drop() takes them out again). */
  private added: string[] = [];

  /** Adds a ticket; returns the bytes (inside JSON) the part grows by, with the newline. */
  add(row: TicketRow): number {
    let grown = 0;
    this.added = [];
    const fields = row.map((v, i) => {
      if (v === '') return '';
      switch (KINDS[i]) {
        case 'id':
          return escape(String(v));
        case 'text': {
          const text = String(v);
          let n = this.dict.get(text);
          if (n === undefined) {
            n = this.entries.length;
            this.dict.set(text, n);
            this.added.push(text);
            const entry = escape(text);
            this.entries.push(entry);
            grown += jsonBytes(entry) + 1;
          }
          return String(n);
        }
        case 'datetime':
          return String(Math.round(((v as number) - SERIAL_EPOCH) * 86400));
        case 'hours':
          return String(Math.round((v as number) * 3600));
        default:
          return String(v);
      }
    });
    const line = fields.join('|');
    this.lines.push(line);
    return grown + jsonBytes(line) + 2; // and the escaped \n before it
  }

  /** Takes the last ticket out again (it did not fit in the part). */
  drop(): void {
    this.lines.pop();
    for (const text of this.added) {
      this.dict.delete(text);
      this.entries.pop();
    }
    this.added = [];
  }

  text(): string {
    return this.lines.length ? `${this.entries.join('|')}\n${this.lines.join('\n')}` : '';
  }
}

export function encodeRows(rows: TicketRow[]): string {
  const encoder = new PartEncoder();
  for (const row of rows) encoder.add(row);
  return encoder.text();
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
  const lines = text.split('\n');
  if (lines.length < 2) return null;
  const entries = lines[0] === '' ? [] : lines[0].split('|').map(unescape);
  const rows: TicketRow[] = [];
  for (let l = 1; l < lines.length; l++) {
    const fields = lines[l].split('|');
    if (fields.length !== KINDS.length) return null;
    const row: TicketRow = [];
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const kind = KINDS[i];
      if (f === '') row.push('');
      else if (kind === 'id') row.push(unescape(f));
      else if (kind === 'text') {
        if (!/^\d{1,7}$/.test(f) || Number(f) >= entries.length) return null;
        row.push(entries[Number(f)]);
      } else {
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
