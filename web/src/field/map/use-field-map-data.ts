import { useQuery } from '@tanstack/react-query';
import { fetchFieldMap, fieldKeys } from '../api/field-api';

/**
 * The map data of a KLIC (GET /api/field/klics/:id/map). It changes only with a new delivery, so it is
 * kept fresh for a while; no structural sharing, since comparing megabytes of features costs a phone time.
 */
export function useFieldMapData(klicId: string) {
  return useQuery({
    queryKey: fieldKeys.map(klicId),
    queryFn: ({ signal }) => fetchFieldMap(klicId, signal),
    staleTime: 10 * 60 * 1000,
    structuralSharing: false,
  });
}
