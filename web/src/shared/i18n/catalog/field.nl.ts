import { fieldKlicNl } from './fieldKlic.nl';
import { fieldOfflineNl } from './fieldOffline.nl';
import { fieldRegistrationNl } from './fieldRegistration.nl';

/** Dutch texts of the field app (/veld); `field.en.ts` has the same keys. */
export const fieldNl = {
  documentTitle: 'Veldwerk Veld',
  appName: 'Veldwerk Veld',
  online: 'Online',
  offline: 'Geen verbinding',
  offlineHint: 'U werkt zonder verbinding. Wat u vastlegt, wordt verstuurd zodra er weer verbinding is.',
  menu: 'Menu',
  logout: 'Uitloggen',
  logoutOfflineRefused: 'Uitloggen kan alleen met verbinding.',
  logoutFailed: 'Uitloggen is niet gelukt; probeer het opnieuw.',
  logoutDialog: {
    title: 'Uitloggen?',
    klics_one: '{{count}} KLIC wordt van dit toestel verwijderd.',
    klics_other: '{{count}} KLIC’s worden van dit toestel verwijderd.',
    noKlics: 'Er staan geen KLIC’s op dit toestel.',
    outbox_one: '{{count}} registratie wacht nog en blijft bewaard.',
    outbox_other: '{{count}} registraties wachten nog en blijven bewaard.',
    cancel: 'Annuleren',
  },
  lastKnownSession: 'Laatst bekende sessie op dit toestel; nog niet bevestigd door Veldwerk.',
  officeApp: 'Naar de kantoor-app',
  noAccessTitle: 'De veld-app is voor veldmedewerkers',
  noAccessText:
    'Uw account heeft het recht Veldmedewerker niet. Vraag uw gebruikersbeheerder om dit recht, of ga naar de kantoor-app.',
  sessionEndedTitle: 'Uw sessie is beëindigd',
  sessionEndedText: 'Log opnieuw in om verder te werken. Wat nog in de wachtrij staat, blijft bewaard.',
  login: 'Inloggen',
  notFound: 'Deze pagina bestaat niet in de veld-app.',
  toList: 'Naar mijn KLIC’s',
  list: {
    title: 'Mijn KLIC’s',
    empty: 'Er zijn nog geen KLIC’s aan u toegewezen. Uw werkvoorbereider wijst ze toe in Klic Beheer.',
    project: 'Project {{number}}',
    noProject: 'Geen project',
    startDate: 'Start {{date}}',
    expiresOn: 'Geldig tot {{date}}',
    expired: 'Verlopen op {{date}}',
    noExpiry: 'Geldigheid nog onbekend',
    ev: 'Eis voorzorgsmaatregel',
    evCount_one: '{{count}} netbeheerder met een eis voorzorgsmaatregel',
    evCount_other: '{{count}} netbeheerders met een eis voorzorgsmaatregel',
    state: { requested: 'Aangevraagd', partial: 'Deellevering', complete: 'Volledig' },
  },
  klic: fieldKlicNl,
  registration: fieldRegistrationNl,
  offlineData: fieldOfflineNl,
};
