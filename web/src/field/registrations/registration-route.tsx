import { lazy, Suspense } from 'react';
import { PageLoader } from '@/shared/ui';

// The forms and the photo compression are fetched when a worker first opens a form.
const RegistrationPage = lazy(() =>
  import('./registration-page').then((module) => ({ default: module.RegistrationPage })),
);

export function RegistrationRoute() {
  return (
    <Suspense fallback={<PageLoader />}>
      <RegistrationPage />
    </Suspense>
  );
}
