import type { Language } from '../infra/i18n/language.ts';

/**
 * The text of the "Blijf op de hoogte" dialog. It lives on the server so that what is stored with a
 * user's choice is exactly what they were shown (GDPR). Change the version whenever the text changes.
 */
export const consentTextVersion = '2025-1';

const consentTexts: Record<Language, string> = {
  nl:
    'Wilt u op de hoogte blijven van gepland onderhoud, storingen en nieuwe functies van Veldwerk? ' +
    'Volgens de AVG mogen wij u daarover alleen informeren als u daar toestemming voor geeft. ' +
    'Kiest u "Informeer mij", dan vraagt uw browser of Veldwerk meldingen mag tonen; u ontvangt ze ' +
    'dan ook als u niet bent ingelogd. Kiest u "Geen updates", dan kunt u zich later alsnog aanmelden ' +
    'via de oranje bel rechtsonder. Wij bewaren uw keuze, het moment waarop u die maakte en deze ' +
    'tekst. U kunt de meldingen op elk moment weer uitzetten in de instellingen van uw browser.',
  en:
    'Would you like to stay informed about planned maintenance, outages and new features of Veldwerk? ' +
    'Under the GDPR we may only inform you about these if you agree. If you choose "Inform me", your ' +
    'browser asks whether Veldwerk may show notifications; you then receive them even when you are ' +
    'not logged in. If you choose "No updates", you can still sign up later with the orange bell at ' +
    'the bottom right. We store your choice, the moment you made it and this text. You can turn the ' +
    'notifications off at any time in the settings of your browser.',
};

export function consentText(language: Language): { text: string; version: string } {
  return { text: consentTexts[language], version: consentTextVersion };
}
