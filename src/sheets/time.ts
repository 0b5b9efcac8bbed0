/**
 * Times in cells. Sheets hands a date-time cell over as a Date (an instant), and a
 * duration cell such as 0:05:30 as a Date on 1899-12-30 built in the spreadsheet's time
 * zone, where historical offsets are odd (Los Angeles was UTC−7:52:58 then). A duration
 * is therefore read from its wall-clock fields in the spreadsheet's zone, never from
 * its instant. Plain numbers are spreadsheet serial days (for pairs) or amounts in the
 * stated unit (for AHT and service level).
 */
import { fail, type Place } from '../metrics/errors';
import { unitsPerDay, type TimeUnit } from '../metrics/time';
import { wallClock } from '../metrics/zone';

export { wallClock };
import {
  BLANK,
  BOOLEAN,
  DATE,
  ERROR_VALUE,
  NUMBER,
  TEXT,
  describe,
  kindOf,
  numberIn,
  gridOf,
  isRow,
  notARow,
} from './cells';
import { place, raise } from './errors';

/** A day in ms, and the instant of serial day 0 (1899-12-30) as wall-clock UTC. */
export const MS_PER_DAY = 86400000;
export const SERIAL_ZERO = Date.UTC(1899, 11, 30);
/** The 1900 start of date-times (in any zone): earlier Dates are duration cells. */
export const FIRST_TIMESTAMP = Date.UTC(1900, 0, 1) - 14 * 3600000;

/** The spreadsheet's zone when running in Apps Script; the runtime's zone otherwise. */
export function spreadsheetTimeZone(): string | undefined {
  try {
    if (typeof SpreadsheetApp === 'undefined') return undefined;
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || undefined;
  } catch {
    return undefined;
  }
}

/** Reads durations; finds the zone and its 1899 offset once per call, on first use. */
export class DurationReader {
  private offset: number | undefined;
  constructor(private readonly zone: () => string | undefined = spreadsheetTimeZone) {}

  /** True for a Date that Sheets made from a duration cell (before 1900). */
  static isDuration(d: Date): boolean {
    return d.getTime() < FIRST_TIMESTAMP;
  }

  /** The duration in days. */
  days(d: Date): number {
    if (this.offset === undefined) this.offset = wallClock(d, this.zone()) - d.getTime();
    return (d.getTime() + this.offset - SERIAL_ZERO) / MS_PER_DAY;
  }
}

const at = place;
const skippable = (k: number): boolean => k === BLANK || k === TEXT || k === BOOLEAN;

/**
 * Every pair that is not two date-times or two numbers: headers and unanswered rows
 * (skipped, undefined), durations, and the errors, each naming the row.
 */
function unusualPair(
  fn: string,
  labels: PairLabels,
  reader: DurationReader,
  s: unknown,
  e: unknown,
  ks: number,
  ke: number,
  where: Place,
): number | undefined {
  if (skippable(ks) && skippable(ke)) return undefined;
  if (ks === ERROR_VALUE || ke === ERROR_VALUE)
    raise(fn, 'holds', { subject: { place: where }, value: describe(ks === ERROR_VALUE ? s : e) });
  if (ke === BLANK) return undefined;
  if (ks === BLANK) raise(fn, 'endWithoutStart', { ...labels, place: where });
  if (ks === TEXT || ks === BOOLEAN)
    raise(fn, 'notADateTime', {
      subject: { name: { arg: labels.start }, place: where },
      value: describe(s),
    });
  if (ke === TEXT || ke === BOOLEAN)
    raise(fn, 'notADateTime', {
      subject: { name: { arg: labels.end }, place: where },
      value: describe(e),
    });
  if (ks !== ke) raise(fn, 'mixDateNumber', { ...labels, place: where });
  // Two Dates, at least one of them a duration cell.
  if (DurationReader.isDuration(s as Date) !== DurationReader.isDuration(e as Date)) {
    raise(fn, 'mixDateDuration', { ...labels, place: where });
  }
  const elapsed = reader.days(e as Date) - reader.days(s as Date);
  if (elapsed < 0) raise(fn, 'endBeforeStart', { ...labels, place: where });
  return elapsed;
}

export interface PairLabels {
  start: string;
  end: string;
}

/**
 * Elapsed time per row between two ranges of one shape, in days, over rows where both
 * ends are present. Rows whose end is blank are skipped (not answered, not resolved);
 * rows of text on both sides (headers) are skipped.
 */
/** Working time instead of elapsed time: days between two instants, and a serial's instant. */
export interface Worktime {
  days(from: number, to: number): number;
  instant(serial: unknown, label: string): number;
}

export function elapsedDays(
  fn: string,
  startArg: unknown,
  endArg: unknown,
  labels: PairLabels,
  work?: Worktime,
): { values: Float64Array; n: number } {
  const a = gridOf(startArg);
  const b = gridOf(endArg);
  const rows = a.length;
  const cols = rows ? a[0].length : 0;
  if (rows === 0 || cols === 0) raise(fn, 'emptyRange', { what: { arg: labels.start } });
  if (b.length !== rows || (b[0]?.length ?? 0) !== cols) {
    raise(fn, 'shapes', {
      a: { arg: labels.start },
      aRows: rows,
      aCols: cols,
      b: { arg: labels.end },
      bRows: b.length,
      bCols: b[0]?.length ?? 0,
    });
  }
  const reader = new DurationReader();
  const values = new Float64Array(rows * cols);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const left = a[r];
    const right = b[r];
    if (!isRow(left) || !isRow(right)) notARow(r);
    for (let c = 0; c < cols; c++) {
      const s = left[c];
      const e = right[c];
      const ks = kindOf(s);
      const ke = kindOf(e);
      // The common case first: two date-times (instants), or two serial numbers.
      if (ks === DATE && ke === DATE) {
        const ts = (s as Date).getTime();
        const te = (e as Date).getTime();
        if (ts >= FIRST_TIMESTAMP && te >= FIRST_TIMESTAMP) {
          if (te < ts) raise(fn, 'endBeforeStart', { ...labels, place: at(r, c, rows, cols) });
          values[n++] = work ? work.days(ts, te) : (te - ts) / MS_PER_DAY;
          continue;
        }
        if (work) raise(fn, 'scheduleNeedsDateTimes', { place: at(r, c, rows, cols) });
      } else if (ks === NUMBER && ke === NUMBER) {
        const elapsed = numberIn(e) - numberIn(s);
        if (elapsed < 0) raise(fn, 'endBeforeStart', { ...labels, place: at(r, c, rows, cols) });
        if (work) {
          values[n++] = work.days(work.instant(s, labels.start), work.instant(e, labels.end));
          continue;
        }
        values[n++] = elapsed;
        continue;
      }
      const elapsed = unusualPair(fn, labels, reader, s, e, ks, ke, at(r, c, rows, cols));
      if (elapsed !== undefined) values[n++] = elapsed;
    }
  }
  return { values, n };
}

/**
 * A duration cell or a plain number in `unit`, as an amount in `unit`; undefined for
 * blanks, text and booleans. Date-times (not durations) and negatives are errors.
 */
export function amountIn(unit: TimeUnit, reader: DurationReader, v: unknown): number | undefined {
  if (typeof v === 'number' && v - v === 0) {
    if (v < 0) fail('negativeTime', { n: v });
    return v;
  }
  const kind = kindOf(v);
  if (kind === NUMBER) return amountIn(unit, reader, numberIn(v));
  if (kind === DATE) {
    const d = v as Date;
    if (!DurationReader.isDuration(d)) fail('dateTimeNotDuration');
    return reader.days(d) * unitsPerDay(unit);
  }
  if (kind === ERROR_VALUE) fail('notATime', { value: describe(v) });
  return undefined;
}

/** Whether a value is a duration cell (a Date before 1900). */
export function isDurationCell(v: unknown): boolean {
  return kindOf(v) === DATE && DurationReader.isDuration(v as Date);
}
