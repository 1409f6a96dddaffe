/** The app's pages (the login page's path lives in the auth feature). */
export const paths = {
  home: '/',
  outbox: '/mijn-bedrijf/uitgaande-email',
} as const;
