import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

export type MapResponse = { json: Buffer; gzip: Buffer };

/**
 * The serialised map of recently opened deliveries. A delivery never changes once stored, so an entry is
 * valid until it is pushed out; the oldest go first when the total passes the byte budget.
 */
export function createMapResponseCache(maxBytes = 64 * 1024 ** 2) {
  const entries = new Map<string, MapResponse>();
  let total = 0;
  const sizeOf = (entry: MapResponse) => entry.json.length + entry.gzip.length;
  return {
    async get(key: string, build: () => Promise<unknown>): Promise<MapResponse> {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const json = Buffer.from(JSON.stringify(await build()));
      const entry = { json, gzip: await gzipAsync(json, { level: 6 }) };
      if (sizeOf(entry) > maxBytes) return entry;
      entries.set(key, entry);
      total += sizeOf(entry);
      for (const [oldKey, old] of entries) {
        if (total <= maxBytes) break;
        entries.delete(oldKey);
        total -= sizeOf(old);
      }
      return entry;
    },
  };
}
