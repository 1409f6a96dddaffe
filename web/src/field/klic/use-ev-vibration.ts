import { useEffect, useRef } from 'react';
import type { FieldKlic } from '../api/field-api';
import { hasOpenEv } from './klic-facts';

/**
 * Vibrates once (where the phone can) when a KLIC with an open EV is opened, so that the worker looks
 * at the banner; not again when its data is refreshed.
 */
export function useEvVibration(klic: FieldKlic | undefined): void {
  const vibratedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!klic || vibratedFor.current === klic.id || !hasOpenEv(klic)) return;
    vibratedFor.current = klic.id;
    if (typeof navigator.vibrate === 'function') navigator.vibrate([200, 100, 200]);
  }, [klic]);
}
