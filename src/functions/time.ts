/** Time functions: first response, response and resolution time, handle time, waits, service level. */
import * as m from '../metrics';
import { BOOLEAN, TEXT, describe, kindOf, toGrid } from '../sheets/cells';
import { instantIn, instantOfDate, workCalendar } from '../sheets/hours';
import type { Spilled } from '../sheets/elementwise';
import { checkArity, guard, place, raise, rethrowAt } from '../sheets/errors';
import { optionalWord } from '../sheets/options';
import { DurationReader, amountIn, isDurationCell } from '../sheets/time';
import { spill, timeBetween } from './shared';
/**
 * First response time from ticket timestamps, over tickets that got a reply (mean, median or 90th percentile).
 *
 * @param {A2:A500} created When each ticket was created (date-times).
 * @param {B2:B500} first_reply When it got its first reply; blank = not answered yet (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default), "median" or "p90" (the 90th percentile).
 * @param {"Mon-Fri 09:00-17:00"} schedule Optional: count business hours only, e.g. "Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00".
 * @param {H2:H20} holidays Optional: dates on which no time counts (with the default schedule when schedule is blank).
 * @return The first response time in the unit.
 * @customfunction
 */
export function FRT(
  created: unknown,
  first_reply: unknown,
  unit?: unknown,
  statistic?: unknown,
  schedule?: unknown,
  holidays?: unknown,
): number {
  return guard('FRT', () =>
    timeBetween(
      'FRT',
      arguments.length,
      { start: 'created', end: 'first_reply' },
      created,
      first_reply,
      unit,
      statistic,
      schedule,
      holidays,
    ),
  );
}

/**
 * Response time between received and replied timestamps, over answered rows (mean, median or 90th percentile).
 *
 * @param {A2:A500} received When each message was received (date-times).
 * @param {B2:B500} replied When it was answered; blank = not answered (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default), "median" or "p90" (the 90th percentile).
 * @param {"Mon-Fri 09:00-17:00"} schedule Optional: count business hours only, e.g. "Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00".
 * @param {H2:H20} holidays Optional: dates on which no time counts (with the default schedule when schedule is blank).
 * @return The response time in the unit.
 * @customfunction
 */
export function RESPONSE_TIME(
  received: unknown,
  replied: unknown,
  unit?: unknown,
  statistic?: unknown,
  schedule?: unknown,
  holidays?: unknown,
): number {
  return guard('RESPONSE_TIME', () =>
    timeBetween(
      'RESPONSE_TIME',
      arguments.length,
      { start: 'received', end: 'replied' },
      received,
      replied,
      unit,
      statistic,
      schedule,
      holidays,
    ),
  );
}

/**
 * Resolution time over resolved tickets only; a blank resolved cell is an open ticket.
 *
 * @param {A2:A500} created When each ticket was opened (date-times).
 * @param {C2:C500} resolved When it was fully resolved; blank = still open (skipped).
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @param {"mean"} statistic "mean" (default), "median" or "p90" (the 90th percentile).
 * @param {"Mon-Fri 09:00-17:00"} schedule Optional: count business hours only, e.g. "Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00".
 * @param {H2:H20} holidays Optional: dates on which no time counts (with the default schedule when schedule is blank).
 * @return The resolution time in the unit.
 * @customfunction
 */
export function RESOLUTION_TIME(
  created: unknown,
  resolved: unknown,
  unit?: unknown,
  statistic?: unknown,
  schedule?: unknown,
  holidays?: unknown,
): number {
  return guard('RESOLUTION_TIME', () =>
    timeBetween(
      'RESOLUTION_TIME',
      arguments.length,
      { start: 'created', end: 'resolved' },
      created,
      resolved,
      unit,
      statistic,
      schedule,
      holidays,
    ),
  );
}

/**
 * Average handle time: (Σ talk + Σ hold + Σ wrap-up) / contacts, from durations or numbers in unit.
 *
 * @param {B2:B300} talk Talk time per contact: durations (0:05:30) or numbers in unit.
 * @param {C2:C300} hold Hold time per contact (blank = none).
 * @param {D2:D300} wrap_up After-contact work per contact (blank = none).
 * @param {"minutes"} unit Unit of plain numbers and of the result; "minutes" if omitted.
 * @return The average handle time in the unit.
 * @customfunction
 */
export function AHT(talk: unknown, hold: unknown, wrap_up: unknown, unit?: unknown): number {
  return guard('AHT', () => {
    checkArity('AHT', arguments.length, ['talk', 'hold', 'wrap_up', 'unit'], 3);
    const u = m.parseUnit(optionalWord('AHT', 'unit', unit, 'minutes'));
    const labels = ['talk', 'hold', 'wrap_up'];
    const grids = [talk, hold, wrap_up].map(toGrid);
    const rows = grids[0].length;
    const cols = grids[0][0]?.length ?? 0;
    grids.forEach((g, i) => {
      if (g.length !== rows || (g[0]?.length ?? 0) !== cols) {
        raise('AHT', 'shapes', {
          a: { arg: 'talk' },
          aRows: rows,
          aCols: cols,
          b: { arg: labels[i] },
          bRows: g.length,
          bCols: g[0]?.length ?? 0,
        });
      }
    });
    const reader = new DurationReader();
    const sums = [0, 0, 0];
    let contacts = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let present = false;
        for (let i = 0; i < 3; i++) {
          let amount: number | undefined;
          try {
            amount = amountIn(u, reader, grids[i][r][c]);
          } catch (e) {
            rethrowAt('AHT', e, place(r, c, rows, cols), labels[i]);
          }
          if (amount !== undefined) {
            sums[i] += amount;
            present = true;
          }
        }
        if (present) contacts++;
      }
    }
    return m.aht(sums[0], sums[1], sums[2], contacts);
  });
}

/**
 * Average wait time: total wait / contacts served.
 *
 * @param {500} total_wait Total waiting time in the period (any unit; the result is in the same unit).
 * @param {200} served Contacts served.
 * @return The average wait per contact (one per row when given ranges).
 * @customfunction
 */
export function AVG_WAIT(total_wait: unknown, served: unknown): Spilled {
  return guard('AVG_WAIT', () =>
    spill('AVG_WAIT', arguments.length, ['total_wait', 'served'], [total_wait, served], m.avgWait),
  );
}

/**
 * Service level: % of wait times at or under the threshold (same unit, or both durations).
 *
 * @param {E2:E900} wait_times How long each contact waited: numbers, or durations (0:00:20).
 * @param {20} threshold The target: a number in the same unit as the wait times, or a duration.
 * @return The share answered within the threshold, 0–100.
 * @customfunction
 */
export function SERVICE_LEVEL(wait_times: unknown, threshold: unknown): number {
  return guard('SERVICE_LEVEL', () => {
    checkArity('SERVICE_LEVEL', arguments.length, ['wait_times', 'threshold'], 2);
    const reader = new DurationReader();
    const t = toGrid(threshold);
    if (t.length !== 1 || t[0].length !== 1) m.fail('singleValue', { arg: 'threshold' });
    const thresholdIsDuration = isDurationCell(t[0][0]);
    const limit = amountIn('seconds', reader, t[0][0]);
    if (limit === undefined) m.fail('thresholdKind');
    let within = 0;
    let total = 0;
    const grid = toGrid(wait_times);
    const rows = grid.length;
    for (let r = 0; r < rows; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        let wait: number | undefined;
        try {
          wait = amountIn('seconds', reader, v);
        } catch (e) {
          rethrowAt('SERVICE_LEVEL', e, place(r, c, rows, row.length));
        }
        if (wait === undefined) continue;
        if (isDurationCell(v) !== thresholdIsDuration) {
          raise('SERVICE_LEVEL', 'waitKinds', {
            place: place(r, c, rows, row.length),
            thresholdIsDuration,
          });
        }
        total++;
        if (wait <= limit) within++;
      }
    }
    return m.serviceLevel(within, total);
  });
}

/** Held here: looking up the global Array inside node:vm costs time on every call. */
const ArrayOf = Array;

/**
 * BUSINESS_HOURS for a pair that is not two date-times: serial numbers, a blank or a header
 * (blank), or a mistake (an error naming the row).
 */
function unusualHours(
  fn: string,
  calendar: m.WorkCalendar,
  msPerUnit: number,
  s: unknown,
  e: unknown,
  where: m.Place | undefined,
): number | string {
  let from: number | undefined;
  let to: number | undefined;
  try {
    from = instantIn(calendar, s, 'start');
    to = instantIn(calendar, e, 'end');
    if (from !== undefined && to !== undefined && kindOf(s) !== kindOf(e))
      m.fail('mixDateNumber', { start: 'start', end: 'end' });
  } catch (err) {
    rethrowAt(fn, err, where);
  }
  if (from !== undefined && to !== undefined) return calendar.between(from, to) / msPerUnit;
  // An open ticket or a header row is blank; a single cell of text is a mistake.
  const text = [s, e].find((v) => kindOf(v) === TEXT || kindOf(v) === BOOLEAN);
  if (!where && text !== undefined)
    raise(fn, 'notADateTime', { subject: {}, value: describe(text) });
  return '';
}

/**
 * Working time between two date-times under a weekly schedule, holidays excluded; ranges spill one result per row.
 *
 * @param {A2:A500} start When each ticket was created (date-times); a blank or text row gives a blank result.
 * @param {B2:B500} end When it was answered or solved; before start gives minus the working time.
 * @param {"Mon-Fri 09:00-17:00"} schedule Working hours, e.g. "Mon-Fri 08:00-12:00, 13:00-17:00; Sat 10:00-14:00"; "22:00-06:00" runs past midnight. "Mon-Fri 09:00-17:00" if omitted.
 * @param {H2:H20} holidays Optional: dates on which no time counts.
 * @param {"hours"} unit "seconds", "minutes", "hours" (default) or "days".
 * @return The working time in the unit (one per row when given ranges).
 * @customfunction
 */
export function BUSINESS_HOURS(
  start: unknown,
  end: unknown,
  schedule?: unknown,
  holidays?: unknown,
  unit?: unknown,
): Spilled {
  return guard('BUSINESS_HOURS', () => {
    const fn = 'BUSINESS_HOURS';
    checkArity(fn, arguments.length, ['start', 'end', 'schedule', 'holidays', 'unit'], 2);
    const msPerUnit =
      86400000 / m.unitsPerDay(m.parseUnit(optionalWord(fn, 'unit', unit, 'hours')));
    const calendar = workCalendar(fn, schedule, holidays);
    const a = toGrid(start);
    const b = toGrid(end);
    const oneA = a.length === 1 && a[0].length === 1;
    const oneB = b.length === 1 && b[0].length === 1;
    const rows = oneA ? b.length : a.length;
    const cols = oneA ? b[0].length : a[0].length;
    if (!oneA && !oneB && (b.length !== rows || b[0].length !== cols))
      raise(fn, 'shapes', {
        a: { arg: 'start' },
        aRows: a.length,
        aCols: a[0].length,
        b: { arg: 'end' },
        bRows: b.length,
        bCols: b[0].length,
      });
    const one = rows * cols === 1;
    const out: (number | string)[][] = new ArrayOf(rows);
    for (let r = 0; r < rows; r++) {
      const left = oneA ? a[0] : a[r];
      const right = oneB ? b[0] : b[r];
      let line: (number | string)[] | undefined;
      for (let c = 0; c < cols; c++) {
        const s = oneA ? left[0] : left[c];
        const e = oneB ? right[0] : right[c];
        // The common case first: two date-times.
        const from = instantOfDate(s);
        const to = instantOfDate(e);
        const value =
          from === undefined || to === undefined
            ? unusualHours(fn, calendar, msPerUnit, s, e, one ? undefined : place(r, c, rows, cols))
            : calendar.between(from, to) / msPerUnit;
        // A one-cell row as a literal: the cheapest allocation, once per row of the spill.
        if (cols === 1) line = [value];
        else (line ??= []).push(value);
      }
      out[r] = line ?? [];
    }
    return one ? out[0][0] : out;
  });
}
