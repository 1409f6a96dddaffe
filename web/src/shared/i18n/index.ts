export { addMessages, changeLanguage, currentLanguage, i18n } from './i18n';
export { isLanguage, type Language, languages } from './language';
export { LanguageToggle } from './language-toggle';
export { useLanguage } from './use-language';
