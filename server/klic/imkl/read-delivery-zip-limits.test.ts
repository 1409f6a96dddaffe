import { afterAll, describe, expect, it } from 'vitest';
import { defaultZipLimits, type ZipLimits } from './delivery-zip.ts';
import { readDelivery } from './read-delivery.ts';
import {
  aanvraag,
  deliveryEntries,
  giXmlName,
  imklDocument,
  levering,
  refusalOf,
  testFolder,
} from './test-deliveries.ts';
import { declareSize, scratchFolder, zeroBombZip, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-zip-limits');
afterAll(() => scratch.remove());

const gml = imklDocument([levering, aanvraag()]);
const generous: ZipLimits = { maxEntries: 100, maxTotalBytes: 1024 ** 3, maxRatio: 1_000_000 };
const tooLarge = (limit: string) => ({
  code: 'PAYLOAD_TOO_LARGE',
  reason: 'klic.zip_too_large',
  params: { limit },
  handedOver: 0,
});

/** A work log of a few MB that deflates about 1:16: far from a bomb's 1:1000, but above a ratio of 10. */
function workLog(bytes: number): Buffer {
  const lines: string[] = [];
  for (let line = 0, length = 0; length < bytes; line++) {
    const text = `Regel ${line}: kabel gelegd op diepte 0.60 m\n`;
    lines.push(text);
    length += text.length;
  }
  return Buffer.from(lines.join('').slice(0, bytes));
}

describe('readDelivery refuses ZIP bombs before unpacking anything', () => {
  it('refuses a real entry of 300 MB of zeros under the default limits', async () => {
    const bomb = zeroBombZip(giXmlName, 300);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const path = await scratch.file(bomb);
    expect(await refusalOf(path)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'klic.zip_bomb',
      handedOver: 0,
    });
    expect((await refusalOf(path)).params.ratio).toBeGreaterThan(500);
    // The zeros are really there: without the limits the reader unpacks them and finds no XML.
    expect(await refusalOf(path, { limits: generous })).toMatchObject({ reason: 'klic.xml_malformed' });
  });

  it('refuses a ZIP whose files together unpack to more than the limit', async () => {
    const pdf = Buffer.alloc(600 * 1024, 1);
    const zip = await zipBytes(
      deliveryEntries(gml, [
        { name: `${testFolder}/bronnen/a.pdf`, content: pdf, store: true },
        { name: `${testFolder}/bronnen/b.pdf`, content: pdf, store: true },
      ]),
    );
    const path = await scratch.file(zip);
    const limits = { ...generous, maxTotalBytes: 1024 ** 2 };
    expect(await refusalOf(path, { limits })).toEqual(tooLarge('1 MB'));
    await expect(
      readDelivery(path, { limits: { ...limits, maxTotalBytes: 2 * 1024 ** 2 } }),
    ).resolves.toBeTruthy();
  });

  it('refuses a ZIP with more files than allowed', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      name: `${testFolder}/bronnen/${i}.pdf`,
      content: 'x',
    }));
    const path = await scratch.file(await zipBytes(deliveryEntries(gml, many)));
    expect(await refusalOf(path, { limits: { ...generous, maxEntries: 10 } })).toMatchObject({
      reason: 'klic.zip_too_large',
      handedOver: 0,
    });
    await expect(readDelivery(path, { limits: { ...generous, maxEntries: 22 } })).resolves.toBeTruthy();
  });

  it('refuses an entry over 1 MB that compresses better than the allowed ratio, and only then', async () => {
    const text = workLog(4 * 1024 ** 2);
    const path = await scratch.file(
      await zipBytes(deliveryEntries(gml, [{ name: `${testFolder}/bronnen/notes.txt`, content: text }])),
    );
    expect(await refusalOf(path, { limits: { ...generous, maxRatio: 10 } })).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'klic.zip_bomb',
      handedOver: 0,
    });
    await expect(readDelivery(path, { limits: { ...generous, maxRatio: 20 } })).resolves.toBeTruthy();
  });

  it('accepts a small file with a high ratio (the ratio applies to files over 1 MB)', async () => {
    const zeros = Buffer.alloc(512 * 1024);
    const path = await scratch.file(
      await zipBytes(deliveryEntries(gml, [{ name: `${testFolder}/bronnen/GB.png`, content: zeros }])),
    );
    await expect(readDelivery(path, { limits: defaultZipLimits })).resolves.toBeTruthy();
  });

  it('refuses a GML that unpacks to more bytes than its entry declares', async () => {
    const zip = await zipBytes(deliveryEntries(gml));
    const path = await scratch.file(declareSize(zip, giXmlName, 100));
    expect(await refusalOf(path)).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.zip_corrupt',
      params: {},
      handedOver: 0,
    });
  });
});
