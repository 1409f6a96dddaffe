import { Container } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionContext } from '@/shared/session';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { sessionQueryOptions } from '../api/session';
import { loginPathFor } from '../paths';

/** Guards every page behind the login: no session → the login page, which brings the user back here. */
export function RequireSession() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useQuery(sessionQueryOptions);

  if (session.data === null) return <Navigate to={loginPathFor(location)} replace />;
  if (session.data) {
    return (
      <SessionContext value={session.data}>
        <Outlet />
      </SessionContext>
    );
  }
  if (session.isError) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert
          title={t('errors.sessionTitle')}
          error={session.error}
          onRetry={() => void session.refetch()}
        />
      </Container>
    );
  }
  return <PageLoader />;
}
