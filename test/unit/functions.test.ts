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
    expect(GOOD.some((c) => c.fn === name) || name === 'NPS_MOE').toBe(true);
    expect(BAD.some((c) => c.fn === name) || name === 'RESPONSE_TIME').toBe(true);
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
