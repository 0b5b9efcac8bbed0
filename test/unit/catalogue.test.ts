/** The catalogue is the single source of truth: docs, examples and functions agree with it. */
import {
  METRICS,
  METRIC_IDS,
  TRACKED_INPUTS,
  TRACKED_INPUT_IDS,
  allFunctions,
} from '../../src/catalogue';
import * as F from '../../src/functions';
import { customFunctionsIn } from '../../scripts/build';

const sources = customFunctionsIn();

test('every worked example computes its published result with src/metrics', () => {
  for (const metric of METRICS) {
    const inputs = Object.fromEntries(metric.inputs.map((i) => [i.id, i.example]));
    expect([metric.id, metric.compute(inputs)]).toEqual([
      metric.id,
      expect.closeTo(metric.example, 9),
    ]);
  }
});

test('ids are unique and templates only name their own inputs', () => {
  expect(new Set(METRICS.map((x) => x.id)).size).toBe(METRICS.length);
  for (const metric of METRICS) {
    const ids = new Set(metric.inputs.map((i) => i.id));
    const used = [
      ...`${metric.native.expr} ${metric.native.nonzero.join(' ')}`.matchAll(/\{(\w+)\}/g),
    ].map((x) => x[1]);
    expect(used.filter((u) => !ids.has(u))).toEqual([]);
    // A change calculator's confidence sets its margin, not the change itself.
    for (const id of ids) if (!(metric.change && id === 'confidence')) expect(used).toContain(id);
    // Canonical formulas: no decimal literal a comma locale could misread.
    expect(metric.native.expr).not.toMatch(/\d\.\d/);
  }
});

test('tracked metrics map every input to a tab-1 input row', () => {
  const rows = new Set(TRACKED_INPUTS.map((i) => i.id));
  for (const metric of METRICS.filter((x) => x.tracked)) {
    expect(Object.keys(metric.tracked!).sort()).toEqual(metric.inputs.map((i) => i.id).sort());
    for (const row of Object.values(metric.tracked!)) expect(rows.has(row)).toBe(true);
  }
});

test('every documented function exists, and every custom function is documented', () => {
  const documented = allFunctions()
    .map((f) => f.name)
    .sort();
  expect(sources.map((s) => s.name).sort()).toEqual(documented);
  for (const name of documented)
    expect(typeof (F as Record<string, unknown>)[name]).toBe('function');
});

test.each(allFunctions().map((f) => [f.name, f] as const))(
  '%s: JSDoc agrees with the catalogue',
  (name, doc) => {
    const src = sources.find((s) => s.name === name)!;
    const firstLine = src.jsdoc.split('\n')[1].replace(/^\s*\*\s?/, '');
    expect(firstLine).toBe(doc.summary);
    const jsParams = [...src.jsdoc.matchAll(/@param \{[^}]*\} (\w+)/g)].map((x) => x[1]);
    expect(jsParams).toEqual(src.params);
    expect(doc.params.map((p) => p.replace(/^\[|\]$/g, '').replace(/=.*/, ''))).toEqual(src.params);
    expect(src.jsdoc).toMatch(/@return /);
    expect(src.jsdoc).toMatch(/@customfunction/);
  },
);

test('id lists match the entries, in order', () => {
  expect(METRICS.map((x) => x.id)).toEqual([...METRIC_IDS]);
  expect(TRACKED_INPUTS.map((x) => x.id)).toEqual([...TRACKED_INPUT_IDS]);
});
