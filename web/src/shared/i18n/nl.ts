import { accountNl } from './catalog/account.nl';
import { announcementsNl } from './catalog/announcements.nl';
import { baseNl } from './catalog/base.nl';
import { companyListsNl } from './catalog/companyLists.nl';
import { fieldNl } from './catalog/field.nl';
import { klicNl } from './catalog/klic.nl';
import { klicManageNl } from './catalog/klicManage.nl';
import { klicMapNl } from './catalog/klicMap.nl';
import { klicMeldingNl } from './catalog/klicMelding.nl';
import { klicStatusNl } from './catalog/klicStatus.nl';
import { klicWarningsNl } from './catalog/klicWarnings.nl';
import { logbookNl } from './catalog/logbook.nl';
import { projectsNl } from './catalog/projects.nl';
import { regionsNl } from './catalog/regions.nl';
import { reportsNl } from './catalog/reports.nl';
import { usersNl } from './catalog/users.nl';

/** Dutch, the default language. `en.ts` must have exactly these keys (its type is `Messages`). */
export const nl = {
  ...baseNl,
  auth: {
    login: {
      pageTitle: 'Inloggen',
      intro: 'Log in met uw gebruikersnaam of e-mailadres.',
      identifier: 'Gebruikersnaam of e-mailadres',
      password: 'Wachtwoord',
      showPassword: 'Wachtwoord tonen of verbergen',
      submit: 'Inloggen',
      identifierRequired: 'Vul uw gebruikersnaam of e-mailadres in.',
      passwordRequired: 'Vul uw wachtwoord in.',
      errorTitle: 'Inloggen is niet gelukt',
      invalidCredentials:
        'De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.',
      tooManyAttempts: 'Te veel pogingen achter elkaar. Wacht een minuut en probeer het dan opnieuw.',
      failed: 'Inloggen lukt nu niet. Probeer het later opnieuw.',
    },
    logout: {
      action: 'Uitloggen',
      failed: 'Uitloggen is niet gelukt. Probeer het opnieuw.',
    },
  },
  shell: {
    mainMenu: 'Hoofdmenu',
    openMenu: 'Menu openen',
    closeMenu: 'Menu sluiten',
    modules: 'Modules',
    klic: 'Klic Beheer',
    reports: 'Rapportages',
    comingSoon: 'binnenkort',
    company: 'Mijn bedrijf',
    outbox: 'Uitgaande e-mail',
    region: 'Regio',
    regionPlaceholder: 'Kies een regio',
    organisation: 'Organisatie',
  },
  home: {
    pageTitle: 'Start',
    welcome: 'Welkom, {{name}}',
    emptyTitle: 'Nog niets te doen',
    emptyText:
      'Hier komt uw overzicht te staan zodra er werk voor u klaarstaat. De onderdelen die u mag gebruiken, vindt u in het menu bovenaan.',
    fieldAppTitle: 'Aan het werk in het veld?',
    fieldAppText:
      'De veld-app toont de KLIC’s van uw projecten op uw telefoon. U logt één keer in per apparaat en blijft daarna ingelogd.',
    openFieldApp: 'Open de veld-app',
  },
  access: {
    forbiddenTitle: 'Geen toegang',
    forbiddenText:
      'U heeft geen recht om deze pagina te bekijken. Vraag uw gebruikersbeheerder om het juiste recht.',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
    toHome: 'Naar de startpagina',
  },
  mail: {
    outbox: {
      title: 'Uitgaande e-mail',
      explanation:
        'Veldwerk bewaart elke e-mail eerst hier en verstuurt hem daarna. Zolang er geen SMTP-server is ingesteld, blijft de e-mail hier staan en kunt u hem hier lezen.',
      to: 'Aan',
      subject: 'Onderwerp',
      status: 'Status',
      attempts: 'Pogingen',
      createdAt: 'Aangemaakt',
      sentAt: 'Verzonden op',
      nextAttemptAt: 'Volgende poging',
      lastError: 'Laatste fout',
      empty: 'Er staat nog geen uitgaande e-mail.',
      range: '{{from}}–{{to}} van {{total}}',
      pagination: 'Pagina’s',
      open: 'E-mail openen: {{subject}}',
      noSubject: '(geen onderwerp)',
    },
    status: {
      queued: 'In wachtrij',
      sent: 'Verzonden',
      failed: 'Mislukt',
    },
    detail: {
      text: 'Tekst',
      html: 'Opgemaakt (HTML)',
      htmlFrame: 'Opgemaakte versie van de e-mail',
      noText: 'Deze e-mail heeft geen tekstversie.',
      noHtml: 'Deze e-mail heeft geen opgemaakte versie.',
    },
  },
  users: usersNl,
  regions: regionsNl,
  logbook: logbookNl,
  account: accountNl,
  announcements: announcementsNl,
  klic: klicNl,
  klicWarnings: klicWarningsNl,
  klicMap: klicMapNl,
  klicManage: klicManageNl,
  projects: projectsNl,
  klicMelding: klicMeldingNl,
  reports: reportsNl,
  companyLists: companyListsNl,
  klicStatus: klicStatusNl,
  field: fieldNl,
};

/** The shape every language must fill: the same keys as Dutch, each a string. */
export type Messages = typeof nl;
