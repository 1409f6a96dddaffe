import type { Location } from 'react-router';

export const loginPath = '/inloggen';
const redirectParam = 'naar';

/** The login page, remembering the page the user wanted (unless that is the start page). */
export function loginPathFor(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  if (target === '/' || location.pathname === loginPath) return loginPath;
  return `${loginPath}?${new URLSearchParams({ [redirectParam]: target })}`;
}

/** Where to go after logging in: only a path inside this app, never another site. */
export function redirectTargetFrom(search: URLSearchParams): string {
  const target = search.get(redirectParam);
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target === loginPath || target.startsWith(`${loginPath}?`)) return '/';
  return target;
}

/** Whether a target is a page of the field app (/veld), a separate build loaded with a full page load. */
export function opensFieldApp(target: string): boolean {
  return target === '/veld' || target.startsWith('/veld/') || target.startsWith('/veld?');
}

/** The account feature's page for a forgotten password (features do not import each other). */
export const forgotPasswordPath = '/wachtwoord-vergeten';
