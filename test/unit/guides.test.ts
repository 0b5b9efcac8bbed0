/**
 * Source lines credit the right guides: every metric's guides (test/fixtures/guides.ts, read
 * by hand) use the recorded term in their text, and the "Source" line in each of the six
 * languages names exactly the guides that cover the metric or are named for a contrast.
 */
import * as fs from 'node:fs';
import { METRICS } from '../../src/catalogue';
import { LANGUAGES, messages, type Language } from '../../src/i18n';
import { GUIDES, type Guide } from '../fixtures/guides';
import { describeWithShared, hasShared, sharedPath } from '../helpers/shared';

const ORDER: Guide[] = ['sl', 'zh', 'ru', 'ro', 'fi'];

/** How each language names the five guides in a source line (a word's start). */
const NAMES: Record<Language, Record<Guide, string>> = {
  en: { sl: 'Slovenian', zh: 'Chinese', ru: 'Russian', ro: 'Romanian', fi: 'Finnish' },
  ru: { sl: 'словенск', zh: 'китайск', ru: 'русск', ro: 'румынск', fi: 'финск' },
  sl: { sl: 'slovensk', zh: 'kitajsk', ru: 'rusk', ro: 'romunsk', fi: 'finsk' },
  ro: { sl: 'sloven', zh: 'chinez', ru: 'rus', ro: 'român', fi: 'finlandez' },
  fi: { sl: 'slovenian', zh: 'kiinan', ru: 'venäjän', ro: 'romanian', fi: 'suomen' },
  zh: { sl: '斯洛文尼亚语', zh: '中文', ru: '俄语', ro: '罗马尼亚语', fi: '芬兰语' },
};

function guidesNamed(language: Language, text: string): Guide[] {
  // Chinese has no spaces between words: there the name is enough.
  const before = language === 'zh' ? '' : '(?<!\\p{L})';
  return ORDER.filter((g) => new RegExp(`${before}${NAMES[language][g]}`, 'iu').test(text));
}

/** The guides' text (read only where ../shared exists). */
const guideText = Object.fromEntries(
  hasShared
    ? ORDER.map((g) => [g, fs.readFileSync(sharedPath('guides', `${g}.txt`), 'utf8').toLowerCase()])
    : [],
) as Record<Guide, string>;

test('the fixture covers every metric of the catalogue', () => {
  expect(Object.keys(GUIDES).sort()).toEqual(METRICS.map((m) => m.id).sort());
});

describeWithShared('the guides in ../shared', () => {
  test.each(Object.entries(GUIDES))(
    "%s: each credited guide's term is in that guide",
    (_, entry) => {
      for (const [guide, term] of Object.entries(entry.credited))
        expect([guide, guideText[guide as Guide].includes(term.toLowerCase())]).toEqual([
          guide,
          true,
        ]);
    },
  );
});

describe.each([...LANGUAGES])('source lines in %s', (language) => {
  const texts = messages(language).metrics;
  test.each(Object.entries(GUIDES))('%s names exactly its guides', (id, entry) => {
    const expected = ORDER.filter((g) => g in entry.credited || g in (entry.contrasted ?? {}));
    const source = texts[id as keyof typeof texts].source;
    expect([source, guidesNamed(language, source)]).toEqual([source, expected]);
  });
});

/** Case and ё/е folded, as Russian text is written either way. */
const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

describe("the product uses each guide's term in that guide's language, or says why not", () => {
  test.each(Object.entries(GUIDES))('%s', (id, entry) => {
    for (const [guide, term] of Object.entries(entry.credited) as [Guide, string][]) {
      const m = messages(guide as Language).metrics[
        id as keyof ReturnType<typeof messages>['metrics']
      ];
      const text = fold([m.name, m.definition, m.formula, ...(m.inputs ?? [])].join(' | '));
      const uses = text.includes(fold(term));
      const reason = entry.alternatives?.[guide];
      // Either the term is used, or an alternative is given with a reason (and not both).
      expect([guide, term, uses || Boolean(reason), uses && Boolean(reason)]).toEqual([
        guide,
        term,
        true,
        false,
      ]);
    }
  });
});
