import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '@/shared/session';
import { accountPaths } from '../paths';

/**
 * Before anything else: a user with a password set by their admin chooses their own, and a user whose
 * organisation requires two-factor authentication sets it up. The server refuses other calls meanwhile.
 */
export function RequireAccountReady() {
  const session = useSession();
  const { pathname } = useLocation();
  const step = session.mustChangePassword
    ? accountPaths.changePassword
    : session.twoFactor.required && !session.twoFactor.enabled
      ? accountPaths.twoFactor
      : null;
  if (step && pathname !== step) return <Navigate to={step} replace />;
  return <Outlet />;
}
