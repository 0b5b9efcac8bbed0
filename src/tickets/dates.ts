/**
 * Dates and durations as help desks export them. A column's date order (day first or month
 * first) is decided once from the whole column, never guessed per row.
 */
import type { DurationUnit } from './profiles';

/** A wall-clock time as UTC milliseconds, with the offset when the text gives one. */
export interface WallTime {
  local: number;
  /** Minutes east of UTC (ISO "Z", "+02:00"); absent when the time is the export zone's. */
  offset?: number;
}

export type DateOrder = 'dmy' | 'mdy';

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
/** A time after a date: `9:10`, `21:05:33`, `9:10 PM`, `9:10 a. m.` (Spanish), `9.10` (Finnish). */
const TIME = String.raw`(?:[\sT,]+|\s+klo\s+|\s+kl\.?\s+|\s+[ouàa]\s+)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap]\.?\s?m\.?)?`;
/** `03/04/2026`, `03-04-26`, `03.04.2026`, `3. 4. 2026` (day and month in the file's order). */
const NUMERIC = new RegExp(
  String.raw`^(\d{1,2})(?:[/-]|\.\s?)(\d{1,2})(?:[/-]|\.\s?)(\d{4}|\d{2})(?:${TIME})?$`,
  'iu',
);
const DOTTED = /^\d{1,2}\./;
/** `18/jul/26 9:10 AM`, `9 Jun, 2026`, `9. Juni 2026 14:30`, `9 de junio de 2026`, `9 янв. 2026`. */
const NAMED = new RegExp(
  String.raw`^(\d{1,2})\.?(?:[\s/.-]+|\s+de\s+)(\p{L}{3,12})\.?,?(?:[\s/.-]+|\s+de\s+)(\d{4}|\d{2})(?:\s*г\.)?(?:${TIME})?$`,
  'iu',
);
/** `Jun 9, 2026 10:00 AM`, `June 9 2026`. */
const NAMED_FIRST = new RegExp(
  String.raw`^(\p{L}{3,12})\.?\s+(\d{1,2}),?\s+(\d{4})(?:${TIME})?$`,
  'iu',
);
/** `2026年6月9日 14:30`. */
const CJK = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Month names and abbreviations as the stems they start with, in English, Spanish,
 * Portuguese, French, German, Italian and the report's languages (Slovenian, Russian,
 * Romanian, Finnish), without accents; a name takes the month of its longest stem
 * ("marraskuuta" is November, "mar" March).
 */
const MONTH_STEMS: [string, number][] = (
  [
    ['jan ene gen ian tammi янв', 1],
    ['feb fev helmi фев', 2],
    ['mar maalis мар', 3],
    ['apr abr avr huhti апр', 4],
    ['may mai mag maj touko мая маи', 5],
    ['jun juin giu iun kesa июн', 6],
    ['jul juil lug iul heina июл', 7],
    ['aug ago aou avg elo авг', 8],
    ['sep set syys сен', 9],
    ['oct okt ott out loka окт', 10],
    ['nov noi marras ноя', 11],
    ['dec dez dic joulu дек', 12],
  ] as [string, number][]
).flatMap(([stems, month]) => stems.split(' ').map((stem): [string, number] => [stem, month]));

const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The month (1–12) a month name or abbreviation in one of the export languages names, or 0. */
export function monthOfName(name: string): number {
  const n = plain(name);
  let best = 0;
  let length = 0;
  for (const [stem, month] of MONTH_STEMS)
    if (stem.length > length && n.startsWith(stem)) [best, length] = [month, stem.length];
  return best;
}

function wall(
  y: number,
  mo: number,
  d: number,
  h = 0,
  mi = 0,
  s = 0,
  ms = 0,
  ampm?: string,
): number | undefined {
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    const pm = /^p/i.test(ampm);
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (y < 100) y += 2000;
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return new Date(t).getUTCDate() === d ? t : undefined; // 31 April is not a date
}

function offsetOf(zone: string | undefined): number | undefined {
  if (!zone) return undefined;
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The date order a column's numeric dates need, or undefined when they fit either. */
export function columnOrder(texts: Iterable<string>): DateOrder | 'both' | undefined {
  let dmy = false;
  let mdy = false;
  for (const raw of texts) {
    const m = NUMERIC.exec(raw.trim());
    if (!m || DOTTED.test(raw.trim())) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy = true;
    if (b > 12 && a <= 12) mdy = true;
  }
  return dmy && mdy ? 'both' : dmy ? 'dmy' : mdy ? 'mdy' : undefined;
}

/** A date or date-time in any of the export formats, with the column's date order. */
export function parseWallTime(text: string, order: DateOrder): WallTime | undefined {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const frac = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
    const local = wall(
      +m[1],
      +m[2],
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      Math.round(frac),
    );
    if (local === undefined) return undefined;
    const offset = offsetOf(m[8]);
    return offset === undefined ? { local } : { local, offset };
  }
  m = NUMERIC.exec(s);
  if (m) {
    // Dates with dots are day first wherever they are written (de, ru, fi, sl, …).
    const dayFirst = order === 'dmy' || DOTTED.test(s);
    const [d, mo] = dayFirst ? [+m[1], +m[2]] : [+m[2], +m[1]];
    const local = wall(+m[3], mo, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, m[7]);
    return local === undefined ? undefined : { local };
  }
  m = NAMED.exec(s);
  if (m) return named(+m[3], m[2], +m[1], m.slice(4));
  m = NAMED_FIRST.exec(s);
  if (m) return named(+m[3], m[1], +m[2], m.slice(4));
  m = CJK.exec(s);
  if (m) {
    const local = wall(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    return local === undefined ? undefined : { local };
  }
  return undefined;
}

/** A date with a month name, and the time's parts after it (hour, minute, second, am/pm). */
function named(y: number, name: string, d: number, time: string[]): WallTime | undefined {
  const mo = monthOfName(name);
  if (mo === 0) return undefined;
  const local = wall(y, mo, d, +(time[0] ?? 0), +(time[1] ?? 0), +(time[2] ?? 0), 0, time[3]);
  return local === undefined ? undefined : { local };
}

/** A duration in hours: plain minutes, seconds or hours, or "HH:MM:SS" (hours may pass 24). */
export function parseDuration(text: string, unit: DurationUnit): number | undefined {
  const s = text.trim().replace(',', '.');
  if (!s) return undefined;
  const hms = /^(\d+):([0-5]\d)(?::([0-5]\d(?:\.\d+)?))?$/.exec(s);
  if (hms) return +hms[1] + +hms[2] / 60 + (hms[3] ? +hms[3] / 3600 : 0);
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return unit === 'seconds' ? n / 3600 : unit === 'hours' ? n : unit === 'hms' ? n : n / 60;
}
