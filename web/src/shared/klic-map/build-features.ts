import Feature from 'ol/Feature';
import type { Geometry } from 'ol/geom';
import { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'ol/geom';
import type { KlicMapData, MapGeometry } from './map-data';
import type { FeatureStyleKeys } from './map-styles';
import { drawingLevel } from './pmkl-style';

function olGeometry(geometry: MapGeometry): Geometry {
  switch (geometry.type) {
    case 'Point':
      return new Point(geometry.coordinates);
    case 'LineString':
      return new LineString(geometry.coordinates);
    case 'Polygon':
      return new Polygon(geometry.coordinates);
    case 'MultiPoint':
      return new MultiPoint(geometry.coordinates);
    case 'MultiLineString':
      return new MultiLineString(geometry.coordinates);
    case 'MultiPolygon':
      return new MultiPolygon(geometry.coordinates);
  }
}

const anchor = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) ? number : fallback;
};

/**
 * Every drawable object of the delivery as an OpenLayers feature, in one pass: the style keys are worked
 * out here once, so that the style function only looks them up.
 */
export function buildFeatures(data: KlicMapData): Feature[] {
  const features: Feature[] = [];
  for (const item of data.features) {
    const properties = item.properties;
    const keys: FeatureStyleKeys = {
      level: drawingLevel(item.type, item.geometry.type),
      type: item.type,
      theme: item.theme,
      operator: item.bronhoudercode,
      status: properties.currentStatus ?? properties.status,
      kind: properties.annotatieType ?? properties.maatvoeringsType,
      label: item.label,
      rotation: item.rotation,
      anchorX: anchor(properties.aangrijpingHorizontaal, 0.5),
      anchorY: anchor(properties.aangrijpingVerticaal, 0.5),
    };
    const feature = new Feature(olGeometry(item.geometry));
    feature.set('keys', keys, true);
    feature.set('data', item, true);
    features.push(feature);
  }
  for (const polygon of data.requestPolygons) {
    const feature = new Feature(olGeometry(polygon.geometry));
    const keys: FeatureStyleKeys = {
      level: 'request',
      type: polygon.type,
      theme: null,
      operator: null,
      status: undefined,
      kind: undefined,
      label: null,
      rotation: null,
      anchorX: 0.5,
      anchorY: 0.5,
    };
    feature.set('keys', keys, true);
    feature.set('data', { type: polygon.type, theme: null, bronhoudercode: null, properties: {} }, true);
    features.push(feature);
  }
  return features;
}
