import type { ErrorCode, ErrorParams } from '../errors/app-error.ts';
import type { Language } from './language.ts';

/** What each error code tells the user, and what to do about it. `{name}` is filled from the params. */
const messages: Record<Language, Record<ErrorCode, string>> = {
  nl: {
    UNAUTHENTICATED: 'U bent niet (meer) ingelogd. Log opnieuw in om verder te gaan.',
    INVALID_CREDENTIALS:
      'De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.',
    FORBIDDEN: 'U heeft geen recht om dit te doen. Vraag uw gebruikersbeheerder om het juiste recht.',
    NOT_FOUND: 'Dit item bestaat niet (meer). Ververs de pagina en kies opnieuw.',
    CONFLICT: 'Dit kan niet, omdat het botst met gegevens die al bestaan. Controleer de gemarkeerde velden.',
    PAYLOAD_TOO_LARGE: 'Het bestand of verzoek is te groot (maximaal {limit}). Kies een kleiner bestand.',
    UNSUPPORTED_MEDIA_TYPE: 'Dit soort bestand of inhoud wordt hier niet ondersteund.',
    VALIDATION_FAILED: 'Niet alle gegevens zijn juist ingevuld. Controleer de gemarkeerde velden.',
    TOO_MANY_REQUESTS: 'Te veel pogingen achter elkaar. Wacht {seconds} seconden en probeer het dan opnieuw.',
    INTERNAL:
      'Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, meld dan code {requestId}.',
    SERVICE_UNAVAILABLE: 'Veldwerk is tijdelijk niet beschikbaar. Probeer het over een minuut opnieuw.',
  },
  en: {
    UNAUTHENTICATED: 'You are not logged in (any more). Log in again to continue.',
    INVALID_CREDENTIALS: 'The username or password is not correct. Check both and try again.',
    FORBIDDEN: 'You do not have the right to do this. Ask your user administrator for the right.',
    NOT_FOUND: 'This item does not exist (any more). Refresh the page and choose again.',
    CONFLICT:
      'This is not possible because it clashes with data that already exists. Check the highlighted fields.',
    PAYLOAD_TOO_LARGE: 'The file or request is too large (at most {limit}). Choose a smaller file.',
    UNSUPPORTED_MEDIA_TYPE: 'This kind of file or content is not supported here.',
    VALIDATION_FAILED: 'Not all data is filled in correctly. Check the highlighted fields.',
    TOO_MANY_REQUESTS: 'Too many attempts in a row. Wait {seconds} seconds, then try again.',
    INTERNAL:
      'Something went wrong on our side. Try again later; if it keeps failing, report code {requestId}.',
    SERVICE_UNAVAILABLE: 'Veldwerk is temporarily unavailable. Try again in a minute.',
  },
};

/** Wording for a parameter a thrower did not give, so that no message ever shows a bare `{name}`. */
const fallbackParams: Record<Language, Record<string, string>> = {
  nl: { limit: 'de toegestane grootte', seconds: '60', requestId: 'onbekend' },
  en: { limit: 'the allowed size', seconds: '60', requestId: 'unknown' },
};

export function errorMessage(language: Language, code: ErrorCode, params: ErrorParams = {}): string {
  return messages[language][code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(params[name] ?? fallbackParams[language][name] ?? whole),
  );
}
