export type { KlicMapViewProps } from './klic-map-view';
export type { KlicMapData } from './map-data';
export { loadKlicMap, useKlicMapView } from './use-klic-map-view';
