import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ZH_CN } from './locales/zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'harvest-bridge.console.language';

/** The language chosen before, else Chinese when the browser asks for Chinese first, else English. */
function initialLanguage(): Language {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (chosen === 'en' || chosen === 'zh-CN') return chosen;
  const asked = navigator.languages.find((language) => /^(zh|en)\b/i.test(language)) ?? '';
  return asked.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The console's words: the English text is the key (and what English shows), zh-CN translates it;
 * a text missing from the Chinese table shows in English rather than as a key.
 */
void i18n.use(initReactI18next).init({
  resources: { en: { translation: {} }, 'zh-CN': { translation: ZH_CN } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (i18n.language === 'zh-CN' ? 'zh-CN' : 'en');

export default i18n;
