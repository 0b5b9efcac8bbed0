/**
 * Business hours, as help desks define them (Zendesk's schedules): a weekly schedule of
 * local wall-clock intervals, several a day, an interval that ends before it starts running
 * past midnight into the next day (a night shift), holidays as whole local dates on which
 * no time counts. Working time between two instants is real elapsed time inside the
 * schedule, across daylight-saving changes.
 *
 * A WorkCalendar turns the schedule into real intervals per local day, with a running total
 * at the start of each day, so the working time between any two instants costs two lookups.
 */
import { fail } from './errors';
import { weekday, ZoneClock } from './zone';

const DAY = 86400000;
const MINUTE = 60000;

/** Minutes from a day's local midnight; `end` may pass 1440 (into the next day). */
export interface Interval {
  start: number;
  end: number;
}

/** Monday (0) to Sunday (6). */
export type WeekSchedule = Interval[][];

export const DEFAULT_SCHEDULE = 'Mon-Fri 09:00-17:00';

/**
 * Day names, Monday to Sunday, in English and the report's languages: each language's usual
 * abbreviations and full names ("pon-pet", "пн-пт", "lun-vin", "ma-pe", "周一至周五").
 * Romanian takes its three-letter forms, so Finnish "ma" (Monday) is never Romanian "ma"
 * (marți); a day is one word of one of these lists, compared without case or accents.
 */
const DAY_NAMES: string[][] = [
  'mon monday pon ponedeljek пн пон понедельник lun luni ma maanantai 周一 星期一 礼拜一',
  'tue tues tuesday tor torek вт вто вторник mar marti ti tiistai 周二 星期二 礼拜二',
  'wed wednesday sre sreda ср сре среда mie miercuri ke keskiviikko 周三 星期三 礼拜三',
  'thu thur thurs thursday cet cetrtek чт чет четверг joi to torstai 周四 星期四 礼拜四',
  'fri friday pet petek пт пят пятница vin vineri pe perjantai 周五 星期五 礼拜五',
  'sat saturday sob sobota сб суб суббота sam sambata la lauantai 周六 星期六 礼拜六',
  'sun sunday ned nedelja вс вос воскресенье dum duminica su sunnuntai 周日 周天 星期日 星期天 礼拜日 礼拜天',
].map((names) => names.split(' '));

const plainWord = (word: string): string =>
  word
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.$/, '');

function dayIndex(word: string): number {
  const w = plainWord(word);
  return DAY_NAMES.findIndex((names) => names.includes(w));
}

/**
 * Days of a clause: "Mon", "Mon-Fri", "Mon,Wed,Fri", "Fri-Mon" (wrapping), "Mon-Wed,Fri";
 * a range also with "–", "至", "到" or "~", a list also with "、" or "，".
 */
function parseDays(text: string): number[] {
  const days = new Set<number>();
  for (const item of text.split(/[,、，]/)) {
    const part = item.trim();
    if (!part) fail('emptyDay', { text: text.trim() });
    const span = part.split(/\s*[-–~至到]\s*/);
    if (span.length > 2) fail('notADay', { text: part });
    const from = dayIndex(span[0]);
    const to = span.length === 2 ? dayIndex(span[1]) : from;
    if (from < 0 || to < 0) fail('notADay', { text: part });
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return [...days];
}

function minuteOf(item: string, hh: string, mm: string, end: boolean): number {
  const h = Number(hh);
  const m = Number(mm);
  if (m > 59 || h > 24 || (h === 24 && (m !== 0 || !end)))
    fail('notATimeOfDay', { text: item, time: `${hh}:${mm}` });
  return h * 60 + m;
}

/** Times of a clause: "09:00-17:00", "08:00-12:00, 13:00-17:00", "22:00-06:00". */
function parseTimes(text: string): Interval[] {
  return text.split(/[,，、]/).map((raw) => {
    const item = raw.trim();
    const m = /^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$/.exec(item);
    if (!m) fail('notATimeRange', { text: item });
    const start = minuteOf(item, m[1], m[2], false);
    let end = minuteOf(item, m[3], m[4], true);
    if (end === start) fail('emptyShift', { text: item });
    if (end < start) end += 1440; // a night shift, into the next day
    return { start, end };
  });
}

/**
 * Parses a schedule: clauses separated by ";", each days then times, e.g.
 * "Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00". Errors quote the bad part.
 */
export function parseSchedule(text: string): WeekSchedule {
  const week: WeekSchedule = Array.from({ length: 7 }, () => []);
  const clauses = text
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!clauses.length) fail('emptySchedule');
  for (const clause of clauses) {
    const digit = clause.search(/\d/);
    if (digit <= 0) fail('daysFirst', { text: clause });
    const times = parseTimes(clause.slice(digit));
    for (const d of parseDays(clause.slice(0, digit))) week[d].push(...times);
  }
  return week;
}

/** Local minute intervals on a local day: its own, and the previous day's past midnight. */
function localIntervals(week: WeekSchedule, day: number): Interval[] {
  const parts: Interval[] = [];
  for (const w of week[weekday(day)]) parts.push({ start: w.start, end: Math.min(w.end, 1440) });
  for (const w of week[weekday(day - 1)])
    if (w.end > 1440) parts.push({ start: 0, end: w.end - 1440 });
  parts.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}

/** The span of local days a calendar may cover (400 years). */
const MAX_DAYS = 146097;

export class WorkCalendar {
  private first = 0;
  private days = 0;
  /** Working ms before each local day (from the first), and each day's real intervals. */
  private before = new Float64Array(0);
  private index = new Int32Array(1);
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);

  constructor(
    private readonly week: WeekSchedule,
    /** Holidays as local day numbers. */
    private readonly holidays: ReadonlySet<number>,
    readonly clock: ZoneClock,
  ) {}

  /** Builds the table for local days [from, to], with room around them. */
  private build(from: number, to: number): void {
    const had = this.days > 0;
    const needFirst = had ? Math.min(from, this.first) : from;
    const needLast = had ? Math.max(to, this.first + this.days - 1) : to;
    if (needLast - needFirst + 1 > MAX_DAYS) fail('datesTooFar');
    // A side that grows gets room in proportion to the table (up to a quarter), so tickets in
    // random order rebuild the table a few times, not once per new earliest or latest date.
    const room = 7 + Math.min(this.days, 92);
    const first = had && from >= this.first ? this.first : needFirst - room;
    const last = had && to <= this.first + this.days - 1 ? needLast : needLast + room;
    const days = last - first + 1;
    this.clock.cover(first * DAY - DAY, (last + 2) * DAY);
    const starts: number[] = [];
    const ends: number[] = [];
    const index = new Int32Array(days + 1);
    const before = new Float64Array(days + 1);
    let total = 0;
    for (let i = 0; i < days; i++) {
      index[i] = starts.length;
      before[i] = total;
      const day = first + i;
      if (this.holidays.has(day)) continue;
      for (const w of localIntervals(this.week, day)) {
        for (const [a, b] of this.clock.instantsOf(
          day * DAY + w.start * MINUTE,
          day * DAY + w.end * MINUTE,
        )) {
          starts.push(a);
          ends.push(b);
          total += b - a;
        }
      }
    }
    index[days] = starts.length;
    before[days] = total;
    this.first = first;
    this.days = days;
    this.index = index;
    this.before = before;
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
  }

  /** Working time (ms) from the calendar's first day to an instant on local day `day`. */
  private upTo(t: number, day: number): number {
    const i = day - this.first;
    let total = this.before[i];
    for (let k = this.index[i], end = this.index[i + 1]; k < end; k++) {
      const a = this.starts[k];
      if (t <= a) break;
      const b = this.ends[k];
      total += (t < b ? t : b) - a;
    }
    return total;
  }

  /** Working time in ms between two instants; negative when `to` is before `from`. */
  between(from: number, to: number): number {
    const a = this.clock.dayOf(from);
    const b = this.clock.dayOf(to);
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (lo < this.first || hi >= this.first + this.days) this.build(lo, hi);
    return this.upTo(to, b) - this.upTo(from, a);
  }
}

/**
 * Working hours between two spreadsheet serial date-times on a Monday–Friday schedule open
 * from `opens` to `closes` (hours of the day), no holidays, no time zone: what tab 3's
 * calculator computes with a native formula.
 */
export function weekdayHours(start: number, end: number, opens: number, closes: number): number {
  const hhmm = (h: number) => {
    const minutes = Math.round(h * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  };
  if (!(opens >= 0 && closes <= 24 && opens < closes)) fail('openingHours', { opens, closes });
  const calendar = new WorkCalendar(
    parseSchedule(`Mon-Fri ${hhmm(opens)}-${hhmm(closes)}`),
    new Set(),
    new ZoneClock('UTC'),
  );
  const instant = (serial: number) => Math.round(serial * DAY) + Date.UTC(1899, 11, 30);
  return calendar.between(instant(start), instant(end)) / 3600000;
}
