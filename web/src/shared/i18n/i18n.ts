import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import {
  defaultLanguage,
  isLanguage,
  type Language,
  languages,
  storedLanguage,
  storeLanguage,
} from './language';
import { nl } from './nl';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = currentLanguage();
i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  storeLanguage(language);
});

/** The interface language; the API client sends it as Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}
