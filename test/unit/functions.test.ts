/** Every custom function from the TypeScript source, with the shared good and bad cases. */
import * as F from '../../src/functions';
import { BAD, GOOD } from '../helpers/cases';

const fns = F as unknown as Record<string, (...args: unknown[]) => unknown>;

function deepClose(actual: unknown, expected: unknown): void {
  if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(actual as number).toBeCloseTo(expected, 9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => deepClose((actual as unknown[])[i], e));
  } else expect(actual).toEqual(expected);
}

describe.each(GOOD)('$fn: $why', ({ fn, args, expected }) => {
  test('gives the expected result', () => deepClose(fns[fn](...args), expected));
});

describe.each(BAD)('$fn rejects: $why', ({ fn, args, message }) => {
  test('with a clear Error naming the function', () => {
    let thrown: unknown;
    try {
      fns[fn](...args);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    const msg = (thrown as Error).message;
    expect(msg.startsWith(`${fn}: `)).toBe(true);
    expect(msg).toContain(message.slice(fn.length + 2));
    expect(msg).not.toMatch(/NaN|Infinity|undefined|TypeError/);
  });
});

test('every function has good and bad cases', () => {
  const exported = Object.keys(F).filter((k) => /^[A-Z_]+$/.test(k));
  for (const name of exported) {
    expect([name, GOOD.some((c) => c.fn === name)]).toEqual([name, true]);
    expect([name, BAD.some((c) => c.fn === name)]).toEqual([name, true]);
  }
});

test('NPS_MOE from scores', () => {
  const scores = [...Array(70).fill([10]), ...Array(20).fill([8]), ...Array(10).fill([1])];
  expect(F.NPS_MOE(scores) as number).toBeCloseTo(1.959963984540054 * Math.sqrt(0.0044) * 100, 7);
  expect(F.NPS_MOE(scores, 0.99) as number).toBeGreaterThan(F.NPS_MOE(scores) as number);
});

test('a result never carries NaN or Infinity, even for huge inputs', () => {
  expect(Number.isFinite(F.CRR(1e15, 1e15, 0) as number)).toBe(true);
  expect(() => F.CLV(1e308, 1e308, 10)).not.toThrow(TypeError);
});

describe('the common rules, function by function', () => {
  const counts: [string, number][] = [
    ['CRR', 3],
    ['CHURN', 2],
    ['CLV', 3],
    ['CAC', 2],
    ['AVG_WAIT', 2],
    ['FCR', 2],
    ['RESOLUTION_RATE', 2],
    ['RESPONSE_RATE', 2],
    ['ABANDON_RATE', 2],
    ['REFERRAL_RATE', 2],
    ['BACKLOG', 3],
  ];
  test.each(counts)(
    '%s: blanks give blank, text/dates/booleans/errors/shapes are named errors',
    (fn, n) => {
      const f = fns[fn];
      const ones = Array(n).fill(1);
      expect(f(...Array(n).fill(''))).toBe('');
      expect(f(...Array(n).fill(null))).toBe('');
      const firstBad = (v: unknown) => () => f(v, ...ones.slice(1));
      expect(firstBad('abc')).toThrow(new RegExp(`^${fn}: .* is "abc", not a number$`));
      expect(firstBad(new Date(2026, 0, 1))).toThrow(
        new RegExp(`^${fn}: .* is a date, not a number$`),
      );
      expect(firstBad(false)).toThrow(new RegExp(`^${fn}: .* is false, not a number$`));
      expect(firstBad('#REF!')).toThrow(new RegExp(`^${fn}: .* holds the error "#REF!"$`));
      expect(firstBad(-1)).toThrow(new RegExp(`^${fn}: .*must not be negative`));
      expect(() => f([[1], [2]], ...Array(n - 1).fill([[1], [2], [3]]))).toThrow(
        `must have the same shape`,
      );
      expect(() => f([[]], ...ones.slice(1))).toThrow(`${fn}: `);
      // A header and a blank month in ranges give blanks for those rows, not errors.
      const spilled = f(...Array(n).fill([['Header'], [''], [1]])) as unknown[][];
      expect(spilled.slice(0, 2)).toEqual([[''], ['']]);
      expect(() => f(...ones.slice(1))).toThrow(`${fn}: expects`);
    },
  );

  const scores: [string, unknown[]][] = [
    ['NPS', []],
    ['NPS_BREAKDOWN', []],
    ['NPS_MOE', []],
    ['CSAT', []],
    ['CSAT_AVERAGE', []],
    ['CES', []],
    ['CES_PERCENT', []],
  ];
  test.each(scores)(
    '%s: dates, booleans and text in the range are skipped; nothing to count is an error',
    (fn) => {
      const f = fns[fn];
      const withNoise = [[5], [new Date(2026, 0, 1)], [true], ['Score'], [''], [null], [' 4 ']];
      expect(() => f(withNoise)).not.toThrow();
      const clean = f([[5], [4]]);
      if (fn === 'NPS_BREAKDOWN') {
        // The breakdown reports what it skipped: a date, a boolean and a header.
        const noisy = f(withNoise) as unknown[][];
        expect(noisy[1][4]).toBe(3);
        noisy[1][4] = 0;
        expect(noisy).toEqual(clean);
      } else expect(f(withNoise)).toEqual(clean);
      expect(() => f([[''], [new Date(2026, 0, 1)], ['text']])).toThrow(
        new RegExp(`^${fn}: there are no responses`),
      );
      expect(() => f([[4.5]])).toThrow(new RegExp(`^${fn}: 4\\.5 in row 1 is not a whole score`));
      expect(() => f([[99]])).toThrow(new RegExp(`^${fn}: 99 in row 1 is outside`));
      expect(() => f()).toThrow(`${fn}: expects`);
    },
  );

  test.each(['FRT', 'RESPONSE_TIME', 'RESOLUTION_TIME'])(
    '%s: blanks, text, dates, shapes',
    (fn) => {
      const f = fns[fn];
      const d = (h: number) => new Date(2026, 4, 4, h);
      expect(f([['Start'], [d(9)], ['']], [['End'], [d(11)], ['']])).toBeCloseTo(2, 9);
      expect(() => f([[d(9)]], [['soon']])).toThrow(
        new RegExp(`^${fn}: .* in row 1 is "soon", not a date-time$`),
      );
      expect(() => f([[d(9)]], [[d(8)]])).toThrow(
        new RegExp(`^${fn}: .* is before .* \\(row 1\\)$`),
      );
      expect(() => f([[d(9)], [d(9)]], [[d(10)]])).toThrow(`${fn}: `);
      expect(() => f([['']], [['']])).toThrow(new RegExp(`^${fn}: no row has both`));
      expect(() => f([[d(9)]], [[d(10)]], 'fortnights')).toThrow(
        `${fn}: unknown unit "fortnights"; use one of: seconds, minutes, hours, days`,
      );
    },
  );

  test('NPS_CATEGORY: same shape; blanks, text, dates and booleans blank; errors and bad scores named', () => {
    const f = fns.NPS_CATEGORY;
    expect(
      f([
        [10, ''],
        [new Date(2026, 0, 1), true],
        ['Score', 6],
      ]),
    ).toEqual([
      ['Promoter', ''],
      ['', ''],
      ['', 'Detractor'],
    ]);
    expect(f('')).toBe('');
    expect(() => f([['#DIV/0!']])).toThrow('NPS_CATEGORY: row 1 holds the error "#DIV/0!"');
    expect(() => f([[3], [-1]])).toThrow('NPS_CATEGORY: −1 in row 2 is outside the 0–10 scale');
    expect(() => f()).toThrow('NPS_CATEGORY: expects');
  });

  test.each(['REOPEN_RATE', 'ONE_TOUCH_RATE'])(
    '%s: text, dates and booleans skipped; errors, negatives and fractions named; nothing to count is an error',
    (fn) => {
      const f = fns[fn];
      const noisy = [['Header'], [new Date(2026, 0, 1)], [true], [''], [1], [0]];
      expect(f(noisy)).toBe(50);
      expect(() => f([['#N/A']])).toThrow(`${fn}: `);
      expect(() => f([[-1]])).toThrow(/in row 1 is −1, not a whole number of 0 or more/);
      expect(() => f([[0.5]])).toThrow(/in row 1 is 0.5, not a whole number of 0 or more/);
      expect(() => f([['x'], ['']])).toThrow(new RegExp(`^${fn}: there are no tickets`));
      expect(() => f()).toThrow(`${fn}: expects`);
    },
  );
});
