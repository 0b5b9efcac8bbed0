/**
 * Business-hours arguments: a schedule (text), holidays (a range of dates) and date-time
 * cells, read in the spreadsheet's time zone. Date-time cells arrive as instants; serial
 * numbers are local wall-clock times; holidays are whole local dates.
 */
import { DEFAULT_SCHEDULE, parseSchedule, WorkCalendar, ZoneClock } from '../metrics';
import { fail, type Subject } from '../metrics/errors';
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
  isDate,
  toGrid,
} from './cells';
import { optionalWord } from './options';
import { place } from './errors';
import {
  DurationReader,
  FIRST_TIMESTAMP,
  MS_PER_DAY as DAY,
  SERIAL_ZERO,
  spreadsheetTimeZone,
} from './time';

const SERIAL_DAY_ZERO = SERIAL_ZERO / DAY;

/** The working-time calendar of a call: its schedule, holidays and the spreadsheet's zone. */
export function workCalendar(fn: string, schedule: unknown, holidays: unknown): WorkCalendar {
  const week = parseSchedule(optionalWord(fn, 'schedule', schedule, DEFAULT_SCHEDULE));
  const clock = new ZoneClock(spreadsheetTimeZone());
  const days = new Set<number>();
  if (holidays !== undefined) {
    const grid = toGrid(holidays);
    const rows = grid.length;
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        const kind = kindOf(v);
        const subject = (): Subject => ({
          name: { arg: 'holidays' },
          place: place(r, c, rows, row.length),
        });
        if (kind === DATE) {
          const d = v as Date;
          if (DurationReader.isDuration(d)) fail('durationNotDate', { subject: subject() });
          days.add(clock.dayOf(d.getTime()));
        } else if (kind === NUMBER) days.add(Math.floor(numberIn(v)) + SERIAL_DAY_ZERO);
        else if (kind === ERROR_VALUE) fail('holds', { subject: subject(), value: describe(v) });
      }),
    );
  }
  return new WorkCalendar(week, days, clock);
}

/**
 * The instant of a date-time cell, the common case, without classifying the cell;
 * undefined for anything else (a duration, a number, text…), which instantIn reads.
 */
export function instantOfDate(v: unknown): number | undefined {
  if (typeof v !== 'object' || v === null || !isDate(v)) return undefined;
  const t = v.getTime();
  return t >= FIRST_TIMESTAMP ? t : undefined;
}

/**
 * The instant of a date-time cell (a Date) or a serial number (local wall-clock), or
 * undefined for a blank, text or boolean (an open ticket, a header).
 */
export function instantIn(calendar: WorkCalendar, v: unknown, label: string): number | undefined {
  const kind = kindOf(v);
  if (kind === DATE) {
    const d = v as Date;
    if (DurationReader.isDuration(d))
      fail('durationNotDateTime', { subject: { name: { arg: label } } });
    return d.getTime();
  }
  if (kind === NUMBER) return calendar.clock.instantOf(numberIn(v) * DAY + SERIAL_ZERO);
  if (kind === BLANK || kind === TEXT || kind === BOOLEAN) return undefined;
  fail('holds', { subject: { name: { arg: label } }, value: describe(v) });
}
