import { lazy, Suspense } from 'react';
import { PageLoader } from '@/shared/ui';

const ReportsPage = lazy(() => import('./reports-page').then((module) => ({ default: module.ReportsPage })));

/** The reports page, fetched when first opened: the charts (recharts) are not part of the main bundle. */
export function ReportsRoute() {
  return (
    <Suspense fallback={<PageLoader />}>
      <ReportsPage />
    </Suspense>
  );
}
