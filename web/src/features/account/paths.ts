/** The account pages; the public ones are reached from e-mails, so their addresses must not change. */
export const accountPaths = {
  changePassword: '/mijn-account/wachtwoord',
  twoFactor: '/mijn-account/tweestapsverificatie',
  invitation: '/uitnodiging/:token',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen',
} as const;

/** The auth feature's login page (features do not import each other). */
export const loginPath = '/inloggen';
