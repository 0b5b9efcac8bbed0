/** Message catalogues by language; built on first use, never at load time. */
import { en } from './en';
import { fi } from './fi';
import { ro } from './ro';
import { ru } from './ru';
import { sl } from './sl';
import { zh } from './zh';
import { type Language, type Messages } from './messages';

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
