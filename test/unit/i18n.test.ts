/** Message catalogues: complete in every language, placeholders kept, Chinese in Simplified characters. */
import { METRICS, TRACKED_INPUTS } from '../../src/catalogue';
import { LANGUAGES, languageForLocale, messages, type Messages } from '../../src/i18n';

function leaves(x: unknown, path = ''): [string, string][] {
  if (typeof x === 'string') return [[path, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (x && typeof x === 'object')
    return Object.entries(x).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const en = messages('en');
const enLeaves = new Map(leaves(en));

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
  const t: Messages = messages(lang);
  const own = new Map(leaves(t));

  test('has every text English has, none empty', () => {
    expect([...own.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [path, text] of own) expect([path, text.trim().length > 0]).toEqual([path, true]);
  });

  test('keeps the placeholders', () => {
    for (const [path, text] of enLeaves) {
      const wanted = (text.match(/\{\w+\}/g) ?? []).sort();
      expect([path, (own.get(path)!.match(/\{\w+\}/g) ?? []).sort()]).toEqual([path, wanted]);
    }
  });

  test('calculator labels match the catalogue inputs, tracked inputs all named', () => {
    for (const m of METRICS)
      expect([m.id, t.metrics[m.id].inputs.length]).toEqual([m.id, m.inputs.length]);
    for (const i of TRACKED_INPUTS) expect(t.inputs[i.id]).toBeTruthy();
  });

  test('translates rather than copies: few texts equal to the English ones', () => {
    const same = [...own].filter(
      ([path, text]) => enLeaves.get(path) === text && !/^(sidebar\.title|tabs)/.test(path),
    );
    // Allowed to match: proper names and words that are the same in both languages.
    expect(
      same
        .map(([p]) => p)
        .filter(
          (p) =>
            ![
              'report.formula',
              'report.total',
              'channels.email',
              // h and min are the symbols in these languages too.
              'units.hours',
              'units.minutes',
              // Romanian usage (and the Romanian guide) keeps the English name.
              'metrics.nps.name',
              // "{month} {year}": the order is the same in these languages.
              'monthYear',
              // "{desk}: {check}"
              'differ.deskCheck',
            ].includes(p),
        ),
    ).toEqual([]);
  });

  test('names and labels are unique where they identify a row', () => {
    const names = METRICS.map((m) => t.metrics[m.id].name);
    expect(new Set(names).size).toBe(names.length);
    const inputs = TRACKED_INPUTS.map((i) => t.inputs[i.id]);
    expect(new Set(inputs).size).toBe(inputs.length);
  });
});

test('Chinese uses Simplified characters', () => {
  const text = leaves(messages('zh'))
    .map(([, v]) => v)
    .join('');
  // Traditional forms of common characters in this domain, with their Simplified forms in use.
  for (const traditional of [
    '體',
    '戶',
    '滿',
    '單',
    '時',
    '間',
    '務',
    '數',
    '率說',
    '資',
    '報',
    '標',
    '銷',
    '應',
    '聯',
    '處',
    '類',
    '與',
  ]) {
    expect([traditional, text.includes(traditional)]).toEqual([traditional, false]);
  }
  for (const simplified of ['户', '满', '单', '时', '间', '务', '数', '报', '标'])
    expect(text).toContain(simplified);
});

test.each([
  ['sl_SI', 'sl'],
  ['zh_CN', 'zh'],
  ['ru', 'ru'],
  ['ro_RO', 'ro'],
  ['fi_FI', 'fi'],
  ['en_GB', 'en'],
  ['de_DE', 'en'],
  ['', 'en'],
])('locale %s → %s', (locale, lang) => expect(languageForLocale(locale)).toBe(lang));
