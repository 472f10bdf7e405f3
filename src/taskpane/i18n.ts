import { createContext, useContext } from 'react';
import { STRINGS } from './strings';

/** UI languages: Vietnamese first (the users), English beside it. */
export type Lang = 'vi' | 'en';

export { STRINGS } from './strings';

export type StringKey = keyof typeof STRINGS;
export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/** Look up a string and fill its {placeholders}. */
export function translate(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  const text: string = STRINGS[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export const LANG_STORAGE_KEY = 'mtqg.lang';

/** The remembered language, Vietnamese when nothing (or something odd) is stored. */
export function loadLang(storage: Pick<Storage, 'getItem'> | undefined = safeLocalStorage()): Lang {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(lang: Lang, storage: Pick<Storage, 'setItem'> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage may be blocked (private mode, Office sandbox): the choice then lasts this session.
  }
}

/** localStorage, or undefined where touching it throws. */
export function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'vi', t: (key, vars) => translate('vi', key, vars) });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
