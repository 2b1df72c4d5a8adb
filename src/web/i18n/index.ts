import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import type enUSJson from './en-US.json';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'fuwu.lang';

// Both files must hold every key: each assignment fails to compile when one misses a key (the
// other direction is checked where en-US is loaded).
const zhCNChecked: typeof enUSJson = zhCN;

/**
 * zh-CN (the default and the fallback) ships in the entry chunk; en-US is its own chunk, fetched
 * only when a visitor uses it, so most first visits download one language, not two.
 */
const loaders: Record<Exclude<Language, 'zh-CN'>, () => Promise<typeof zhCN>> = {
  'en-US': () => import('./en-US.json').then((m) => m.default),
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

/** Adds a language's strings to i18next unless they are there already. */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'zh-CN' || i18n.hasResourceBundle(lang, 'translation')) return;
  i18n.addResourceBundle(lang, 'translation', await loaders[lang]());
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCNChecked } },
  // A stored non-default language is switched to once its strings have arrived (i18nReady).
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

/**
 * Settles when the stored language's strings are in place; the app renders after it so a visitor
 * who chose English never sees a flash of Chinese. A failed fetch leaves the page in zh-CN.
 */
export const i18nReady: Promise<void> =
  initial === 'zh-CN'
    ? Promise.resolve()
    : loadLanguage(initial)
        .then(() => i18n.changeLanguage(initial))
        .then(() => {
          document.documentElement.lang = initial;
        })
        .catch(() => undefined);

/** The language every request announces (Accept-Language) and every page shows. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

export async function changeLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // storage may be unavailable (private mode); the switch still applies to this tab
  }
  await loadLanguage(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

export default i18n;
