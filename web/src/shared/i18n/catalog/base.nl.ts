/** Dutch texts every app needs (office and field): name, common words, errors, language. */
export const baseNl = {
  app: {
    name: 'Veldwerk',
    loading: 'Bezig met laden…',
    skipToContent: 'Naar de inhoud',
  },
  common: {
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    page: 'Pagina {{page}}',
    reload: 'Pagina herladen',
  },
  errors: {
    network: 'Veldwerk is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.',
    unexpected: 'Er ging iets mis (foutcode {{status}}). Probeer het later opnieuw.',
    sessionTitle: 'Uw gegevens konden niet worden geladen',
    crashTitle: 'Er ging iets mis',
    crashText:
      'Deze pagina kon niet worden getoond. Herlaad de pagina; blijft het misgaan, probeer het later opnieuw.',
  },
  language: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
    current: 'gekozen',
  },
};
