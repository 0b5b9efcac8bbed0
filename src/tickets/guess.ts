/**
 * Which column holds what, by what the columns hold first and by their headers second
 * (DESIGN §6.1): the id is a column of keys (no spaces, nearly all different), the date
 * fields are columns of date-times (a column of names or free text never is), durations are
 * numbers or `HH:MM:SS`, counts whole numbers; header words in eleven languages
 * (src/tickets/words.ts) choose among the columns that fit. Created is never after the other
 * date-times of a row; with no header that names it, it is the column that is earliest.
 */
import { parseWallTime } from './dates';
import { DURATION_FIELDS, type DurationUnit, type Field, type Mapping } from './fields';
import {
  BUSINESS_WORDS,
  hasPhrase,
  headerHas,
  namesExactly,
  headerScore,
  NEVER_WORDS,
  NOT_AGENT_WORDS,
  plainHeader,
  UNIT_WORDS,
} from './words';

/** Cells that say "nothing here" in exports: ServiceNow's "?", "-", "N/A", "null" … */
const PLACEHOLDER = /^(?:-+|—|\?|n\/a|null|none|\(none\)|\(empty\)|nan|#n\/a)$/i;
export const isBlank = (text: string): boolean => text === '' || PLACEHOLDER.test(text);

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const WHOLE = /^\d+$/;
/** An e-mail address anywhere in a cell ("Ann <ann@x.com>" too). */
export const EMAIL = /[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+/;
/**
 * Whether a cell holds an e-mail address: only short cells are searched (a 10 MB cell of
 * one word would cost the regular expression quadratic time), and only around an @.
 */
export const isEmail = (text: string): boolean =>
  text.length <= 400 && text.includes('@') && EMAIL.test(text);
const HMS = /^\d+:[0-5]\d(?::[0-5]\d)?$/;
const FLAG =
  /^(true|false|yes|no|y|n|1|0|si|sí|sim|oui|non|ja|nein|da|ne|нет|да|kylla|kyllä|ei|是|否)$/i;

/** What one column holds, from a sample of its cells. */
export interface ColumnStats {
  /** Share of rows with something in the cell. */
  filled: number;
  /** Shares of the filled cells that read as … */
  dates: number;
  numbers: number;
  whole: number;
  hms: number;
  flags: number;
  /** … that hold a space or an @ (names, sentences, addresses: never keys). */
  spaced: number;
  /** … that are an e-mail address. */
  emails: number;
  /** … that hold a digit (ticket keys nearly always do). */
  digits: number;
  /** Different values among the filled cells, as a share of them. */
  distinct: number;
  /** … that are at most 64 characters long (keys, labels, dates: not free text). */
  short: number;
  /** A cell's date-time in each sampled row (ms of wall clock; NaN when none). */
  times: Float64Array;
}

/** At most this many rows are read to tell what a column holds. */
const SAMPLE = 2000;

/** Rows of the table (not the header) to look at: all of a small file, spread over a large one. */
function sampleRows(table: string[][]): string[][] {
  const n = table.length - 1;
  if (n <= SAMPLE) return table.slice(1);
  const out: string[][] = [];
  for (let i = 0; i < SAMPLE; i++) out.push(table[1 + Math.floor((i * n) / SAMPLE)]);
  return out;
}

const dateOf = (text: string): number => {
  const w = parseWallTime(text, 'dmy') ?? parseWallTime(text, 'mdy');
  return w ? w.local - (w.offset ?? 0) * 60000 : NaN;
};

export function columnStats(table: string[][]): ColumnStats[] {
  const rows = sampleRows(table);
  const width = table[0].length;
  const out: ColumnStats[] = [];
  for (let c = 0; c < width; c++) {
    let filled = 0;
    let dates = 0;
    let numbers = 0;
    let whole = 0;
    let hms = 0;
    let flags = 0;
    let spaced = 0;
    let digits = 0;
    let short = 0;
    let emails = 0;
    const seen = new Set<string>();
    const times = new Float64Array(rows.length).fill(NaN);
    rows.forEach((row, r) => {
      const text = String(row[c] ?? '').trim();
      if (isBlank(text)) return;
      filled++;
      if (text.length <= 64) short++;
      if (seen.size < SAMPLE) seen.add(text);
      if (/[\s@]/.test(text)) spaced++;
      if (/\d/.test(text)) digits++;
      if (isEmail(text)) emails++;
      if (NUMBER.test(text)) numbers++;
      if (WHOLE.test(text)) whole++;
      if (HMS.test(text)) hms++;
      if (FLAG.test(text)) flags++;
      // A plain number is never read as a date (ids, counts and durations are numbers).
      if (!NUMBER.test(text) && text.length <= 40) {
        const t = dateOf(text);
        if (!Number.isNaN(t)) {
          dates++;
          times[r] = t;
        }
      }
    });
    const of = (n: number) => (filled ? n / filled : 0);
    out.push({
      filled: rows.length ? filled / rows.length : 0,
      dates: of(dates),
      numbers: of(numbers),
      whole: of(whole),
      hms: of(hms),
      flags: of(flags),
      spaced: of(spaced),
      emails: of(emails),
      digits: of(digits),
      distinct: of(seen.size),
      short: of(short),
      times,
    });
  }
  return out;
}

type Kind = 'id' | 'date' | 'duration' | 'count' | 'flag' | 'text' | 'rating' | 'name';
const KIND: Record<Field, Kind> = {
  id: 'id',
  created: 'date',
  first_reply_at: 'date',
  solved: 'date',
  updated: 'date',
  status: 'text',
  channel: 'text',
  category: 'text',
  rating: 'rating',
  reopens: 'count',
  replies: 'count',
  first_contact: 'flag',
  frt: 'duration',
  frt_business: 'duration',
  resolution: 'duration',
  resolution_business: 'duration',
  assignee: 'name',
  group: 'name',
  priority: 'text',
  tags: 'text',
  brand: 'name',
  form: 'name',
  frt_sla: 'text',
  resolution_sla: 'text',
};

/** Whether what a column holds can be the field's (an empty column fits anything). */
export function fits(field: Field, s: ColumnStats, header: string): boolean {
  const kind = KIND[field];
  if ((kind === 'date' || kind === 'id') && headerHas(header, NEVER_WORDS)) return false;
  if (s.filled === 0) return kind !== 'id';
  switch (kind) {
    case 'id':
      return s.dates < 0.5 && s.spaced <= 0.5 && s.short >= 0.9;
    case 'date':
      // Most cells: a few bad dates are rejected row by row, not a reason to lose the column.
      return s.dates >= 0.5;
    case 'duration':
      return s.dates < 0.5 && s.numbers + s.hms >= 0.9 && !headerHas(header, NEVER_WORDS);
    case 'count':
      return s.whole >= 0.9;
    case 'flag':
      return s.flags >= 0.9;
    case 'text':
    case 'rating':
      return s.dates < 0.5 && s.short >= 0.9;
    case 'name':
      // Agents and groups by name: never a column of ids, addresses or the customer's side.
      return (
        s.dates < 0.5 &&
        s.short >= 0.9 &&
        s.numbers < 0.5 &&
        s.emails < 0.1 &&
        !headerHas(header, NOT_AGENT_WORDS)
      );
  }
}

/** A unit for a duration column: `HH:MM:SS` by its values, else seconds or hours by its header, else minutes. */
export function unitFromHeader(header: string, s?: ColumnStats): DurationUnit {
  if (s && s.filled > 0 && s.hms >= 0.9) return 'hms';
  const h = plainHeader(header);
  for (const { unit, words } of UNIT_WORDS) if (words.some((w) => hasPhrase(h, w))) return unit;
  return 'minutes';
}

/** Fields in the order they choose columns: each column serves one field. */
const ORDER: Field[] = [
  'id',
  'created',
  'first_reply_at',
  'solved',
  'updated',
  'frt_business',
  'resolution_business',
  'frt',
  'resolution',
  'first_contact',
  'reopens',
  'replies',
  'rating',
  // Before the status: "Resolution status" is the desk's SLA status, not the ticket's.
  'frt_sla',
  'resolution_sla',
  'status',
  'channel',
  'category',
  'assignee',
  'group',
  'priority',
  'tags',
  'brand',
  'form',
];

/**
 * The mapping of a file: the fields `preset` gives (a recognised help desk's own headers)
 * where their columns hold what the field needs, the rest chosen by content and header words.
 */
export function guessColumns(
  headers: string[],
  stats: ColumnStats[],
  preset: Mapping = {},
): Mapping {
  const mapping: Mapping = {};
  const used = new Set<number>();
  for (const field of ORDER) {
    const p = preset[field];
    if (p && !used.has(p.column) && fits(field, stats[p.column], headers[p.column])) {
      mapping[field] = p;
      used.add(p.column);
    }
  }
  for (const field of ORDER) {
    if (mapping[field]) continue;
    const business = field === 'frt_business' || field === 'resolution_business';
    let best = -1;
    let bestScore = 0;
    headers.forEach((header, column) => {
      if (used.has(column)) return;
      // An empty column is chosen only by a header that names the field exactly.
      if (stats[column].filled === 0 && (field === 'id' || !namesExactly(field, header))) return;
      if (!fits(field, stats[column], header)) return;
      if (DURATION_FIELDS.includes(field) && headerHas(header, BUSINESS_WORDS) !== business) return;
      const score = headerScore(field, header);
      if (score !== undefined && score > bestScore) [best, bestScore] = [column, score];
    });
    if (best < 0 && field === 'id') best = keyColumn(headers, stats, used);
    if (best < 0 && field === 'created') best = earliestColumn(headers, stats, used);
    // A column named exactly "Created at" whose cells are no dates: its rows are rejected
    // one by one with their reason ("… is not a date"), which says more than "no column".
    if (best < 0 && field === 'created')
      best = headers.findIndex(
        (h, c) => !used.has(c) && namesExactly('created', h) && !headerHas(h, NEVER_WORDS),
      );
    if (best < 0) continue;
    used.add(best);
    mapping[field] = DURATION_FIELDS.includes(field)
      ? { column: best, unit: unitFromHeader(headers[best], stats[best]) }
      : { column: best };
  }
  return mapping;
}

/**
 * With no header that names the id: the leftmost column of keys (a digit in nearly every one,
 * no spaces, nearly all different).
 */
function keyColumn(headers: string[], stats: ColumnStats[], used: Set<number>): number {
  return headers.findIndex(
    (h, c) =>
      !used.has(c) &&
      stats[c].filled >= 0.9 &&
      stats[c].distinct >= 0.95 &&
      stats[c].digits >= 0.9 &&
      stats[c].spaced <= 0.05 &&
      fits('id', stats[c], h),
  );
}

/**
 * With no header that names the created time: the column of date-times in nearly every row
 * that is most often the earliest of its row.
 */
function earliestColumn(headers: string[], stats: ColumnStats[], used: Set<number>): number {
  const candidates = headers
    .map((_h, c) => c)
    .filter(
      (c) =>
        !used.has(c) &&
        stats[c].filled >= 0.9 &&
        stats[c].dates >= 0.9 &&
        fits('created', stats[c], headers[c]),
    );
  if (!candidates.length) return -1;
  const rows = stats[candidates[0]].times.length;
  const wins = new Map(candidates.map((c) => [c, 0]));
  for (let r = 0; r < rows; r++) {
    let first = -1;
    for (const c of candidates) {
      const t = stats[c].times[r];
      if (!Number.isNaN(t) && (first < 0 || t < stats[first].times[r])) first = c;
    }
    if (first >= 0) wins.set(first, wins.get(first)! + 1);
  }
  return candidates.reduce((a, b) => (wins.get(b)! > wins.get(a)! ? b : a));
}
