/** Message catalogues by language; built on first use, never at load time. */
import { en } from './en';
import { fi } from './fi';
import { ro } from './ro';
import { ru } from './ru';
import { sl } from './sl';
import { zh } from './zh';
import { LANGUAGES, type Language, type Messages } from './messages';

export * from './messages';

const builders: Record<Language, () => Messages> = {
  en,
  sl,
  zh,
  ru,
  ro,
  fi,
};

const cache: Partial<Record<Language, Messages>> = {};

export function messages(language: Language): Messages {
  return (cache[language] ??= builders[language]());
}

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/** The language for a spreadsheet locale such as "sl_SI" or "zh_CN"; English otherwise. */
export function languageForLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '')
    .slice(0, 2)
    .toLowerCase();
  return isLanguage(code) ? code : 'en';
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) =>
    k in values ? String(values[k]) : all,
  );
}
