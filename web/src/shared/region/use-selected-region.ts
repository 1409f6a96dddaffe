import { useLocalStorage } from '@mantine/hooks';
import type { Region } from '../session';

/**
 * The region the user works in, kept in this browser. A stored region the user can no longer see is
 * ignored; with exactly one region that one is chosen.
 */
export function useSelectedRegion(regions: Region[]): [Region | null, (regionId: string | null) => void] {
  const [storedId, setStoredId] = useLocalStorage<string | null>({
    key: 'veldwerk.region',
    defaultValue: null,
    getInitialValueInEffect: false,
  });
  const selected =
    regions.find((region) => region.id === storedId) ?? (regions.length === 1 ? regions[0] : null);
  return [selected ?? null, setStoredId];
}
