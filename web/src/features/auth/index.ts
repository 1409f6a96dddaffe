export { sessionQueryKey } from './api/session';
export { LoginPage } from './components/login-page';
export { RequireSession } from './components/require-session';
export { useSignOut } from './hooks/use-sign-out';
export { loginPath } from './paths';
