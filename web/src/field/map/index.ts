export { FieldMap } from './field-map';
export { FieldMapPage } from './field-map-page';
export type { FieldMapProps, MapMarker } from './field-map-types';
export { loadWgs84ToRd } from './load-wgs84-to-rd';
export type { LocatedPosition, OwnPosition } from './position-status';
export { useFieldMapData } from './use-field-map-data';
export { loadFieldMap } from './use-field-map-view';
export { useOwnPosition } from './use-own-position';
