import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
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
import { flagEncrypted, renameEntry, scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-zip-errors');
afterAll(() => scratch.remove());

const gml = imklDocument([levering, aanvraag()]);
const notAZip = { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'klic.not_a_zip', params: {}, handedOver: 0 };
const corrupt = { code: 'VALIDATION_FAILED', reason: 'klic.zip_corrupt', params: {}, handedOver: 0 };

describe('readDelivery refuses files that are no usable ZIP', () => {
  it('refuses a text file, a PNG image and an empty file as not a ZIP', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64)]);
    for (const bytes of [Buffer.from('Dit is een notitie, geen levering.\n'), png, Buffer.alloc(0)]) {
      expect(await refusalOf(await scratch.file(bytes))).toEqual(notAZip);
    }
  });

  it('refuses a ZIP whose central directory is damaged', async () => {
    const zip = await zipBytes(deliveryEntries(gml));
    const damaged = Buffer.from(zip);
    damaged.write('XXXX', zip.indexOf(Buffer.from('PK\x01\x02', 'latin1')), 'latin1');
    expect(await refusalOf(await scratch.file(damaged))).toEqual(corrupt);
  });

  it('refuses a ZIP whose compressed GML is damaged', async () => {
    const zip = await zipBytes(deliveryEntries(gml));
    const damaged = Buffer.from(zip);
    const dataStart = 30 + giXmlName.length;
    damaged.fill(0xff, dataStart + 40, dataStart + 48);
    expect(await refusalOf(await scratch.file(damaged))).toEqual(corrupt);
  });

  it('refuses a Kadaster sample cut off at several points (an interrupted download)', async () => {
    const sample = await readFile(klicSample(klicSampleFiles.orientatieSmall));
    for (const length of [4, 1000, Math.floor(sample.length / 2), sample.length - 30, sample.length - 1]) {
      const path = await scratch.file(sample.subarray(0, length));
      expect(await refusalOf(path), `cut at ${length} bytes`).toEqual(corrupt);
    }
  });

  it('refuses a ZIP with an encrypted entry', async () => {
    const zip = flagEncrypted(await zipBytes(deliveryEntries(gml)), giXmlName);
    expect(await refusalOf(await scratch.file(zip))).toEqual({ ...corrupt, reason: 'klic.zip_encrypted' });
  });
});

describe('readDelivery needs exactly one GI XML', () => {
  it('refuses a ZIP without gebiedsinformatie', async () => {
    const zip = await zipBytes([
      { name: `${testFolder}/LI_22G0000001_1.pdf`, content: '%PDF-1.4' },
      { name: `${testFolder}/_Startpagina.html`, content: '<html></html>' },
    ]);
    expect(await refusalOf(await scratch.file(zip))).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.no_gi_xml',
      params: {},
      handedOver: 0,
    });
  });

  it('refuses a ZIP holding two deliveries', async () => {
    const second = `22G0000002_1/GI_gebiedsinformatielevering_22G0000002_1_V2.xml`;
    const zip = await zipBytes(deliveryEntries(gml, [{ name: second, content: gml }]));
    expect(await refusalOf(await scratch.file(zip))).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.several_gi_xml',
      params: {},
      handedOver: 0,
    });
  });
});

describe('readDelivery refuses unsafe names in the ZIP', () => {
  const hostileNames = [
    '../evil.xml',
    `${testFolder}/../../evil.pdf`,
    '/etc/x',
    'C:\\x',
    'C:/Windows/x.pdf',
    `${testFolder}\\bronnen\\x.pdf`,
  ];

  for (const hostile of hostileNames) {
    it(`refuses the entry name ${hostile}`, async () => {
      const safe = 'p'.repeat(hostile.length);
      const zip = await zipBytes(deliveryEntries(gml, [{ name: safe, content: 'owned' }]));
      const path = await scratch.file(renameEntry(zip, safe, hostile));
      expect(await refusalOf(path)).toEqual({
        code: 'VALIDATION_FAILED',
        reason: 'klic.zip_unsafe_path',
        params: { name: hostile },
        handedOver: 0,
      });
    });
  }

  it('reads the same ZIP when the name is a safe one (the patching is what makes it fail)', async () => {
    const zip = await zipBytes(deliveryEntries(gml, [{ name: 'p'.repeat(11), content: 'fine' }]));
    const read = await readDelivery(await scratch.file(zip));
    expect(read.files.map((file) => file.path)).toContain('p'.repeat(11));
  });
});
