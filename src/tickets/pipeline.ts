/**
 * The import as the sidebar runs it (and the demo, in Node): a file's bytes to a table and
 * its recognised columns, then to Tickets-tab rows, then to parts small enough for one
 * server call each.
 */
import { COLUMN_INDEX, SHEET_CELL_LIMIT, TICKET_COLUMNS, type TicketRow } from './columns';
import { PART_BYTES, PartEncoder } from './wire';
import { decode, ImportFileError, parseCsv } from './csv';
import { normalize, type ImportOptions, type Normalized } from './normalize';
import { columnStats, isBlank } from './guess';
import {
  headerSignature,
  recogniseColumns,
  zoneInHeaders,
  type HelpDesk,
  type Mapping,
} from './profiles';
import { summaryOf } from './summary';

export interface Prepared {
  headers: string[];
  table: string[][];
  /** The help desk the headers name, or null. */
  desk: HelpDesk | null;
  /** Whether the id or created column was guessed: the sidebar then shows the mapping step. */
  guessed: boolean;
  mapping: Mapping;
  /** A value of each column (its first that is not blank), shown beside the mapping's choices. */
  samples: string[];
  /** The zone the headers name (Intercom), if any. */
  zone?: string;
  signature: string;
}

export function prepare(bytes: Uint8Array, cellLimit = SHEET_CELL_LIMIT): Prepared {
  const table = parseCsv(decode(bytes));
  const headers = table[0].map((h) => String(h ?? '').trim());
  if ((table.length - 1) * TICKET_COLUMNS.length > cellLimit)
    throw new ImportFileError('tooLarge', String(table.length - 1));
  const stats = columnStats(table);
  const { desk, mapping, guessed } = recogniseColumns(headers, stats);
  if (!mapping.id || !mapping.created) {
    const summary = summaryOf(headers, stats);
    if (summary) throw new ImportFileError(summary === 'explore' ? 'summaryExplore' : 'summary');
  }
  return {
    headers,
    table,
    desk,
    guessed,
    mapping,
    samples: headers.map((_h, c) => sampleOf(table, c)),
    zone: zoneInHeaders(headers),
    signature: headerSignature(headers),
  };
}

/** The first value of a column that is not blank (among the first thousand rows), or ''. */
function sampleOf(table: string[][], column: number): string {
  const end = Math.min(table.length, 1001);
  for (let r = 1; r < end; r++) {
    const text = String(table[r][column] ?? '').trim();
    if (!isBlank(text)) return text.slice(0, 60);
  }
  return '';
}

export function rowsOf(p: Prepared, mapping: Mapping, o: ImportOptions): Normalized {
  return normalize(p.table, mapping, {
    ...o,
    exportZone: o.exportZone ?? p.zone,
    desk: o.desk === undefined ? p.desk : o.desk,
  });
}

/** Whether any ticket carries a business-hours time (the option is offered only then). */
export function hasBusinessHours(rows: TicketRow[]): boolean {
  const { frt_business_h: a, resolution_business_h: b } = COLUMN_INDEX;
  return rows.some((r) => r[a] !== '' || r[b] !== '');
}

/** A server call's rows, and the same rows as they travel (src/tickets/wire.ts). */
export interface Part {
  rows: TicketRow[];
  text: string;
}

/**
 * Rows in parts whose request (the encoded rows inside JSON) stays under `limit` bytes, with
 * room for the rest of the request. Each row is encoded here, once (twice for a row that opens
 * a new part).
 */
export function partsOf(rows: TicketRow[], limit = PART_BYTES): Part[] {
  const budget = limit - 4096;
  const parts: Part[] = [];
  let part: TicketRow[] = [];
  let encoder = new PartEncoder();
  let size = 2;
  const close = () => parts.push({ rows: part, text: encoder.text() });
  for (const row of rows) {
    let bytes = encoder.add(row);
    if (part.length && size + bytes > budget) {
      // Too large with this ticket: the part closes without it, and it opens the next.
      encoder.drop();
      close();
      part = [];
      encoder = new PartEncoder();
      size = 2;
      bytes = encoder.add(row);
    }
    part.push(row);
    size += bytes;
  }
  if (part.length || !parts.length) close();
  return parts;
}

/** One server call of an import. */
export interface PartRequest {
  batch: string;
  part: number;
  parts: number;
  offset: number;
  /** Every row of the import (the first part sizes the staging sheet with it). */
  total: number;
  /** This part's rows, encoded (src/tickets/wire.ts). */
  rows: string;
  stage?: number;
}
export interface PartReply {
  done: boolean;
  stage?: number;
}

/**
 * Sends the parts in order, each naming the staging sheet the first returned; reports the
 * rows sent after each part and stops (before the next part) when `cancelled()` says so,
 * which leaves the Tickets tab untouched: only the last part writes it.
 */
export async function sendParts<R extends PartReply>(
  parts: Part[],
  send: (request: PartRequest) => R | Promise<R>,
  onProgress: (done: number) => void = () => undefined,
  cancelled: () => boolean = () => false,
): Promise<R | null> {
  const batch = `b${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  let offset = 0;
  let stage: number | undefined;
  let reply: R | null = null;
  const total = parts.reduce((n, p) => n + p.rows.length, 0);
  for (let part = 0; part < parts.length; part++) {
    if (cancelled()) return null;
    const { rows, text } = parts[part];
    reply = await send({ batch, part, parts: parts.length, offset, total, rows: text, stage });
    stage = reply.stage ?? stage;
    offset += rows.length;
    onProgress(offset);
  }
  return reply;
}
