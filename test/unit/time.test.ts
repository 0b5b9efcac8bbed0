/**
 * Time functions with timestamps and duration cells. `npm test` runs this file under
 * TZ=America/Los_Angeles, Europe/Ljubljana and Asia/Shanghai: Apps Script hands duration
 * cells over as Dates on 1899-12-30 built in the spreadsheet's zone, where the historical
 * offsets are odd (Los Angeles −7:52:58), so a duration must be read from its wall clock.
 */
import * as F from '../../src/functions';
import { DurationReader, wallClock } from '../../src/sheets/time';
import { col, durationCell } from '../helpers/sheets';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`in ${zone}`, () => {
  test('a duration cell 0:05:30 is 5.5 minutes', () => {
    expect(F.AHT(col(durationCell(0, 5, 30)), col(''), col('')) as number).toBeCloseTo(5.5, 9);
  });

  test('AHT sums talk, hold and wrap-up durations per contact', () => {
    const talk = col(durationCell(0, 4, 0), durationCell(0, 6, 0), 'Talk');
    const hold = col(durationCell(0, 1, 0), '', '');
    const wrap = col(durationCell(0, 2, 0), durationCell(0, 1, 0), '');
    expect(F.AHT(talk, hold, wrap) as number).toBeCloseTo(7, 9);
    expect(F.AHT(talk, hold, wrap, 'seconds') as number).toBeCloseTo(420, 6);
  });

  test('durations over 24 hours', () => {
    expect(F.AHT(col(durationCell(25, 30, 0)), col(''), col(''), 'hours') as number).toBeCloseTo(
      25.5,
      9,
    );
  });

  test('SERVICE_LEVEL with duration waits and a duration threshold', () => {
    const waits = col(
      durationCell(0, 0, 10),
      durationCell(0, 0, 20),
      durationCell(0, 0, 21),
      durationCell(0, 1, 0),
    );
    expect(F.SERVICE_LEVEL(waits, durationCell(0, 0, 20))).toBe(50);
    expect(() => F.SERVICE_LEVEL(waits, 20)).toThrow(
      'SERVICE_LEVEL: row 1 is a duration but the threshold is a plain number',
    );
  });

  test('timestamps: FRT across a daylight-saving change counts real elapsed time', () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) change the clocks; Shanghai has no DST.
    const created = col(new Date(2026, 2, 7, 22, 0), new Date(2026, 2, 28, 22, 0), 'Created');
    const replied = col(new Date(2026, 2, 8, 10, 0), new Date(2026, 2, 29, 10, 0), 'Replied');
    const expected =
      (created.slice(0, 2) as Date[][]).reduce(
        (sum, [c], i) => sum + ((replied[i][0] as Date).getTime() - c.getTime()) / 3600000,
        0,
      ) / 2;
    expect(F.FRT(created, replied) as number).toBeCloseTo(expected, 9);
  });

  test('RESOLUTION_TIME mean and median over resolved tickets only', () => {
    const created = col(
      new Date(2026, 4, 1, 9),
      new Date(2026, 4, 1, 9),
      new Date(2026, 4, 2, 9),
      new Date(2026, 4, 3, 9),
    );
    const resolved = col(
      new Date(2026, 4, 1, 11),
      new Date(2026, 4, 1, 13),
      new Date(2026, 4, 2, 21),
      '',
    );
    expect(F.RESOLUTION_TIME(created, resolved) as number).toBeCloseTo(6, 9);
    expect(F.RESOLUTION_TIME(created, resolved, 'hours', 'median') as number).toBeCloseTo(4, 9);
    expect(F.RESOLUTION_TIME(created, resolved, 'days') as number).toBeCloseTo(0.25, 9);
  });

  test('a pair mixing a duration and a timestamp is an error naming the row', () => {
    expect(() => F.FRT(col(new Date(2026, 0, 1)), col(durationCell(1, 0)))).toThrow(
      'FRT: created and first_reply mix a date-time and a duration (row 1)',
    );
  });

  test('reading durations in a named zone equals reading them in the runtime zone', () => {
    const d = durationCell(3, 7, 9);
    expect(wallClock(d, zone)).toBe(wallClock(d, undefined));
    expect(new DurationReader(() => zone).days(d) * 86400).toBeCloseTo(3 * 3600 + 7 * 60 + 9, 6);
  });

  test('a spreadsheet zone different from the runtime zone is honoured', () => {
    // Build the Date Apps Script would hand over for 0:05:30 in Asia/Kolkata (LMT +5:53:28 in 1899).
    const target = Date.UTC(1899, 11, 30, 0, 5, 30);
    let guess = target;
    for (let i = 0; i < 3; i++) guess += target - wallClock(new Date(guess), 'Asia/Kolkata');
    const reader = new DurationReader(() => 'Asia/Kolkata');
    expect(reader.days(new Date(guess)) * 1440).toBeCloseTo(5.5, 9);
  });
});
