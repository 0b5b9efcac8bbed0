/**
 * The built dist/Code.js, loaded in a bare node:vm context as Apps Script loads it for
 * every custom-function call: no Apps Script globals, no service touched at load time,
 * every catalogue function a global with its JSDoc, and the shared cases answered alike.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { parse } from 'acorn';
import { allFunctions } from '../../src/catalogue';
import { wallClock } from '../../src/sheets/time';
import { BAD, GOOD } from '../helpers/cases';
import { bundleSource, call, errorOf, loadBundle } from '../helpers/bundle';

/** Structural equality across realms (arrays from the vm are not this realm's Arrays). */
function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v));
}

function close(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number')
    return typeof actual === 'number' && Math.abs(actual - expected) < 1e-9;
  if (Array.isArray(expected)) {
    const a = actual as unknown[];
    return (
      Array.isArray(a) && a.length === expected.length && expected.every((e, i) => close(a[i], e))
    );
  }
  return actual === expected;
}

test('loads in a bare context without touching any Apps Script service', () => {
  const touched: string[] = [];
  const trap = (name: string) =>
    new Proxy(
      {},
      { get: (_t, prop) => (touched.push(`${name}.${String(prop)}`), () => undefined) },
    );
  const ctx = loadBundle({
    SpreadsheetApp: trap('SpreadsheetApp'),
    HtmlService: trap('HtmlService'),
    PropertiesService: trap('PropertiesService'),
    LockService: trap('LockService'),
    Session: trap('Session'),
  });
  expect(typeof ctx.SupportMetrics).toBe('object');
  expect(touched).toEqual([]);
});

test('every catalogue function is a global function with @customfunction JSDoc', () => {
  const ctx = loadBundle();
  const source = bundleSource();
  for (const f of allFunctions()) {
    expect([f.name, typeof ctx[f.name]]).toEqual([f.name, 'function']);
    const stub = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${f.name}\\(`);
    const doc = source.match(stub)?.[1] ?? '';
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(f.summary);
    expect(doc).toMatch(/@param \{[^}]+\} \w+ \S/);
  }
});

test('NPS as Sheets calls it: [[10],[9],[7],[3],["Score"],[""]]', () => {
  const ctx = loadBundle();
  expect(call(ctx, 'NPS', [[10], [9], [7], [3], ['Score'], ['']])).toBe(25);
});

test('Dates made in the vm realm are recognised (type tag, not instanceof)', () => {
  const ctx = loadBundle();
  const cells = vm.runInContext('[[new Date(2026, 0, 1, 9)], [new Date(2026, 0, 1, 9)]]', ctx);
  const replies = vm.runInContext('[[new Date(2026, 0, 1, 11)], [new Date(2026, 0, 1, 13)]]', ctx);
  expect(call(ctx, 'FRT', cells, replies)).toBeCloseTo(3, 9);
});

describe('the bundle gives the same answers as the source', () => {
  const ctx = loadBundle();
  test.each(GOOD.map((c) => [c.fn, c.why, c] as const))('%s: %s', (_fn, _why, c) => {
    expect(close(plain(call(ctx, c.fn, ...c.args)), c.expected)).toBe(true);
  });
  test(`and ${BAD.length} bad inputs throw an Error whose message starts with the function name`, () => {
    expect(BAD.length).toBeGreaterThanOrEqual(20);
    for (const c of BAD) {
      const msg = errorOf(() => call(ctx, c.fn, ...c.args));
      expect(msg).toMatch(new RegExp(`^Error: ${c.fn}: `));
      expect(msg).toContain(c.message.slice(c.fn.length + 2));
    }
  });
});

test('the manifest asks for the narrowest scopes and no network', () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../dist/appsscript.json'), 'utf8'),
  );
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ]);
  expect(JSON.stringify(manifest)).not.toMatch(/urlFetchWhitelist|external_request/);
  const clasp = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('dist');
});

test('no eval, no Function constructor, no network in the bundle', () => {
  const src = bundleSource();
  expect(src).not.toMatch(/\beval\(|new Function\(|UrlFetchApp|XMLHttpRequest|fetch\(/);
});

test('the sidebar is one self-contained file: no CDN, no external fonts or scripts', () => {
  const html = fs.readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
  expect(html).not.toMatch(/https?:\/\//);
  expect(html).not.toMatch(/<link\b|<script[^>]+src=|@import/);
  expect(html).not.toContain('/* SCRIPT */');
  expect(html).toMatch(/<script>[\s\S]*google\.script\.run[\s\S]*<\/script>/);
  expect(html).not.toMatch(/\binnerHTML\b|\beval\(/);
});

test('duration cells are read in the spreadsheet time zone, asked of SpreadsheetApp only when needed', () => {
  let asked = 0;
  const ctx = loadBundle({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSpreadsheetTimeZone: () => {
          asked++;
          return 'Asia/Kolkata';
        },
      }),
    },
  });
  expect(call(ctx, 'NPS', [[9]])).toBe(100);
  expect(asked).toBe(0);
  // 0:05:30 as Sheets in Asia/Kolkata hands it over: the instant whose Kolkata wall clock
  // reads 1899-12-30 00:05:30 (the zone's 1899 offset is not whole hours).
  const wall = (d: Date) => wallClock(d, 'Asia/Kolkata');
  const target = Date.UTC(1899, 11, 30, 0, 5, 30);
  const instant = new Date(target - (wall(new Date(target)) - target));
  expect(wall(instant)).toBe(target);
  expect(instant.getTime() % 3600000).not.toBe(target % 3600000);
  const talk = vm.runInContext(`[[new Date(${instant.getTime()})]]`, ctx);
  expect(call(ctx, 'AHT', talk, [['']], [['']])).toBeCloseTo(5.5, 9);
  expect(asked).toBe(1);
});

test('the bundle and the sidebar script are ES2020: nothing newer for Apps Script V8 to reject', () => {
  expect(() => parse(bundleSource(), { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  const html = fs.readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
  const script = html.match(/<script>([\s\S]*)<\/script>/)![1];
  expect(() => parse(script, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  // And the check itself bites: newer syntax is refused.
  expect(() => parse('a ??= 1', { ecmaVersion: 2020 })).toThrow();
});

test("errors speak the spreadsheet's language, asked of SpreadsheetApp only when something is wrong", () => {
  let locale = 'ru_RU';
  let asked = 0;
  const ctx = loadBundle({
    SpreadsheetApp: {
      getActive: () => ({
        getSpreadsheetLocale: () => {
          asked++;
          return locale;
        },
      }),
    },
  });
  expect(call(ctx, 'NPS', [[9], [3]])).toBe(0);
  expect(call(ctx, 'CRR', [[200], [100]], [[200], [90]], [[20], [15]])).toEqual([[90], [75]]);
  expect(asked).toBe(0);
  expect(errorOf(() => call(ctx, 'NPS', [[9], [11]]))).toBe(
    'Error: NPS: строка 2: 11 — вне шкалы 0–10',
  );
  expect(asked).toBe(1);
  locale = 'sl_SI';
  expect(errorOf(() => call(ctx, 'NPS_MOE', [[9], [3]], 95.5))).toBe(
    'Error: NPS_MOE: confidence mora biti med 0 in 1, npr. 0,95 (vneseno: 95,5)',
  );
  locale = 'de_DE';
  expect(errorOf(() => call(ctx, 'CSAT', [[4.5]]))).toBe(
    'Error: CSAT: 4,5 in row 1 is not a whole score on the 1–5 scale',
  );
  locale = 'zh_CN';
  expect(errorOf(() => call(ctx, 'CRR', 1, 2))).toBe(
    'Error: CRR: 需要 3 个参数（S, E, N），实际为 2 个',
  );
  // A locale that cannot be read leaves English, never a second error.
  const broken = loadBundle({
    SpreadsheetApp: {
      getActive: () => {
        throw new Error('no access');
      },
    },
  });
  expect(errorOf(() => call(broken, 'NPS', [[11]]))).toBe(
    'Error: NPS: 11 in row 1 is outside the 0–10 scale',
  );
});

test('the CSV parser ships in the sidebar only: the custom functions do not load it', () => {
  expect(bundleSource()).not.toMatch(/papaparse|Papa\.parse|unparse/);
  const html = fs.readFileSync(path.resolve(__dirname, '../../dist/Sidebar.html'), 'utf8');
  expect(html).toMatch(/unparse/);
});
