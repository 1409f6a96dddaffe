export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'nl';

const storageKey = 'veldwerk.language';

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The language the user chose earlier in this browser, or Dutch. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage may be blocked (private mode); the choice then lasts for this page only.
  }
}
