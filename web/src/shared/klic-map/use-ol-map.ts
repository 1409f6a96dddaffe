import 'ol/ol.css';
import { defaults as defaultControls, ScaleLine } from 'ol/control';
import type Feature from 'ol/Feature';
import VectorLayer from 'ol/layer/Vector';
import OlMap from 'ol/Map';
import VectorSource from 'ol/source/Vector';
import View from 'ol/View';
import { useEffect, useRef, useState } from 'react';
import { deliveryBackgroundLayer, onceRasterDrawn, onlineBackgroundLayer } from './background-layers';
import { buildFeatures } from './build-features';
import type { KlicMapData } from './map-data';
import { createStyleFunction, type Visibility } from './map-styles';
import { rdProjection } from './rd-projection';

export type Backgrounds = { delivery: boolean; online: boolean };

/**
 * The OpenLayers map of one delivery in the given element: one vector source with every object, one style
 * function, the delivery's raster and (when configured and chosen) the online background. When all is
 * drawn the element gets data-map-ready="true" and data-render-ms (ms since navigation start); the moment
 * the objects themselves were drawn is in data-features-ms.
 */
export function useOlMap(
  element: HTMLElement | null,
  data: KlicMapData,
  visibility: Visibility,
  backgrounds: Backgrounds,
  onlineBackgroundUrl: string | null,
) {
  const [map, setMap] = useState<OlMap | null>(null);
  const visibilityRef = useRef(visibility);
  const backgroundsRef = useRef(backgrounds);
  const vectorRef = useRef<VectorLayer | null>(null);
  const layersRef = useRef<{ delivery?: ReturnType<typeof deliveryBackgroundLayer> }>({});

  useEffect(() => {
    if (!element) return;
    const source = new VectorSource<Feature>({ features: buildFeatures(data), overlaps: true });
    const vector = new VectorLayer({
      source,
      style: createStyleFunction(() => visibilityRef.current),
      updateWhileInteracting: false,
      renderBuffer: 50,
    });
    vectorRef.current = vector;
    const extent = data.bbox ?? data.background?.extent ?? source.getExtent();
    const olMap = new OlMap({
      target: element,
      layers: [vector],
      controls: defaultControls({ rotate: false, attribution: false }).extend([
        new ScaleLine({ units: 'metric' }),
      ]),
      view: new View({ projection: rdProjection, maxZoom: 28, constrainResolution: false }),
    });
    if (extent) olMap.getView().fit(extent, { padding: [24, 24, 24, 24] });
    // The cables, pipes and labels are drawn in the vector layer's first frame. The raster's bytes are
    // fetched meanwhile, but it joins the map only after that frame: decoding it competes for the processor.
    vector.once('postrender', () => {
      element.dataset.featuresMs = String(Math.round(performance.now()));
    });
    // data-map-ready: everything drawn, the raster included (when it is shown).
    const markReady = () =>
      olMap.once('rendercomplete', () => {
        element.dataset.mapReady = 'true';
        element.dataset.renderMs = String(Math.round(performance.now()));
      });
    const raster = data.background ? deliveryBackgroundLayer(data.background) : null;
    olMap.once('postrender', () => {
      if (!raster) return markReady();
      raster.setVisible(backgroundsRef.current.delivery);
      layersRef.current.delivery = raster;
      olMap.addLayer(raster);
      if (raster.getVisible()) onceRasterDrawn(raster, markReady);
      else markReady();
    });
    setMap(olMap);
    return () => {
      layersRef.current = {};
      olMap.setTarget(undefined);
      olMap.dispose();
      setMap(null);
    };
  }, [element, data]);

  useEffect(() => {
    visibilityRef.current = visibility;
    vectorRef.current?.changed();
  }, [visibility]);

  useEffect(() => {
    backgroundsRef.current = backgrounds;
    layersRef.current.delivery?.setVisible(backgrounds.delivery);
  }, [backgrounds]);

  useEffect(() => {
    if (!map || !onlineBackgroundUrl || !backgrounds.online) return;
    const layer = onlineBackgroundLayer(onlineBackgroundUrl);
    map.addLayer(layer);
    return () => {
      map.removeLayer(layer);
    };
  }, [map, onlineBackgroundUrl, backgrounds.online]);

  return map;
}
