/**
 * Custom-function errors in six languages: every problem has a sentence in every language,
 * every quantity a word, and numbers follow the locale's decimal mark.
 */
import { LANGUAGES, languageForLocale } from '../../src/i18n';
import { PROBLEM_CATALOGUES, decimalMark, renderProblem } from '../../src/i18n/problems';
import {
  QUANTITIES,
  problem,
  type Problem,
  type ProblemKey,
  type Shown,
} from '../../src/metrics/errors';
import { SAMPLES, text } from '../fixtures/problems';

const KEYS = Object.keys(SAMPLES) as ProblemKey[];
const sample = (key: ProblemKey): Problem => problem(key, SAMPLES[key]);
const LOCALE = { en: 'en_US', sl: 'sl_SI', zh: 'zh_CN', ru: 'ru_RU', ro: 'ro_RO', fi: 'fi_FI' };

describe.each(LANGUAGES)('%s', (language) => {
  const catalogue = PROBLEM_CATALOGUES[language]();

  test('has a sentence for every problem and a word for every quantity, and nothing else', () => {
    expect(Object.keys(catalogue.texts).sort()).toEqual([...KEYS].sort());
    expect(Object.keys(catalogue.words.quantities).sort()).toEqual([...QUANTITIES].sort());
    for (const q of QUANTITIES) expect(catalogue.words.quantities[q].trim()).not.toBe('');
  });

  test.each(KEYS)('%s reads as a sentence with its facts', (key) => {
    const said = renderProblem(sample(key), LOCALE[language]);
    expect(said.trim()).not.toBe('');
    expect(said).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
    // Argument names stay English in every language.
    for (const arg of JSON.stringify(SAMPLES[key]).match(/"(?:arg|start|end|period)":"(\w+)"/g) ??
      [])
      expect(said).toContain(arg.split(':')[1].replace(/"/g, ''));
    if (language !== 'en') expect(said).not.toBe(renderProblem(sample(key), 'en_US'));
  });

  test('every kind of cell value is shown, text quoted as it is', () => {
    const kinds: Shown[] = [
      text,
      { kind: 'error', text: '#REF!' },
      { kind: 'hugeText', text: '1e400' },
      { kind: 'number', n: 2.5 },
      { kind: 'notFinite', text: 'Infinity' },
      { kind: 'literal', text: 'false' },
      { kind: 'date' },
      { kind: 'invalidDate' },
      { kind: 'other' },
    ];
    const shown = kinds.map((value) =>
      renderProblem(problem('notATime', { value }), LOCALE[language]),
    );
    expect(new Set(shown).size).toBe(kinds.length);
    expect(shown[0]).toContain('soon');
    expect(shown[1]).toContain('#REF!');
  });

  test('quantities are in the language (only English uses the English words)', () => {
    const same = QUANTITIES.filter((q) => catalogue.words.quantities[q] === q);
    expect(same).toEqual(language === 'en' ? [...QUANTITIES] : []);
  });
});

describe('numbers follow the locale, words the language', () => {
  const confidence = problem('confidence', { got: 95.5 });

  test('a comma-decimal locale writes 0,95 and 95,5; a point locale 0.95', () => {
    expect(renderProblem(confidence, 'sl_SI')).toContain('npr. 0,95 (vneseno: 95,5)');
    expect(renderProblem(confidence, 'ru_RU')).toContain('например 0,95 (получено 95,5)');
    expect(renderProblem(confidence, 'fi_FI')).toContain('esim. 0,95 (annettu 95,5)');
    expect(renderProblem(confidence, 'ro_RO')).toContain('de ex. 0,95 (acum este 95,5)');
    expect(renderProblem(confidence, 'zh_CN')).toContain('例如 0.95（当前为 95.5）');
    expect(renderProblem(confidence, 'en_US')).toContain('e.g. 0.95 (got 95.5)');
  });

  test('a locale without a catalogue speaks English with its own decimal mark', () => {
    expect(languageForLocale('de_DE')).toBe('en');
    expect(renderProblem(confidence, 'de_DE')).toBe(
      'confidence must be between 0 and 1, e.g. 0,95 (got 95,5)',
    );
    expect(renderProblem(confidence, 'pt_BR')).toContain('e.g. 0,95');
    expect(renderProblem(confidence, 'ja_JP')).toContain('e.g. 0.95');
  });

  test('cell values and counts in messages use the mark too, positions do not', () => {
    const said = renderProblem(sample('notACount'), 'ru_RU');
    expect(said).toBe('replies (строка 3): 1,5 — не целое неотрицательное число');
    expect(renderProblem(sample('wordArg'), 'fi_FI')).toContain('annettu: 2,5');
  });

  test('an unknown or unreadable locale is English with a point', () => {
    expect(decimalMark('')).toBe('.');
    expect(decimalMark('not a locale!')).toBe('.');
    expect(languageForLocale('')).toBe('en');
    expect(renderProblem(confidence, '')).toContain('e.g. 0.95 (got 95.5)');
  });

  test('a problem inside a context keeps the argument and the cell', () => {
    expect(renderProblem(sample('context'), 'en_US')).toBe('hold: −5 is negative (row 3)');
    expect(renderProblem(sample('context'), 'zh_CN')).toBe('hold：−5 是负数（第 3 行）');
    expect(renderProblem(sample('notANumber'), 'sl_SI')).toBe(
      'stranke na koncu (E) (vrstica 2, stolpec 3): »soon« ni število',
    );
  });
});
