import { currentLanguage } from '@/shared/i18n';

/** The locale for numbers and lists in the interface language. */
export function interfaceLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'nl-NL';
}
