/** Dutch texts of the KLIC warnings and "Waarschuwingen instellen"; `klicWarnings.en.ts` has the same keys. */
export const klicWarningsNl = {
  menu: 'Waarschuwingen',
  badge_one: '{{count}} waarschuwing',
  badge_other: '{{count}} waarschuwingen',
  title: 'Waarschuwingen',
  intro:
    'Klic-meldingen die binnenkort verlopen of verlopen zijn, leveringen die nog niet compleet zijn en EV’s die nog niet zijn afgehandeld terwijl het werk bijna begint. Werkdagen tellen zonder weekenden, feestdagen en de sluitingsdagen van uw bedrijf.',
  none: 'Er zijn vandaag geen waarschuwingen.',
  settingsLink: 'Waarschuwingen instellen',
  moreThanListed: 'De eerste {{listed}} van {{count}} staan hieronder.',
  kind: {
    expiring: 'Verloopt binnenkort',
    expired: 'Verlopen op een lopend project',
    partial: 'Levering nog niet compleet',
    evOpen: 'EV niet afgehandeld',
  },
  todo: {
    expiring:
      'Deze Klic-meldingen zijn nog {{count}} werkdagen of minder geldig. Vraag op tijd een nieuwe melding aan als het werk langer duurt.',
    expired:
      'Deze Klic-meldingen zijn verlopen terwijl het project nog loopt. Doe een nieuwe melding voordat er gegraven wordt.',
    partial:
      'Van deze Klic-meldingen is nog niet alles geleverd. Controleer of de complete levering van het Kadaster nog komt.',
    evOpen:
      'Het werk begint binnen 3 werkdagen (of is al begonnen), maar een netbeheerder eist voorzorgsmaatregelen die nog niet zijn afgehandeld. Neem contact op met de netbeheerder en handel de EV af.',
  },
  columns: {
    klic: 'Klic nummer',
    project: 'Project',
    subProject: 'Deelproject',
    expiresOn: 'Verloopdatum',
    workdaysLeft: 'Werkdagen',
    startDate: 'Startdatum',
    operators: 'Netbeheerders',
  },
  unlinked: 'Niet gekoppeld',
  openProject: 'Klics van project {{number}} beheren',
  workdays: {
    left_one: 'nog {{count}} werkdag',
    left_other: 'nog {{count}} werkdagen',
    lastDay: 'vandaag de laatste dag',
    ago_one: '{{count}} werkdag geleden',
    ago_other: '{{count}} werkdagen geleden',
  },
  counts: 'Aantallen per soort',
  settings: {
    menu: 'Waarschuwingen instellen',
    title: 'Waarschuwingen instellen',
    intro:
      'Kies hoeveel werkdagen van tevoren Veldwerk waarschuwt dat een Klic-melding verloopt, en wie elke werkdag om 06:30 uur één e-mail met alle waarschuwingen krijgt.',
    workdays: 'Waarschuwen bij verlopen binnen (werkdagen)',
    workdaysHint: 'Een heel getal van 1 tot en met 20.',
    recipients: 'Ontvangers van de dagelijkse e-mail',
    recipientsHint:
      'Werkvoorbereiders en gebruikersbeheerders van uw bedrijf. Leeg: niemand krijgt de e-mail.',
    recipientsPlaceholder: 'Kies ontvangers',
    nobody: 'Niemand gevonden',
    save: 'Opslaan',
    saved: 'De instellingen zijn opgeslagen.',
    saveFailed: 'Opslaan is niet gelukt',
    errors: {
      workdays: 'Vul een heel getal van 1 tot en met 20 in.',
      recipients:
        'Een gekozen ontvanger is geen werkvoorbereider of gebruikersbeheerder van uw bedrijf (meer). Haal die weg en probeer het opnieuw.',
    },
  },
};
