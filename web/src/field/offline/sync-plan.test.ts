import { describe, expect, it } from 'vitest';
import type { KlicOfflineRecord } from './offline-record';
import { klicFiles, planSync, revalidateAfterMs, staleUrls } from './sync-plan';

const now = Date.parse('2026-03-02T10:00:00Z');

function record(deliveryId: string | null, checkedAt = now - 60_000): KlicOfflineRecord {
  return { deliveryId, mapEtag: null, backgroundUrl: null, data: [], files: [], checkedAt };
}

describe('planning which KLICs to keep on the device', () => {
  it('downloads KLICs that are not on the device, before checking those that are', () => {
    const plan = planSync(
      [
        { id: 'a', currentDeliveryId: 'd1' },
        { id: 'b', currentDeliveryId: 'd2' },
        { id: 'c', currentDeliveryId: 'd3' },
      ],
      { a: record('d0'), c: record('d3', now - revalidateAfterMs - 1) },
      now,
    );
    expect(plan.download).toEqual(['b', 'a', 'c']);
    expect(plan.forget).toEqual([]);
  });

  it('leaves a recently checked KLIC of its current delivery alone', () => {
    const plan = planSync([{ id: 'a', currentDeliveryId: 'd1' }], { a: record('d1') }, now);
    expect(plan).toEqual({ download: [], forget: [] });
  });

  it('downloads again when a new delivery arrived or the last check is old', () => {
    expect(planSync([{ id: 'a', currentDeliveryId: 'd2' }], { a: record('d1') }, now).download).toEqual([
      'a',
    ]);
    const old = record('d1', now - revalidateAfterMs);
    expect(planSync([{ id: 'a', currentDeliveryId: 'd1' }], { a: old }, now).download).toEqual(['a']);
  });

  it('keeps a requested KLIC without a delivery (its details and documents still matter)', () => {
    expect(planSync([{ id: 'a', currentDeliveryId: null }], {}, now).download).toEqual(['a']);
  });

  it('forgets KLICs that are no longer on the list (removed from the device, other project)', () => {
    const plan = planSync([{ id: 'a', currentDeliveryId: 'd1' }], { a: record('d1'), x: record('d9') }, now);
    expect(plan.forget).toEqual(['x']);
  });

  it('forgets everything when the list is empty', () => {
    expect(planSync([], { a: record('d1'), b: record(null) }, now).forget).toEqual(['a', 'b']);
  });
});

describe('the files of a KLIC', () => {
  it('are its documents and the background raster, each once', () => {
    expect(klicFiles([{ url: '/f/1' }, { url: '/f/2' }, { url: '/f/1' }], '/f/raster')).toEqual([
      '/f/1',
      '/f/2',
      '/f/raster',
    ]);
    expect(klicFiles([], null)).toEqual([]);
  });

  it('of an older delivery are removed once the new one is kept; what both share stays', () => {
    const before = { data: ['/k', '/k/map'], files: ['/f/old', '/f/both'] };
    const after = { data: ['/k', '/k/map'], files: ['/f/both', '/f/new'] };
    expect(staleUrls(before, after)).toEqual(['/f/old']);
    expect(staleUrls(undefined, after)).toEqual([]);
  });
});
