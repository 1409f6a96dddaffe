import type { EventsKey } from 'ol/events';
import type { LineString } from 'ol/geom';
import Draw from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import { unByKey } from 'ol/Observable';
import VectorSource from 'ol/source/Vector';
import { formatLength } from './format-length';
import { measureStyle } from './map-styles';

/**
 * Measuring a distance: click points, double-click to finish. RD New is a conformal projection with a
 * scale factor within 0.01 % here, so the planar length in RD metres is the distance on the ground.
 */
export function startMeasuring(map: OlMap, onLength: (text: string | null) => void): () => void {
  const source = new VectorSource();
  const layer = new VectorLayer({ source, style: measureStyle, zIndex: 100 });
  const draw = new Draw({ source, type: 'LineString', style: measureStyle });
  map.addLayer(layer);
  map.addInteraction(draw);
  let changeKey: EventsKey | undefined;
  draw.on('drawstart', (event) => {
    source.clear();
    const line = event.feature.getGeometry() as LineString;
    changeKey = line.on('change', () => onLength(formatLength(line.getLength())));
  });
  draw.on('drawend', (event) => {
    if (changeKey) unByKey(changeKey);
    onLength(formatLength((event.feature.getGeometry() as LineString).getLength()));
  });
  return () => {
    if (changeKey) unByKey(changeKey);
    map.removeInteraction(draw);
    map.removeLayer(layer);
    onLength(null);
  };
}
