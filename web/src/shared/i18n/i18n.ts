import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  defaultLanguage,
  isLanguage,
  type Language,
  languages,
  storedLanguage,
  storeLanguage,
} from './language';

/**
 * The translation instance shared by the office app and the field app. Each app adds only the texts it
 * shows (`addMessages`), so that the field app does not download the office app's texts.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
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

/** Adds an app's texts, one object per language; called once before the app renders. */
export function addMessages(messages: Record<Language, object>): void {
  for (const language of languages)
    i18n.addResourceBundle(language, 'translation', messages[language], true, true);
}

/** The interface language; the API client sends it as Accept-Language. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export function changeLanguage(language: Language): Promise<unknown> {
  return i18n.changeLanguage(language);
}
