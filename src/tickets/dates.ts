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
const NUMERIC =
  /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;
const NAMED =
  /^(\d{1,2})[/ -]([A-Za-z]{3,9})\.?[/ -](\d{4}|\d{2})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]\.?M\.?)?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

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
    if (!m) continue;
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
    const [d, mo] = order === 'dmy' ? [+m[1], +m[2]] : [+m[2], +m[1]];
    const local = wall(+m[3], mo, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, m[7]);
    return local === undefined ? undefined : { local };
  }
  m = NAMED.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (mo === 0) return undefined;
    const local = wall(+m[3], mo, +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, m[7]);
    return local === undefined ? undefined : { local };
  }
  return undefined;
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
