import { type ComponentType, useEffect, useState } from 'react';
import type { KlicMapViewProps } from './klic-map-view';

let loading: Promise<ComponentType<KlicMapViewProps>> | undefined;

/** Starts loading the map code (OpenLayers) once; later calls share the same promise. */
export function loadKlicMap(): Promise<ComponentType<KlicMapViewProps>> {
  if (!loading) {
    loading = import('./klic-map-view').then((module) => module.default);
    // A failed download (e.g. a new release replaced the chunk) may be tried again.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * The KLIC map component once its code is loaded, so that a page renders it only when it can draw at
 * once. Deliberately not React.lazy + Suspense: React holds back content that resolves shortly after a
 * fallback for up to 300 ms, which the map would spend waiting.
 */
export function useKlicMapView(): { View: ComponentType<KlicMapViewProps> | null; error: Error | null } {
  const [state, setState] = useState<{ View: ComponentType<KlicMapViewProps> | null; error: Error | null }>({
    View: null,
    error: null,
  });
  useEffect(() => {
    let active = true;
    loadKlicMap().then(
      (View) => active && setState({ View, error: null }),
      (error: unknown) =>
        active && setState({ View: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
