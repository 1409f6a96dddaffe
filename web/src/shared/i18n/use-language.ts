import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { defaultLanguage, isLanguage, type Language } from './language';

/** The current interface language and a way to switch it (re-renders on change). */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  return {
    language: isLanguage(i18n.language) ? i18n.language : defaultLanguage,
    setLanguage: (language) => void changeLanguage(language),
  };
}
