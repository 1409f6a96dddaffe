import { lazyLoader, useLazyView } from '../ui/lazy-view';
import type { KlicMapViewProps } from './klic-map-view';

/** Starts loading the map code (OpenLayers) once; later calls share the same promise. */
export const loadKlicMap = lazyLoader<KlicMapViewProps>(() => import('./klic-map-view'));

/** The KLIC map component once its code is loaded, so that a page renders it only when it can draw at once. */
export function useKlicMapView() {
  return useLazyView(loadKlicMap);
}
