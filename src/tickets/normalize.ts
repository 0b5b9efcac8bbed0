/**
 * Rows of an export to Tickets-tab rows: each field read the way its column says, date-times
 * turned into the spreadsheet's serial numbers in its own zone, durations into hours. A row
 * that cannot be read is rejected with its file row and reason; duplicate ids keep the last.
 */
import { ZoneClock } from '../metrics/zone';
import {
  COLUMN_INDEX,
  COLUMN_KEYS,
  goodOrBad,
  SERIAL_EPOCH,
  slaMet,
  surveyOffered,
  type TicketRow,
} from './columns';
import { ImportFileError } from './csv';
import { isBlank, isEmail } from './guess';
import { columnOrder, parseDuration, parseWallTime, type DateOrder, type WallTime } from './dates';
import {
  DEFINITION_NEEDS,
  definitionsOf,
  EXCLUSIONS,
  exclusionOf,
  oneTouch,
  rulesOf,
  tagsOf,
  type Definition,
  type Exclusion,
} from './desks';
import type { Field, Mapping } from './fields';
import type { HelpDesk } from './profiles';

export interface ImportOptions {
  /** The spreadsheet's time zone (IANA), where the Tickets tab's date-times are written. */
  sheetZone: string;
  /** The zone of times without an offset; the spreadsheet's when not given. */
  exportZone?: string;
  /** When a date column fits both orders (every day ≤ 12): day first, as most locales write it. */
  dayFirst: boolean;
  /**
   * Keep assignees' names (the Team tab's agents); false keeps groups only. Default true.
   * E-mail addresses are never kept, in either column.
   */
  keepAgentNames?: boolean;
  /** The help desk whose definitions apply (src/tickets/desks.ts); none keeps the report's. */
  desk?: HelpDesk | null;
  /** Keep the tickets the desk leaves out (deleted, spam, merged, unassigned). Default false. */
  keepExcluded?: boolean;
}

export type RejectReason =
  'noId' | 'longId' | 'badDate' | 'farDate' | 'noCreated' | 'beforeCreated';

/**
 * Date-times a help desk can have written: from 2000 (before any of today's help desks; the
 * report's years start there too) to the end of 2099 (the report's last year). A ticket
 * dated 1899 or 9999 is a typo or a placeholder, and is rejected with its row.
 */
export const PLAUSIBLE = { from: Date.UTC(2000, 0, 1), to: Date.UTC(2100, 0, 1) };
/** Longer ids are no help desk's: such a row is rejected, not sent. */
export const ID_LIMIT = 200;
export interface Rejected {
  /** The row in the file, 1-based, the header being row 1. */
  row: number;
  reason: RejectReason;
  field?: Field;
  value?: string;
}

export interface Normalized {
  rows: TicketRow[];
  rejected: Rejected[];
  /**
   * Rows whose id came again in the file (a ticket on several rows, or several updates of
   * it): each ticket is kept once, from its row last updated (else its last row).
   */
  duplicates: number;
  /** The date order used for numeric dates, when the file has any. */
  order?: DateOrder;
  /** Tickets left out as the desk leaves them out, by reason (kept, and still counted here,
   * when the import keeps them). */
  excluded: Record<Exclusion, number>;
  /** Whether the excluded tickets were kept. */
  keptExcluded: boolean;
  /** Tickets with a solved date whose status is no longer solved: not counted as solved. */
  unsolved: number;
  /** The desk's definitions applied, and those the file lacks a column for (the report's apply). */
  definitions: Definition[];
  fallbacks: Definition[];
}

const DATE_FIELDS: Field[] = ['created', 'first_reply_at', 'solved', 'updated'];

/**
 * An agent's or a group's name as the Tickets tab keeps it: at most 200 characters, and
 * never an e-mail address ("Ann Lee <ann@example.com>" keeps "Ann Lee", an address alone
 * keeps nothing).
 */
export function nameOf(cell: string): string {
  const text = cell.slice(0, 400);
  if (!isEmail(text)) return text.slice(0, 200);
  return text
    .replace(/<[^>]*>|\([^)]*@[^)]*\)|[^\s<>()]*@[^\s<>()]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** A cell's text as a rejection shows it: at most 80 characters. */
const clip = (text: string): string => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

const flag = (text: string): 0 | 1 | undefined => {
  const t = text.trim().toLowerCase();
  if (/^(true|yes|y|1|da|ja|是|да|kyllä)$/.test(t)) return 1;
  if (/^(false|no|n|0|ne|nein|否|нет|ei)$/.test(t)) return 0;
  return undefined;
};
const whole = (text: string): number | '' => {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : '';
};

/** A tag list as the Tickets tab keeps it: no e-mail addresses, at most 500 characters. */
function keptTags(tags: string[]): string {
  const text = tags.filter((x) => !isEmail(x)).join(' ');
  return text.length > 500 ? text.slice(0, 500).replace(/\s+\S*$/, '') : text;
}

/** A desk's placeholder for no value ("No Agent", "No Group", "No Product", "--"). */
const PLACEHOLDER = /^(no (agent|group|product|brand|priority)|--|-)$/i;
const named = (text: string) => (PLACEHOLDER.test(text) ? '' : text);

export function normalize(table: string[][], mapping: Mapping, o: ImportOptions): Normalized {
  if (!mapping.id) throw new ImportFileError('noId');
  if (!mapping.created) throw new ImportFileError('noCreated');
  const body = table.slice(1);
  const keepAgents = o.keepAgentNames !== false;
  const cell = (row: string[], field: Field): string => {
    const s = mapping[field];
    if (!s) return '';
    const text = String(row[s.column] ?? '').trim();
    return isBlank(text) ? '' : text;
  };
  // One date order for the whole file, from every date column together.
  const seen = function* (): Generator<string> {
    for (const f of DATE_FIELDS) if (mapping[f]) for (const row of body) yield cell(row, f);
  };
  const found = columnOrder(seen());
  const order: DateOrder = found === 'dmy' || found === 'mdy' ? found : o.dayFirst ? 'dmy' : 'mdy';
  const sheet = new ZoneClock(o.sheetZone);
  const exportZone = o.exportZone ?? o.sheetZone;
  const source = exportZone === o.sheetZone ? null : new ZoneClock(exportZone);
  /** The instant of a wall time and its serial in the spreadsheet's zone. */
  const place = (w: WallTime): { instant: number; serial: number } => {
    let instant: number;
    let local: number;
    if (w.offset !== undefined) {
      instant = w.local - w.offset * 60000;
      local = instant + sheet.offsetAt(instant);
    } else if (!source) {
      instant = sheet.instantOf(w.local);
      local = w.local;
    } else {
      instant = source.instantOf(w.local);
      local = instant + sheet.offsetAt(instant);
    }
    // Whole seconds: what the exports give, and what travels to the server losslessly.
    return { instant, serial: Math.round(local / 1000) / 86400 + SERIAL_EPOCH };
  };

  const byId = new Map<string, number>();
  const rows: TicketRow[] = [];
  const rejected: Rejected[] = [];
  let duplicates = 0;
  let datesRead = 0;
  const hasFlag = !!mapping.first_contact;
  const rules = rulesOf(o.desk);
  const wanted = definitionsOf(rules).filter((d) => !(d === 'oneTouch' && hasFlag));
  const usable = (d: Definition) => DEFINITION_NEEDS[d].every((f) => mapping[f]);
  const definitions = wanted.filter(usable);
  const fallbacks = wanted.filter((d) => !usable(d));
  const solvedStatuses = definitions.includes('stillSolved') ? rules.solvedStatuses : undefined;
  const byStatus = { ...rules, statuses: definitions.includes('byStatus') ? rules.statuses : [] };
  const owners = definitions.includes('unassigned');
  const why = new Map<string, Exclusion>();
  let unsolved = 0;
  body.forEach((raw, i) => {
    const fileRow = i + 2;
    const id = cell(raw, 'id');
    if (!id) return void rejected.push({ row: fileRow, reason: 'noId' });
    if (id.length > ID_LIMIT)
      return void rejected.push({ row: fileRow, reason: 'longId', field: 'id', value: clip(id) });
    const out: TicketRow = COLUMN_KEYS.map(() => '');
    out[COLUMN_INDEX.id] = id;
    const instants: Partial<Record<Field, number>> = {};
    for (const f of DATE_FIELDS) {
      const text = cell(raw, f);
      if (!text) continue;
      const w = parseWallTime(text, order);
      if (!w)
        return void rejected.push({ row: fileRow, reason: 'badDate', field: f, value: clip(text) });
      // Checked on the wall clock first (a day either side for the zone): a year like 9999 is
      // never placed in a zone, whose clock would learn every year up to it.
      if (!(w.local >= PLAUSIBLE.from - 86400000 && w.local < PLAUSIBLE.to + 86400000))
        return void rejected.push({ row: fileRow, reason: 'farDate', field: f, value: clip(text) });
      const { instant, serial } = place(w);
      if (!(instant >= PLAUSIBLE.from && instant < PLAUSIBLE.to))
        return void rejected.push({ row: fileRow, reason: 'farDate', field: f, value: clip(text) });
      instants[f] = instant;
      const key = f === 'first_reply_at' ? 'first_reply' : f;
      out[COLUMN_INDEX[key as 'created']] = serial;
    }
    if (instants.created === undefined)
      return void rejected.push({ row: fileRow, reason: 'noCreated' });
    datesRead++;
    for (const f of ['first_reply_at', 'solved'] as const) {
      const t = instants[f];
      if (t !== undefined && t < instants.created)
        return void rejected.push({
          row: fileRow,
          reason: 'beforeCreated',
          field: f,
          value: clip(cell(raw, f)),
        });
    }
    for (const f of ['status', 'channel', 'category'] as const)
      out[COLUMN_INDEX[f]] = cell(raw, f).slice(0, 200);
    for (const f of ['priority', 'brand', 'form'] as const)
      out[COLUMN_INDEX[f]] = named(nameOf(cell(raw, f)));
    out[COLUMN_INDEX.frt_sla] = slaMet(cell(raw, 'frt_sla'));
    out[COLUMN_INDEX.resolution_sla] = slaMet(cell(raw, 'resolution_sla'));
    const tags = tagsOf(cell(raw, 'tags'));
    out[COLUMN_INDEX.tags] = keptTags(tags);
    const group = named(nameOf(cell(raw, 'group')));
    const assignee = named(nameOf(cell(raw, 'assignee')));
    out[COLUMN_INDEX.group] = group;
    out[COLUMN_INDEX.assignee] = keepAgents ? assignee : '';
    const rating = cell(raw, 'rating');
    out[COLUMN_INDEX.rating] = goodOrBad(rating);
    // Offered: the desk's word, or a rating given (a rated ticket was surveyed).
    const offered = surveyOffered(rating);
    out[COLUMN_INDEX.survey_offered] = !rules.surveyWords
      ? ''
      : offered !== ''
        ? offered
        : out[COLUMN_INDEX.rating]
          ? 1
          : '';
    const reopens = whole(cell(raw, 'reopens'));
    const replies = whole(cell(raw, 'replies'));
    out[COLUMN_INDEX.reopens] = reopens;
    out[COLUMN_INDEX.replies] = replies;
    const fc = hasFlag ? flag(cell(raw, 'first_contact')) : oneTouch(rules, replies, reopens);
    out[COLUMN_INDEX.first_contact] = fc ?? '';
    // Solved as the desk counts it: only while the ticket is still solved (its latest solve).
    const status = cell(raw, 'status');
    const stillSolved = !(
      solvedStatuses &&
      instants.solved !== undefined &&
      status &&
      !solvedStatuses.test(status.trim())
    );
    // Durations in hours, from whole seconds (as they travel to the server).
    const hours = (f: Field): number | '' => {
      const s = mapping[f];
      const text = cell(raw, f);
      if (!s || !text) return '';
      const h = parseDuration(text, s.unit ?? 'minutes');
      return h === undefined ? '' : Math.round(h * 3600) / 3600;
    };
    const since = (t: number | undefined): number | '' =>
      t === undefined ? '' : Math.round((t - instants.created!) / 1000) / 3600;
    const frt = hours('frt');
    out[COLUMN_INDEX.frt_h] = frt !== '' ? frt : since(instants.first_reply_at);
    const resolution = hours('resolution');
    out[COLUMN_INDEX.resolution_h] = resolution !== '' ? resolution : since(instants.solved);
    out[COLUMN_INDEX.frt_business_h] = hours('frt_business');
    out[COLUMN_INDEX.resolution_business_h] = hours('resolution_business');
    if (!stillSolved) {
      unsolved++;
      out[COLUMN_INDEX.solved] = '';
      out[COLUMN_INDEX.resolution_h] = '';
      out[COLUMN_INDEX.resolution_business_h] = '';
    }
    const excluded = exclusionOf(byStatus, { status, tags, assignee, group, owners });
    if (excluded) why.set(id, excluded);
    else why.delete(id);
    const before = byId.get(id);
    if (before !== undefined) {
      duplicates++;
      // The row last updated is the ticket as it is now (an event log's latest update).
      const was = rows[before][COLUMN_INDEX.updated];
      const now = out[COLUMN_INDEX.updated];
      if (!(typeof was === 'number' && typeof now === 'number' && now < was)) rows[before] = out;
    } else {
      byId.set(id, rows.length);
      rows.push(out);
    }
  });
  if (datesRead === 0 && body.length > 0) {
    if (rejected.every((r) => r.reason === 'noId')) throw new ImportFileError('noId');
    throw new ImportFileError('noDates');
  }
  const counts = Object.fromEntries(EXCLUSIONS.map((e) => [e, 0])) as Record<Exclusion, number>;
  for (const e of why.values()) counts[e]++;
  const keep = o.keepExcluded === true;
  return {
    rows: keep ? rows : rows.filter((r) => !why.has(String(r[COLUMN_INDEX.id]))),
    rejected,
    duplicates,
    order: found === undefined ? undefined : order,
    excluded: counts,
    keptExcluded: keep,
    unsolved,
    definitions,
    fallbacks,
  };
}
