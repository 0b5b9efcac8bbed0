/**
 * A problem (src/metrics/errors.ts) as a sentence in the spreadsheet's language, with
 * numbers written the locale's way (src/i18n/numbers.ts). Runs only when a custom function reports bad input.
 */
import type { Name, Place, Problem, Shown, Subject } from '../../metrics/errors';
import { languageForLocale, type Language } from '../messages';
import { formatNumber, numberStyle } from '../numbers';
import { en } from './en';
import { fi } from './fi';
import { ro } from './ro';
import { ru } from './ru';
import { sl } from './sl';
import type { ProblemCatalogue, ProblemTexts, Say } from './types';
import { zh } from './zh';

export type { ProblemCatalogue } from './types';

export const PROBLEM_CATALOGUES: Record<Language, () => ProblemCatalogue> = {
  en,
  sl,
  zh,
  ru,
  ro,
  fi,
};

/** The locale's decimal mark: "," for de_DE, sl_SI, ru_RU…; "." when unknown. */
export function decimalMark(locale: string): string {
  return numberStyle(locale).decimal;
}

/** The sentence for a problem, in the language of `locale` ("" gives English). */
export function renderProblem(problem: Problem, locale: string): string {
  const { words, texts, finish } = PROBLEM_CATALOGUES[languageForLocale(locale)]();
  const style = numberStyle(locale || 'en');
  const say: Say = {
    n: (x) => formatNumber(x, style),
    name: (x: Name) => (typeof x === 'string' ? words.quantities[x] : x.arg),
    at: (p: Place) =>
      p.cols === 1
        ? words.row(p.row + 1)
        : p.rows === 1
          ? words.column(p.col + 1)
          : words.cell(p.row + 1, p.col + 1),
    show: (v: Shown) => (words.show[v.kind] as (v: Shown, t: Say) => string)(v, say),
    subject: (s: Subject) => words.subject(s.name && say.name(s.name), s.place && say.at(s.place)),
    inner: (p: Problem) => sentence(texts, p, say),
  };
  const said = sentence(texts, problem, say);
  return finish ? finish(said) : said;
}

function sentence(texts: ProblemTexts, p: Problem, say: Say): string {
  return (texts[p.key] as (params: unknown, t: Say) => string)(p.p, say);
}
