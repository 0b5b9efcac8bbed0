/**
 * BUSINESS_HOURS and working-time FRT: the worked cases (several windows, night shifts,
 * holidays, weekends, daylight-saving changes in America/Los_Angeles, ends outside hours,
 * end before start) through the built bundle with the spreadsheet's zone, and a property
 * test against a minute-by-minute count done independently with Intl.
 */
import fc from 'fast-check';
import { parseSchedule, WorkCalendar, ZoneClock, type WeekSchedule } from '../../src/metrics';
import { call, errorOf, loadBundle } from '../helpers/bundle';
import { col } from '../helpers/sheets';

const ZONE = 'America/Los_Angeles';
const H = 3600000;

/** The bundle with Apps Script's SpreadsheetApp answering the spreadsheet's time zone. */
const ctx = loadBundle({
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => ZONE }) },
});

/** The instant of a wall-clock time in Los Angeles (as a Sheets date-time cell is). */
function la(y: number, m: number, d: number, h = 0, min = 0): Date {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const wanted = Date.UTC(y, m - 1, d, h, min);
  // Try both offsets of the zone; keep the one that reads back as the wanted wall time.
  for (const offset of [-8, -7]) {
    const t = wanted - offset * H;
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    if (Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) === wanted) return new Date(t);
  }
  throw new Error('no such wall time');
}

const bh = (...args: unknown[]) => call(ctx, 'BUSINESS_HOURS', ...args);

describe('worked cases in America/Los_Angeles', () => {
  test.each([
    [
      'Mon 08:00→18:00 on a 9–17 day (NETWORKDAYS.INTL + MOD says 600)',
      la(2026, 1, 5, 8),
      la(2026, 1, 5, 18),
      '',
      480,
    ],
    [
      'Fri 20:00→Mon 08:00 (NETWORKDAYS.INTL + MOD says −240)',
      la(2026, 1, 9, 20),
      la(2026, 1, 12, 8),
      '',
      0,
    ],
    [
      'start and end inside hours, across a weekend',
      la(2026, 1, 9, 16),
      la(2026, 1, 12, 10),
      '',
      120,
    ],
    [
      'two windows a day',
      la(2026, 1, 5, 11),
      la(2026, 1, 5, 14),
      'Mon-Fri 08:00-12:00, 13:00-17:00',
      120,
    ],
    [
      'a Saturday clause',
      la(2026, 1, 10, 0),
      la(2026, 1, 11, 0),
      'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
      240,
    ],
    [
      'a night shift past midnight',
      la(2026, 1, 5, 23),
      la(2026, 1, 6, 7),
      'Mon-Fri 22:00-06:00',
      420,
    ],
    ['24:00 ends a day', la(2026, 1, 5, 0), la(2026, 1, 7, 0), 'Mon 00:00-24:00', 1440],
    [
      'spring forward: 01:00–05:00 on the short Sunday is 3 hours',
      la(2026, 3, 8, 0),
      la(2026, 3, 9, 0),
      'Sun 01:00-05:00',
      180,
    ],
    [
      'spring forward: a window starting in the skipped hour',
      la(2026, 3, 8, 0),
      la(2026, 3, 9, 0),
      'Sun 02:30-04:00',
      60,
    ],
    [
      'fall back: 01:00–05:00 on the long Sunday is 5 hours',
      la(2026, 11, 1, 0),
      la(2026, 11, 2, 0),
      'Sun 01:00-05:00',
      300,
    ],
    [
      'fall back: 01:30–03:00 counts both 01:30s',
      la(2026, 11, 1, 0),
      la(2026, 11, 2, 0),
      'Sun 01:30-03:00',
      120,
    ],
    ['end before start: minus the working time', la(2026, 1, 5, 18), la(2026, 1, 5, 8), '', -480],
  ])('%s', (_name, start, end, schedule, minutes) => {
    expect(bh(start, end, schedule, '', 'minutes')).toBeCloseTo(minutes as number, 9);
  });

  test('holidays are whole local dates: a night shift loses the part on the holiday', () => {
    const holiday = [[la(2026, 1, 6)]]; // Tuesday
    expect(
      bh(la(2026, 1, 5, 0), la(2026, 1, 7, 12), 'Mon-Fri 22:00-06:00', holiday, 'hours'),
    ).toBeCloseTo(
      2 + 6, // Monday 22–24; Tuesday's own night (22:00 Tue → 06:00 Wed) only its Wednesday part
      9,
    );
  });

  test('ranges spill; open tickets and headers are blank; bad rows are named', () => {
    expect(
      bh(
        col('Created', la(2026, 1, 5, 8), la(2026, 1, 9, 20)),
        col('Solved', la(2026, 1, 5, 18), ''),
        '',
        '',
        'minutes',
      ),
    ).toEqual([[''], [480], ['']]);
    // Text in a range is a header (blank); in a single cell it is a mistake; a pair that mixes
    // a date-time and a number names its row.
    expect(bh(col(la(2026, 1, 5, 9), 'x'), col(la(2026, 1, 5, 10), la(2026, 1, 5, 11)))).toEqual([
      [1],
      [''],
    ]);
    expect(errorOf(() => bh('x', la(2026, 1, 5, 10)))).toBe(
      'Error: BUSINESS_HOURS: "x" is not a date-time',
    );
    expect(
      errorOf(() => bh(col(la(2026, 1, 5, 9), 46027), col(la(2026, 1, 5, 10), la(2026, 1, 5, 11)))),
    ).toBe('Error: BUSINESS_HOURS: start and end mix a date and a plain number (row 2)');
  });

  test('FRT and RESOLUTION_TIME count working time per row with a schedule', () => {
    const created = col(la(2026, 1, 5, 8), la(2026, 1, 9, 20));
    const replied = col(la(2026, 1, 5, 18), la(2026, 1, 12, 8));
    expect(
      call(ctx, 'FRT', created, replied, 'minutes', 'mean', 'Mon-Fri 09:00-17:00'),
    ).toBeCloseTo(240, 9);
    expect(call(ctx, 'FRT', created, replied, 'hours')).toBeCloseTo((10 + 60) / 2, 9);
    expect(
      call(ctx, 'RESOLUTION_TIME', created, replied, 'minutes', 'median', '', col(la(2026, 1, 5))),
    ).toBe(0);
  });
});

/** Working minutes counted one by one, with Intl for the local time of each minute. */
function minuteCount(week: WeekSchedule, holidays: Set<number>, from: number, to: number): number {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  let n = 0;
  for (let t = from; t < to; t += 60000) {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    const day = Date.UTC(+p.year, +p.month - 1, +p.day) / 86400000;
    if (holidays.has(day)) continue;
    const wd = weekdays.indexOf(p.weekday);
    const minute = +p.hour * 60 + +p.minute;
    const today = week[wd].some((w) => minute >= w.start && minute < Math.min(w.end, 1440));
    const spill = week[(wd + 6) % 7].some((w) => w.end > 1440 && minute < w.end - 1440);
    if (today || spill) n++;
  }
  return n;
}

test('property: BUSINESS_HOURS equals a minute-by-minute count over random spans and schedules', () => {
  const day = fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun');
  const quarter = fc.integer({ min: 0, max: 95 });
  const hhmm = (q: number) =>
    `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
  const clause = fc
    .record({
      days: fc.oneof(
        day,
        fc.tuple(day, day).map(([a, b]) => `${a}-${b}`),
        fc.uniqueArray(day, { minLength: 1, maxLength: 3 }).map((d) => d.join(',')),
      ),
      windows: fc.array(
        fc.tuple(quarter, quarter).filter(([a, b]) => a !== b),
        {
          minLength: 1,
          maxLength: 2,
        },
      ),
    })
    .map((c) => `${c.days} ${c.windows.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(', ')}`);
  // Spans around the 2026 daylight-saving changes in Los Angeles, and ordinary weeks.
  const anchor = fc.constantFrom(
    Date.UTC(2026, 2, 7, 8),
    Date.UTC(2026, 9, 31, 7),
    Date.UTC(2026, 0, 9, 8),
  );
  const clock = new ZoneClock(ZONE);
  fc.assert(
    fc.property(
      fc.array(clause, { minLength: 1, maxLength: 3 }),
      anchor,
      fc.integer({ min: 0, max: 4 * 24 * 4 }),
      fc.integer({ min: 0, max: 3 * 24 * 4 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
      (clauses, base, offset, length, holidayOffsets) => {
        const schedule = clauses.join('; ');
        const from = base + offset * 15 * 60000;
        const to = from + length * 15 * 60000;
        const week = parseSchedule(schedule);
        const firstDay = clock.dayOf(from);
        const holidays = new Set(holidayOffsets.map((d) => firstDay + d));
        const expected = minuteCount(week, holidays, from, to);
        const calendar = new WorkCalendar(week, holidays, clock);
        expect([schedule, calendar.between(from, to) / 60000]).toEqual([schedule, expected]);
        // The same through the custom function, as Sheets calls it.
        const holidayCells = [...holidays].map((d) => [la(1970, 1, 1 + d)]);
        const minutes = bh(
          new Date(from),
          new Date(to),
          schedule,
          holidayCells.length ? holidayCells : '',
          'minutes',
        );
        expect([schedule, minutes]).toEqual([schedule, expect.closeTo(expected, 6)]);
        expect(
          bh(
            new Date(to),
            new Date(from),
            schedule,
            holidayCells.length ? holidayCells : '',
            'minutes',
          ),
        ).toBeCloseTo(-expected, 6);
      },
    ),
    { numRuns: 150, seed: 15 },
  );
});

test('a calendar asked in random order across two years (the table and the zone grow in pieces) answers as a fresh one per pair', () => {
  const week = parseSchedule('Mon-Fri 08:00-12:00, 13:00-17:00; Sat 22:00-02:00');
  // Los Angeles, and Lord Howe Island, whose clocks change by half an hour.
  for (const zone of [ZONE, 'Australia/Lord_Howe']) {
    const shared = new WorkCalendar(week, new Set([20600, 20800]), new ZoneClock(zone));
    const rand = fc.sample(fc.tuple(fc.nat(730 * 96), fc.nat(40 * 96)), { numRuns: 300, seed: 7 });
    for (const [start, length] of rand) {
      const from = Date.UTC(2025, 6, 1) + start * 15 * 60000;
      const to = from + length * 15 * 60000;
      const fresh = new WorkCalendar(week, new Set([20600, 20800]), new ZoneClock(zone));
      expect([zone, from, shared.between(from, to)]).toEqual([zone, from, fresh.between(from, to)]);
      expect(shared.clock.dayOf(to)).toBe(new ZoneClock(zone).dayOf(to));
    }
  }
});
