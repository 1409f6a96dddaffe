import type OlMap from 'ol/Map';
import { useEffect, useRef } from 'react';
import type { MapMarker } from './field-map-types';
import { createMarkerLayer } from './marker-layer';

/** Keeps the markers and the picked point on the map. */
export function useMarkers(
  map: OlMap | null,
  markers: readonly MapMarker[],
  picked: readonly [number, number] | null,
) {
  const layerRef = useRef<ReturnType<typeof createMarkerLayer> | null>(null);
  useEffect(() => {
    if (!map) return;
    const markerLayer = createMarkerLayer();
    map.addLayer(markerLayer.layer);
    layerRef.current = markerLayer;
    return () => {
      map.removeLayer(markerLayer.layer);
      layerRef.current = null;
    };
  }, [map]);
  // Compared by content: callers may pass a new array on every render.
  const signature = JSON.stringify([markers, picked]);
  const latest = useRef({ markers, picked });
  latest.current = { markers, picked };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for markers and picked.
  useEffect(() => {
    layerRef.current?.show(latest.current.markers, latest.current.picked);
  }, [map, signature]);
}
