import { afterAll, describe, expect, it } from 'vitest';
import { maxFeatureElements } from './gml-stream-parser.ts';
import { readDelivery } from './read-delivery.ts';
import { aanvraag, deliveryEntries, imklDocument, levering, refusalOf } from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-feature-size');
afterAll(() => scratch.remove());

/** An annotation with `parts` empty elements inside: one feature that alone would fill the memory. */
function bloatedFeature(parts: number): string {
  return `<imkl:Annotatie gml:id="nl.imkl-VW0001.groot"><imkl:label>${'<imkl:x/>'.repeat(parts)}</imkl:label></imkl:Annotatie>`;
}

describe('readDelivery and one huge feature', () => {
  it('refuses a feature with more parts than any real one has, before it fills the memory', async () => {
    const gml = imklDocument([levering, aanvraag(), bloatedFeature(maxFeatureElements + 1)]);
    // Such repetition compresses like a ZIP bomb; without the ratio check the feature limit still holds.
    const limits = { maxEntries: 100, maxTotalBytes: 1_000_000_000, maxRatio: 1_000_000 };
    const refusal = await refusalOf(await scratch.file(await zipBytes(deliveryEntries(gml))), { limits });
    expect(refusal).toMatchObject({ code: 'VALIDATION_FAILED', reason: 'klic.xml_feature_too_large' });
  });

  it('reads a feature with many parts below the limit', async () => {
    const gml = imklDocument([levering, aanvraag(), bloatedFeature(10_000)]);
    const { summary } = await readDelivery(await scratch.file(await zipBytes(deliveryEntries(gml))));
    expect(summary.counts.Annotatie).toBe(1);
  });
});
