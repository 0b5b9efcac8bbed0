/**
 * Wall-clock time in a time zone. Sheets hands date-times over as instants; schedules and
 * holidays are local. A ZoneClock learns a zone's offsets (and the instants they change,
 * found with a few dozen Intl calls per year) once, then turns instants into local time and
 * back with arithmetic.
 */

const DAY = 86400000;
/** Held here: a global lookup per call is slow inside node:vm. */
const floor = Math.floor;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Wall-clock fields of `d` in `zone` (or the runtime's zone), as a UTC millisecond count. */
export function wallClock(d: Date, zone: string | undefined): number {
  if (!zone) {
    return Date.UTC(
      d.getFullYear(),
      d.getMonth(),
      d.getDate(),
      d.getHours(),
      d.getMinutes(),
      d.getSeconds(),
      d.getMilliseconds(),
    );
  }
  const f: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(d))
    if (p.type !== 'literal' && p.type !== 'era') f[p.type] = Number(p.value);
  const ms = ((d.getTime() % 1000) + 1000) % 1000;
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, ms);
}

/** Local day number (days since 1970-01-01) to Monday-based weekday: 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** A stretch of time with one offset: [start, end) in instants. */
export interface Segment {
  start: number;
  end: number;
  offset: number;
}

export class ZoneClock {
  /** Instants where the offset changes, and the offset from each on; sorted. */
  private at: number[] = [];
  private offsets: number[] = [];
  private before = 0;
  private lo = Infinity;
  private hi = -Infinity;

  constructor(readonly zone: string | undefined) {}

  private raw(t: number): number {
    return wallClock(new Date(t), this.zone) - t;
  }

  /**
   * Learns the offsets between two instants. Only the stretches not yet known are learnt,
   * and a side that grows gets room in proportion to what is known (up to a quarter), so
   * instants in random order cost a few extensions, not one relearning per new extreme.
   */
  cover(from: number, to: number): void {
    if (from >= this.lo && to <= this.hi) return;
    if (this.lo > this.hi) {
      const lo = from - 2 * DAY;
      const hi = to + 2 * DAY;
      const learnt = this.learn(lo, hi);
      this.before = learnt.first;
      this.at = learnt.at;
      this.offsets = learnt.offsets;
      this.lo = lo;
      this.hi = hi;
      return;
    }
    const room = 2 * DAY + Math.min(this.hi - this.lo, 92 * DAY);
    if (from < this.lo) {
      const lo = from - room;
      const learnt = this.learn(lo, this.lo);
      this.before = learnt.first;
      this.at = learnt.at.concat(this.at);
      this.offsets = learnt.offsets.concat(this.offsets);
      this.lo = lo;
    }
    if (to > this.hi) {
      const hi = to + room;
      const learnt = this.learn(this.hi, hi);
      this.at = this.at.concat(learnt.at);
      this.offsets = this.offsets.concat(learnt.offsets);
      this.hi = hi;
    }
  }

  /** The offset at `lo`, and the instants in (lo, hi] where it changes with the new offsets. */
  private learn(lo: number, hi: number): { first: number; at: number[]; offsets: number[] } {
    const at: number[] = [];
    const offsets: number[] = [];
    const step = 7 * DAY;
    let t0 = lo;
    let o0 = this.raw(t0);
    const first = o0;
    while (t0 < hi) {
      const t1 = Math.min(t0 + step, hi);
      const o1 = this.raw(t1);
      if (o1 !== o0) {
        // Find the change to the second (offsets change on whole seconds).
        let a = t0;
        let b = t1;
        while (b - a > 1000) {
          const mid = a + Math.floor((b - a) / 2000) * 1000;
          if (this.raw(mid) === o0) a = mid;
          else b = mid;
        }
        at.push(b);
        offsets.push(o1);
      }
      t0 = t1;
      o0 = o1;
    }
    return { first, at, offsets };
  }

  /** Offset at an instant: local wall-clock = instant + offset. */
  offsetAt(t: number): number {
    if (t < this.lo || t > this.hi) this.cover(t, t);
    const at = this.at;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? this.before : this.offsets[lo - 1];
  }

  /** The local day number of an instant. */
  dayOf(t: number): number {
    return floor((t + this.offsetAt(t)) / DAY);
  }

  /** The stretches of constant offset that overlap [from, to). */
  segments(from: number, to: number): Segment[] {
    this.cover(from, to);
    const out: Segment[] = [];
    let start = -Infinity;
    let offset = this.before;
    for (let i = 0; i <= this.at.length; i++) {
      const end = i < this.at.length ? this.at[i] : Infinity;
      if (end > from && start < to) out.push({ start, end, offset });
      if (i < this.at.length) {
        start = this.at[i];
        offset = this.offsets[i];
      }
    }
    return out;
  }

  /**
   * The instant a wall-clock time (as UTC ms) stands for. A time the clocks skip (spring
   * forward) is the moment they skip; a time they pass twice (fall back) is the first.
   */
  instantOf(local: number): number {
    const segments = this.segments(local - 2 * DAY, local + 2 * DAY);
    for (const s of segments) {
      const t = local - s.offset;
      if (t >= s.start && t < s.end) return t;
    }
    for (let i = 1; i < segments.length; i++) {
      const skip = segments[i].start;
      if (local - segments[i - 1].offset >= skip && local - segments[i].offset < skip) return skip;
    }
    return local - segments[0].offset;
  }

  /**
   * The instants whose wall-clock time lies in [localStart, localEnd): one interval, or two
   * when the clocks go back inside it, or a shorter one when they skip forward.
   */
  instantsOf(localStart: number, localEnd: number): [number, number][] {
    const out: [number, number][] = [];
    for (const s of this.segments(localStart - 2 * DAY, localEnd + 2 * DAY)) {
      const a = Math.max(localStart - s.offset, s.start);
      const b = Math.min(localEnd - s.offset, s.end);
      if (a < b) out.push([a, b]);
    }
    return out;
  }
}
