import type OlMap from 'ol/Map';
import { useEffect, useMemo, useState } from 'react';
import { operatorNamesOf, themesOf } from './feature-at-pixel';
import type { KlicMapData } from './map-data';
import type { Visibility } from './map-styles';
import { startMeasuring } from './measure-interaction';
import type { Backgrounds } from './use-ol-map';

/** What the layer panel switches (every theme, operator and the request polygon shown; the delivery's raster). */
export function useMapLayers(data: KlicMapData) {
  const [visibility, setVisibility] = useState<Visibility>(() => ({
    hiddenThemes: new Set(),
    hiddenOperators: new Set(),
    requestPolygons: true,
  }));
  const [backgrounds, setBackgrounds] = useState<Backgrounds>({ delivery: true, online: false });
  const themes = useMemo(() => themesOf(data), [data]);
  const operatorNames = useMemo(() => operatorNamesOf(data), [data]);
  return { visibility, setVisibility, backgrounds, setBackgrounds, themes, operatorNames };
}

/** Distance measuring on the map while `measuring` is on; `length` is the measured distance as text. */
export function useMeasuring(map: OlMap | null) {
  const [measuring, setMeasuring] = useState(false);
  const [length, setLength] = useState<string | null>(null);
  useEffect(() => {
    if (!map || !measuring) return;
    return startMeasuring(map, setLength);
  }, [map, measuring]);
  return { measuring, setMeasuring, length };
}
