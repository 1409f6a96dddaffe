import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '@/shared/api';
import type { KlicMapData } from '@/shared/klic-map';

/** The map of a melding's current delivery; the browser revalidates it by ETag (one per delivery). */
export function klicMapQuery(meldingId: string) {
  return queryOptions({
    queryKey: ['klic', 'meldingen', meldingId, 'map'],
    queryFn: ({ signal }) =>
      apiRequest<KlicMapData>(`/api/klic/meldingen/${encodeURIComponent(meldingId)}/map`, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
