import { describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { readDelivery } from './read-delivery.ts';

describe('readDelivery and its receiver', () => {
  it('passes a failure of the receiver on unchanged, not as a damaged file', async () => {
    const databaseDown = new Error('connection terminated');
    const read = readDelivery(klicSample(klicSampleFiles.orientatieSmall), {
      batchSize: 10,
      onFeatures: async () => {
        throw databaseDown;
      },
    });
    await expect(read).rejects.toBe(databaseDown);
  });

  it('waits for each batch before reading on, and hands over every map object once', async () => {
    const seen = new Set<string>();
    let busy = false;
    const { summary } = await readDelivery(klicSample(klicSampleFiles.orientatieSmall), {
      batchSize: 100,
      onFeatures: async (features) => {
        expect(busy).toBe(false);
        busy = true;
        await new Promise((resolve) => setTimeout(resolve, 1));
        for (const feature of features) seen.add(feature.gmlId);
        busy = false;
      },
    });
    const metadata = [
      'GebiedsinformatieLevering',
      'GebiedsinformatieAanvraag',
      'Belanghebbende',
      'Beheerder',
      'Belang',
      'Bijlage',
      'EisVoorzorgsmaatregelBijlage',
      'Utiliteitsnet',
    ];
    const mapObjects = Object.entries(summary.counts)
      .filter(([type]) => !metadata.includes(type))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(seen.size).toBe(mapObjects);
  });

  it('reports its progress through the GML, rising to the whole file', async () => {
    const reports: [number, number][] = [];
    const { gmlBytes } = await readDelivery(klicSample(klicSampleFiles.orientatieSmall), {
      onProgress: (read, total) => reports.push([read, total]),
    });
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.every(([read], index) => index === 0 || read > (reports[index - 1]?.[0] ?? 0))).toBe(true);
    expect(reports.at(-1)).toEqual([gmlBytes, gmlBytes]);
  });
});
