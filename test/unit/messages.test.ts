/**
 * Messages a native reader trusts (#25): every problem and every import text rendered in every
 * language at the counts users have (1, 2, 3, 5, 11, 21, 22, 25, 101, 250) and with numbers
 * that used to come out wrong (0.0000001, 1234567.5, −2.5): the locale's grouping and decimal
 * mark, no exponent, no float noise, one minus sign; no count before a counted noun; one term
 * per thing across the report, the sidebar and the errors; schedules in six languages.
 */
import fc from 'fast-check';
import { fill, LANGUAGES, LOCALES, messages, type Language } from '../../src/i18n';
import { formatCount, formatNumber, numberStyle } from '../../src/i18n/numbers';
import { PROBLEM_CATALOGUES, renderProblem } from '../../src/i18n/problems';
import { spaceHan } from '../../src/i18n/problems/zh';
import { problem, type Problem, type ProblemKey } from '../../src/metrics/errors';
import { parseSchedule } from '../../src/metrics/hours';
import { SAMPLES } from '../fixtures/problems';
import { TERMS } from '../fixtures/terms';

const LOCALE: Record<Language | 'de', string> = { ...LOCALES, de: 'de_DE' };
const COUNTS = [1, 2, 3, 5, 11, 21, 22, 25, 101, 250];
const KEYS = Object.keys(SAMPLES) as ProblemKey[];
/** Problems whose facts are values a message writes as numbers (not counts of arguments). */
const FORMATTED: ProblemKey[] = [
  'negative',
  'notWhole',
  'partOverWhole',
  'probability',
  'confidence',
  'scaleMax',
  'keptBelowZero',
  'keptOverStart',
  'marginOver100',
  'backlogNegative',
  'notACount',
  'negativeTime',
  'openingHours',
];

/** A sample problem with every number in its facts replaced by `x` (counts, values, limits). */
function withNumber(key: ProblemKey, x: number): Problem {
  const swap = (v: unknown): unknown =>
    typeof v === 'number'
      ? x
      : Array.isArray(v)
        ? v.map(swap)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v).map(([k, w]) =>
                // Places (rows, columns) are positions, not numbers a message formats.
                ['row', 'col', 'rows', 'cols', 'place', 'number', 'rating'].includes(k)
                  ? [k, w]
                  : [k, swap(w)],
              ),
            )
          : v;
  return problem(key, swap(SAMPLES[key]) as never);
}

describe.each(Object.keys(LOCALE) as (Language | 'de')[])('numbers in %s', (lang) => {
  const locale = LOCALE[lang];
  const style = numberStyle(locale);
  const big = formatNumber(1234567.5, style);
  const minus = formatNumber(-2.5, style);

  test('the locale way: grouping, decimal mark, U+2212, no exponent, no noise', () => {
    expect(big).toBe(`1${style.group}234${style.group}567${style.decimal}5`);
    expect(minus).toBe(`\u22122${style.decimal}5`);
    expect(formatNumber(0.0000001, style)).toBe(`0${style.decimal}0000001`);
    expect(formatNumber(0.1 + 0.2, style)).toBe(`0${style.decimal}3`);
    expect(formatNumber(-0.30000000000000004, style)).toBe(`\u22120${style.decimal}3`);
    expect(formatNumber(1e21, style)).not.toMatch(/e/i);
    expect(formatNumber(2026, style)).toMatch(/^2.?026$/);
  });

  test.each(KEYS)('%s: its numbers the locale way', (key) => {
    for (const x of [0.0000001, 1234567.5, -2.5, ...COUNTS]) {
      const said = renderProblem(withNumber(key, x), locale);
      expect([key, x, said]).not.toEqual([key, x, expect.stringMatching(/\de[-+]?\d/)]);
      expect([key, x, said]).not.toEqual([key, x, expect.stringMatching(/\d[.,]\d{9,}/)]);
      // A hyphen-minus before a number (a range like 09:00-25:00 has a digit before it).
      expect([key, x, said]).not.toEqual([key, x, expect.stringMatching(/(^|[^\d\p{L}:])-\d/u)]);
      if (x === 1234567.5 && FORMATTED.includes(key))
        expect([key, said.includes(big)]).toEqual([key, true]);
    }
  });
});

/** Words a count may stand before in each language: connectors, not counted nouns. */
const CONNECTORS: Record<Language, RegExp> = {
  en: /^(of|to|and|or)\b/,
  sl: /^(od|do|in|ali)\b/,
  ru: /^(из|до|и|или)(?!\p{L})/u,
  ro: /^(din|de|și|sau|la)(?!\p{L})/u,
  fi: /^(\/|ja|tai)(?!\p{L})/u,
  zh: /./, // Chinese counts take measure words (行, 个): no plural forms to get wrong.
};

describe.each(LANGUAGES)('import texts in %s at the counts users have', (language) => {
  const t = messages(language).import;
  const texts = Object.entries(t).filter(([, v]) => typeof v === 'string') as [string, string][];

  test.each(texts.filter(([, v]) => /\{(count|rows|done|total|added|updated|unchanged)\}/.test(v)))(
    '%s',
    (_key, template) => {
      for (const n of COUNTS) {
        const values = Object.fromEntries(
          ['count', 'rows', 'done', 'total', 'added', 'updated', 'unchanged'].map((k) => [k, n]),
        );
        const said = fill(template, { ...values, desk: 'Zendesk', period: '2026' });
        for (const m of said.matchAll(new RegExp(`(?<![\\d.,])${n}(?![\\d.,])\\s*`, 'g'))) {
          const after = said.slice(m.index! + m[0].length);
          if (!after || /^[\p{P}\p{S}]/u.test(after)) continue;
          expect([template, n, after.slice(0, 12), CONNECTORS[language].test(after)]).toEqual([
            template,
            n,
            after.slice(0, 12),
            true,
          ]);
        }
      }
    },
  );
});

test('counts in problems: arity and E − N say the number as a label, whatever it is', () => {
  for (const language of LANGUAGES)
    for (const n of COUNTS) {
      const arity = renderProblem(
        problem('arity', { got: n, min: 2, max: 3, params: ['a', 'b', 'c'] }),
        LOCALE[language],
      );
      const kept = renderProblem(
        problem('keptBelowZero', { end: n, added: n + 1 }),
        LOCALE[language],
      );
      for (const said of [arity, kept])
        expect([language, said]).not.toEqual([
          language,
          expect.stringMatching(/\d+ (novih|новых|uutta|rânduri)/),
        ]);
    }
  // Romanian puts "de" before a plural from 20 on.
  const ro = (max: number) =>
    renderProblem(problem('arity', { got: 1, min: max, max, params: [] }), 'ro_RO');
  expect(ro(1)).toContain('acceptă un argument');
  expect(ro(3)).toContain('acceptă 3 argumente');
  expect(ro(21)).toContain('acceptă 21 de argumente');
});

describe('one term per thing, the same in the report, the sidebar and the errors', () => {
  const everything = (language: Language): string => {
    const leaves = (x: unknown): string[] =>
      typeof x === 'string'
        ? [x]
        : x && typeof x === 'object'
          ? Object.values(x).flatMap(leaves)
          : [];
    const catalogue = PROBLEM_CATALOGUES[language]();
    return [
      ...leaves(messages(language)),
      ...Object.values(catalogue.words.quantities),
      ...KEYS.map((k) => renderProblem(problem(k, SAMPLES[k]), LOCALE[language])),
    ].join('\n');
  };
  test.each(TERMS)('$language: "$use", never $avoid', ({ language, avoid, use }) => {
    const all = everything(language);
    expect(all.match(avoid)).toBeNull();
    expect(all.toLowerCase()).toContain(use.toLowerCase());
  });

  test.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s: the contacts an error names are the ones the calculators name',
    (language) => {
      const report = JSON.stringify(messages(language).metrics).toLowerCase();
      const q = PROBLEM_CATALOGUES[language]().words.quantities;
      for (const name of ['contacts offered', 'abandoned contacts', 'contacts served'] as const)
        expect([name, report.includes(q[name].toLowerCase())]).toEqual([name, true]);
    },
  );
});

test('Chinese: one space between Han and Latin text, none between Han characters', () => {
  expect(spaceHan('talk不能为负数')).toBe('talk 不能为负数');
  expect(spaceHan('和 期末客户数')).toBe('和期末客户数');
  expect(spaceHan('holidays包含“xmas圣诞”')).toBe('holidays 包含“xmas圣诞”');
  for (const key of KEYS) {
    const said = renderProblem(problem(key, SAMPLES[key]), 'zh_CN');
    expect([key, said]).not.toEqual([
      key,
      expect.stringMatching(/[\u3400-\u9fff] [\u3400-\u9fff]/),
    ]);
    expect([key, said.replace(/“[^”]*”/g, '')]).not.toEqual([
      key,
      expect.stringMatching(/[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/),
    ]);
  }
});

/** Each language's day abbreviations, Monday first. */
const DAYS: Record<Language, string[]> = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  sl: ['pon', 'tor', 'sre', 'čet', 'pet', 'sob', 'ned'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  ro: ['lun', 'mar', 'mie', 'joi', 'vin', 'sâm', 'dum'],
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
};

test('schedules with the day names of the six languages give the English working hours', () => {
  const clause = fc.record({
    from: fc.integer({ min: 0, max: 6 }),
    to: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 0, max: 22 }),
    hours: fc.integer({ min: 1, max: 10 }),
  });
  fc.assert(
    fc.property(
      fc.array(clause, { minLength: 1, maxLength: 3 }),
      fc.constantFrom(...LANGUAGES),
      (clauses, language) => {
        const write = (names: string[]) =>
          clauses
            .map(
              (c) =>
                `${names[c.from]}${c.from === c.to ? '' : `${language === 'zh' ? '至' : '-'}${names[c.to]}`} ${String(c.start).padStart(2, '0')}:00-${String((c.start + c.hours) % 24).padStart(2, '0')}:30`,
            )
            .join('; ');
        expect(parseSchedule(write(DAYS[language]))).toEqual(parseSchedule(write(DAYS.en)));
      },
    ),
    { numRuns: 200 },
  );
});

test('a day no language names is an error that says which forms are accepted', () => {
  const said = (locale: string) => {
    try {
      parseSchedule('Funday 09:00-17:00');
    } catch (e) {
      return renderProblem((e as { problem: Problem }).problem, locale);
    }
    return '';
  };
  expect(said('sl_SI')).toContain('pon–ned');
  expect(said('ru_RU')).toContain('пн–вс');
  expect(said('zh_CN')).toContain('周一至周日');
  expect(said('en_US')).toContain('Mon–Sun');
});

test("the sidebar's counts are the language's: grouping and no float noise", () => {
  expect(formatCount(250000, 'en')).toBe('250,000');
  expect(formatCount(250000, 'sl')).toBe('250.000');
  expect(formatCount(250000, 'ru')).toBe(`250${numberStyle('ru-RU').group}000`);
  expect(formatCount(250000, 'fi')).toBe(`250${numberStyle('fi-FI').group}000`);
  expect(formatCount(101, 'ro')).toBe('101');
  expect(formatCount(1234567.5, 'zh')).toBe('1,234,567.5');
});
