import { useEffect, useState } from 'react';
import { loadWgs84ToRd } from './load-wgs84-to-rd';
import { afterPositionError, type OwnPosition } from './position-status';

/**
 * The phone's own position while the component is shown (watchPosition with high accuracy), in RD New
 * with its accuracy; or why there is none: denied, unavailable or not supported by the browser.
 */
export function useOwnPosition(): OwnPosition {
  const supported = typeof navigator !== 'undefined' && 'geolocation' in navigator;
  const [position, setPosition] = useState<OwnPosition>(() =>
    supported ? { status: 'locating' } : { status: 'unsupported' },
  );
  useEffect(() => {
    if (!supported) return;
    let active = true;
    const watch = navigator.geolocation.watchPosition(
      ({ coords, timestamp }) => {
        void loadWgs84ToRd().then(
          (toRd) =>
            active &&
            setPosition({
              status: 'located',
              rd: toRd(coords.longitude, coords.latitude),
              accuracy: coords.accuracy,
              wgs84: { longitude: coords.longitude, latitude: coords.latitude },
              at: timestamp,
            }),
          () => active && setPosition((previous) => afterPositionError(previous, 2)),
        );
      },
      (error) => active && setPosition((previous) => afterPositionError(previous, error.code)),
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    );
    return () => {
      active = false;
      navigator.geolocation.clearWatch(watch);
    };
  }, [supported]);
  return position;
}
