import { lazy, Suspense } from 'react';
import { PageLoader } from '@/shared/ui';

const AbortPage = lazy(() => import('./abort-page').then((module) => ({ default: module.AbortPage })));

export function AbortRoute() {
  return (
    <Suspense fallback={<PageLoader />}>
      <AbortPage />
    </Suspense>
  );
}
