import type { FeatureLike } from 'ol/Feature';
import type OlMap from 'ol/Map';
import type { Pixel } from 'ol/pixel';
import { type AttributeRow, attributeRows } from './feature-attributes';
import type { KlicMapData, MapFeatureData } from './map-data';

export type SelectedFeature = { type: string; rows: AttributeRow[] };

/** Operator names by bronhoudercode, for the attributes of a clicked object. */
export const operatorNamesOf = (data: KlicMapData) =>
  new Map(data.operators.map((operator) => [operator.bronhoudercode, operator.name]));

/** The themes the delivery draws, sorted, for the layer toggles. */
export const themesOf = (data: KlicMapData) =>
  [...new Set(data.features.map((feature) => feature.theme).filter((theme) => theme !== null))].sort();

/**
 * The delivery's object under a click or tap with its attributes in Dutch, or null. Only the delivery's
 * own objects count (they carry 'data'); what else is drawn on the map, such as the own position, not.
 */
export function featureAtPixel(
  map: OlMap,
  pixel: Pixel,
  operatorNames: ReadonlyMap<string, string | null>,
  hitTolerance = 5,
): SelectedFeature | null {
  let hit: FeatureLike | undefined;
  map.forEachFeatureAtPixel(
    pixel,
    (feature) => {
      if (!feature.get('data')) return false;
      hit = feature;
      return true;
    },
    { hitTolerance },
  );
  const item = hit?.get('data') as MapFeatureData | undefined;
  if (!item) return null;
  return {
    type: item.type,
    rows: attributeRows({
      ...item,
      operatorName: item.bronhoudercode
        ? (operatorNames.get(item.bronhoudercode) ?? item.bronhoudercode)
        : null,
    }),
  };
}
