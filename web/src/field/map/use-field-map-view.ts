import { lazyLoader, useLazyView } from '@/shared/ui/lazy-view';
import type { FieldMapProps } from './field-map-types';

/** Starts loading the phone map's code (OpenLayers) once; later calls share the promise. */
export const loadFieldMap = lazyLoader<FieldMapProps>(() => import('./field-map-view'));

/** The phone map component once its code is there (see useLazyView for why not React.lazy). */
export function useFieldMapView() {
  return useLazyView(loadFieldMap);
}
