import type OlMap from 'ol/Map';
import { unByKey } from 'ol/Observable';
import { useCallback, useEffect, useRef } from 'react';
import { isPan, locateResolution, shouldRecentre } from './follow-mode';
import { createPositionLayer } from './position-layer';
import type { OwnPosition } from './position-status';

const animation = 300;

/**
 * Draws the own position on the map and, in follow mode, keeps it in the centre; a pan by hand calls
 * `onPannedByHand` (which ends follow mode). Returns "centre on me". Once the dot is drawn the map element
 * gets data-position="x,y" (RD metres), for tests and for whoever inspects the page.
 */
export function usePositionOnMap(
  map: OlMap | null,
  position: OwnPosition,
  following: boolean,
  onPannedByHand: () => void,
): () => void {
  const layerRef = useRef<ReturnType<typeof createPositionLayer> | null>(null);
  const located = position.status === 'located' ? position : null;

  useEffect(() => {
    if (!map) return;
    const positionLayer = createPositionLayer();
    map.addLayer(positionLayer.layer);
    layerRef.current = positionLayer;
    return () => {
      map.removeLayer(positionLayer.layer);
      layerRef.current = null;
    };
  }, [map]);

  useEffect(() => {
    const positionLayer = layerRef.current;
    const element = map?.getTargetElement();
    if (!map || !positionLayer || !element) return;
    positionLayer.show(located);
    if (!located) {
      delete element.dataset.position;
      return;
    }
    const key = positionLayer.layer.once('postrender', () => {
      element.dataset.position = located.rd.join(',');
    });
    map.render();
    return () => unByKey(key);
  }, [map, located]);

  useEffect(() => {
    if (!map || !following || !located) return;
    const view = map.getView();
    if (shouldRecentre(view.getCenter(), located.rd, view.getResolution())) {
      view.animate({ center: located.rd, duration: animation });
    }
  }, [map, following, located]);

  useEffect(() => {
    if (!map || !following) return;
    const key = map.on('pointerdrag', (event) => {
      if (isPan(event.activePointers)) onPannedByHand();
    });
    return () => unByKey(key);
  }, [map, following, onPannedByHand]);

  return useCallback(() => {
    if (!map || !located) return;
    const view = map.getView();
    view.cancelAnimations();
    view.animate({
      center: located.rd,
      resolution: locateResolution(view.getResolution()),
      duration: animation,
    });
  }, [map, located]);
}
