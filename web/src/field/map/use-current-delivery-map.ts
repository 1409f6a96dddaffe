import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { KlicMapData } from '@/shared/klic-map';

/** How often the map is asked again while it shows an older delivery than the KLIC names. */
const retryMs = 3000;

/**
 * The map kept on the device is answered at once and refreshed behind it, so it can show an older
 * delivery than the KLIC's current one. Then it is asked again until the new one arrives (the service
 * worker or the offline sync stores it meanwhile); `older` says so meanwhile. The map's data object only
 * changes with its delivery: an identical answer does not redraw the map (and reset the view).
 */
export function useCurrentDeliveryMap(
  query: UseQueryResult<KlicMapData>,
  currentDeliveryId: string | null | undefined,
): { data: KlicMapData | undefined; older: boolean } {
  const shown = useRef<KlicMapData | undefined>(undefined);
  if (query.data && query.data.delivery.id !== shown.current?.delivery.id) shown.current = query.data;
  const data = shown.current;
  const older = data !== undefined && currentDeliveryId != null && data.delivery.id !== currentDeliveryId;
  const { refetch } = query;
  useEffect(() => {
    if (!older) return;
    void refetch();
    const timer = window.setInterval(() => {
      if (navigator.onLine) void refetch();
    }, retryMs);
    return () => window.clearInterval(timer);
  }, [older, refetch]);
  return { data, older };
}
