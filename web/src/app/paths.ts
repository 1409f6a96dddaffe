/** The app's pages (the login and account pages' paths live in the auth and account features). */
export const paths = {
  home: '/',
  users: '/mijn-bedrijf/gebruikers',
  regions: '/mijn-bedrijf/regios',
  logbook: '/mijn-bedrijf/logboek',
  outbox: '/mijn-bedrijf/uitgaande-email',
} as const;
