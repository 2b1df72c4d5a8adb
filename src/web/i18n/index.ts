import {
  cloneElement,
  createElement,
  Fragment,
  isValidElement,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import zhCN from './zh-CN.json';
import type enUSJson from './en-US.json';

/**
 * The app's translations: t(key, values) with {{name}} interpolation, a useTranslation() hook and
 * a <Trans> for strings with tags. i18next and react-i18next did this for ~17 KB gzip on every
 * first visit; the app used none of their other features (no plurals, namespaces, backends).
 */
export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

type Dict = typeof zhCN;
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
type Groups<T> = {
  [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Groups<T[K]>}`;
}[keyof T & string];
/**
 * Every key of the string files, checked at compile time; a key built from a value the server
 * sends (`deposit.kind.${kind}`) is checked up to its group, as i18next's types did.
 */
export type I18nKey = Paths<Dict> | `${Groups<Dict>}.${string}`;
export type Values = Record<string, string | number | null | undefined>;
export type TFunction = (key: I18nKey, values?: Values) => string;

const storageKey = 'fuwu.lang';

// Both files must hold every key: each assignment fails to compile when one misses a key (the
// other direction is checked where en-US is loaded).
const zhCNChecked: typeof enUSJson = zhCN;

/**
 * zh-CN (the default and the fallback) ships in the entry chunk; en-US is its own chunk, fetched
 * only when a visitor uses it, so most first visits download one language, not two.
 */
const loaders: Record<Exclude<Language, 'zh-CN'>, () => Promise<Dict>> = {
  'en-US': () => import('./en-US.json').then((m) => m.default),
};
const bundles: Partial<Record<Language, Dict>> = { 'zh-CN': zhCNChecked };

let language: Language = 'zh-CN';
const listeners = new Set<() => void>();

function lookup(lang: Language, key: string): string | undefined {
  let node: unknown = bundles[lang];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, values?: Values): string {
  if (!values) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name] ?? '') : whole,
  );
}

/** One t per language, so hooks that depend on t run again after a switch. */
const tFor = new Map<Language, TFunction>();
function translator(lang: Language): TFunction {
  let t = tFor.get(lang);
  if (!t) {
    t = (key, values) => interpolate(lookup(lang, key) ?? lookup('zh-CN', key) ?? key, values);
    tFor.set(lang, t);
  }
  return t;
}

const i18n = {
  get language(): Language {
    return language;
  },
  t: (key: I18nKey, values?: Values) => translator(language)(key, values),
  /** Whether `key` names a string (for keys built at run time). */
  exists: (key: string) =>
    lookup(language, key) !== undefined || lookup('zh-CN', key) !== undefined,
  on(_event: 'languageChanged', listener: () => void) {
    listeners.add(listener);
  },
};

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Fetches a language's strings unless they are there already. */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'zh-CN' || bundles[lang]) return;
  bundles[lang] = await loaders[lang]();
}

function setLanguage(lang: Language): void {
  language = lang;
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

const initial = storedLanguage();
document.documentElement.lang = language;

/**
 * Settles when the stored language's strings are in place; the app renders after it so a visitor
 * who chose English never sees a flash of Chinese. A failed fetch leaves the page in zh-CN.
 */
export const i18nReady: Promise<void> =
  initial === 'zh-CN'
    ? Promise.resolve()
    : loadLanguage(initial)
        .then(() => setLanguage(initial))
        .catch(() => undefined);

/** The language every request announces (Accept-Language) and every page shows. */
export function currentLanguage(): Language {
  return language;
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // storage may be unavailable (private mode); the switch still applies to this tab
  }
  await loadLanguage(lang);
  setLanguage(lang);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** `{ t, i18n }` for the current language; the component renders again on a switch. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const lang = useSyncExternalStore(subscribe, currentLanguage);
  return { t: translator(lang), i18n };
}

/**
 * A string whose tags (`<date>{{date}}</date>`) become the given elements, with the tag's text
 * as their children.
 */
export function Trans(props: {
  i18nKey: I18nKey;
  values?: Values;
  components?: Record<string, ReactElement>;
}): ReactNode {
  const { t } = useTranslation();
  const text = t(props.i18nKey, props.values);
  const parts: ReactNode[] = [];
  const tag = /<(\w+)>(.*?)<\/\1>|<(\w+)\s*\/>/g;
  let last = 0;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    parts.push(text.slice(last, m.index));
    const element = props.components?.[m[1] ?? m[3]!];
    const inner = m[2] ?? null;
    parts.push(
      isValidElement(element)
        ? cloneElement(element, { key: parts.length }, inner)
        : createElement(Fragment, { key: parts.length }, inner),
    );
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return createElement(Fragment, null, ...parts);
}

export default i18n;
