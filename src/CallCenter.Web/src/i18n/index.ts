import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeLocaleFiles } from './mergeLocales';
import { setApiLanguage } from '../api/client';
import { setDayjsLanguage } from '../utils/time';

export const languages = ['zh-Hans', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'callcenter.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'zh-Hans';
  } catch {
    return 'zh-Hans';
  }
}

const initial = storedLanguage();
setApiLanguage(initial);
setDayjsLanguage(initial);

void i18n.use(initReactI18next).init({
  resources: {
    'zh-Hans': { translation: mergeLocaleFiles(import.meta.glob(['./locales/zh-Hans.json', './locales/*.zh-Hans.json'], { eager: true, import: 'default' })) },
    en: { translation: mergeLocaleFiles(import.meta.glob(['./locales/en.json', './locales/*.en.json'], { eager: true, import: 'default' })) },
  },
  lng: initial,
  fallbackLng: 'zh-Hans',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  setApiLanguage(lng);
  setDayjsLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(storageKey, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
});
document.documentElement.lang = initial;

export default i18n;
