import { useQuery } from '@tanstack/react-query';
import { fetchFieldKlic, fieldKeys } from '../api/field-api';

/** One KLIC with its documents; the KLIC page and the documents page share the request. */
export function useFieldKlic(klicId: string) {
  return useQuery({
    queryKey: fieldKeys.klic(klicId),
    queryFn: ({ signal }) => fetchFieldKlic(klicId, signal),
  });
}
