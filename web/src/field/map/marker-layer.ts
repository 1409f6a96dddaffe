import Feature from 'ol/Feature';
import { Point } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style';

import type { MapMarker } from './field-map-types';

const markerStyle = (label: string) =>
  new Style({
    image: new Circle({
      radius: 7,
      fill: new Fill({ color: '#f08c00' }),
      stroke: new Stroke({ color: '#ffffff', width: 2 }),
    }),
    text: new Text({
      text: label,
      offsetY: -18,
      font: '600 13px system-ui, sans-serif',
      fill: new Fill({ color: '#212529' }),
      stroke: new Stroke({ color: '#ffffff', width: 3 }),
    }),
  });

/** A cross-hair pin: where the worker tapped to place a registration. */
const pickedStyle = [
  new Style({
    image: new RegularShape({
      points: 4,
      radius: 16,
      radius2: 0,
      angle: 0,
      stroke: new Stroke({ color: '#ffffff', width: 5 }),
    }),
  }),
  new Style({
    image: new RegularShape({
      points: 4,
      radius: 16,
      radius2: 0,
      angle: 0,
      stroke: new Stroke({ color: '#e03131', width: 2.5 }),
    }),
  }),
];

/** Registrations (or other points) with a label, and the point picked by a tap. */
export function createMarkerLayer() {
  const source = new VectorSource();
  const layer = new VectorLayer({ source, zIndex: 150 });
  return {
    layer,
    show(markers: readonly MapMarker[], picked: readonly [number, number] | null) {
      source.clear(true);
      const features = markers.map((marker) => {
        const feature = new Feature(new Point([...marker.position]));
        feature.setStyle(markerStyle(marker.label));
        return feature;
      });
      if (picked) {
        const feature = new Feature(new Point([...picked]));
        feature.setStyle(pickedStyle);
        features.push(feature);
      }
      source.addFeatures(features);
    },
  };
}
