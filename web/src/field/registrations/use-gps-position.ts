import { useCallback, useState } from 'react';
import { loadWgs84ToRd } from '../map';
import type { PickedLocation } from './picked-location';

export type GpsProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

const gpsOptions: PositionOptions = { enableHighAccuracy: true, timeout: 20_000, maximumAge: 5_000 };

function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, gpsOptions),
  );
}

function problemOf(error: unknown): GpsProblem {
  const code = (error as GeolocationPositionError | null)?.code;
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

/** Asks the phone once for a precise position and gives it in RD New with its accuracy in metres. */
export function useGpsPosition(onLocated: (location: PickedLocation) => void) {
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<GpsProblem | null>(null);
  const locate = useCallback(async () => {
    if (!('geolocation' in navigator)) {
      setProblem('unsupported');
      return;
    }
    setLocating(true);
    setProblem(null);
    try {
      const { coords } = await currentPosition();
      const position = (await loadWgs84ToRd())(coords.longitude, coords.latitude);
      onLocated({ position, source: 'gps', accuracyM: Math.round(coords.accuracy) });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLocating(false);
    }
  }, [onLocated]);
  return { locate, locating, problem };
}
