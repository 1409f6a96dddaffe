import { afterAll, describe, expect, it } from 'vitest';
import { readDelivery } from './read-delivery.ts';
import { aanvraag, deliveryEntries, imklDocument, levering, refusalOf } from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-encoding');
afterAll(() => scratch.remove());

const deliveryOf = async (gml: Buffer) => scratch.file(await zipBytes(deliveryEntries(gml)));
const declared = (encoding: string) => `<?xml version="1.0" encoding="${encoding}"?>`;
const documentWith = (referentie: string, encoding: string) =>
  imklDocument([levering, aanvraag({ referentie })], { declaration: declared(encoding) });

describe('readDelivery reads the encoding the XML declares', () => {
  it('reads ISO-8859-1 with ë as the single byte 0xEB', async () => {
    const bytes = Buffer.from(documentWith('Zoë Brûgge', 'ISO-8859-1'), 'latin1');
    expect(bytes.includes(Buffer.from([0x5a, 0x6f, 0xeb]))).toBe(true);
    const { summary } = await readDelivery(await deliveryOf(bytes));
    expect(summary.aanvraag.referentie).toBe('Zoë Brûgge');
  });

  it('reads windows-1252 with € as the byte 0x80', async () => {
    const bytes = Buffer.from(documentWith('Kosten X', 'windows-1252'), 'latin1');
    bytes[bytes.indexOf('Kosten X') + 7] = 0x80;
    const { summary } = await readDelivery(await deliveryOf(bytes));
    expect(summary.aanvraag.referentie).toBe('Kosten €');
  });

  it('reads UTF-16 little endian with a byte order mark', async () => {
    const bytes = Buffer.from(`\uFEFF${documentWith('Zoë – 16', 'UTF-16')}`, 'utf16le');
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    const { summary } = await readDelivery(await deliveryOf(bytes));
    expect(summary.aanvraag).toMatchObject({ meldnummer: '22G0000001', referentie: 'Zoë – 16' });
  });

  it('reads UTF-16 big endian with a byte order mark', async () => {
    const bytes = Buffer.from(`\uFEFF${documentWith('Zoë – 16', 'UTF-16')}`, 'utf16le').swap16();
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]));
    const { summary } = await readDelivery(await deliveryOf(bytes));
    expect(summary.aanvraag.referentie).toBe('Zoë – 16');
  });

  it('reads UTF-8 with a byte order mark', async () => {
    const bytes = Buffer.from(`\uFEFF${documentWith('Zoë', 'UTF-8')}`, 'utf8');
    const { summary } = await readDelivery(await deliveryOf(bytes));
    expect(summary.aanvraag.referentie).toBe('Zoë');
  });
});

describe('readDelivery refuses bytes that do not fit the encoding', () => {
  it('refuses invalid UTF-8 bytes', async () => {
    const text = documentWith('Zo__', 'UTF-8');
    const bytes = Buffer.from(text, 'utf8');
    bytes.set([0xc3, 0x28], bytes.indexOf('Zo__') + 2);
    expect(await refusalOf(await deliveryOf(bytes))).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.xml_encoding',
      params: { encoding: 'utf-8' },
      handedOver: 0,
    });
  });

  it('refuses a Latin-1 ë in a file that declares UTF-8', async () => {
    const bytes = Buffer.from(documentWith('Zoë', 'UTF-8'), 'latin1');
    expect(await refusalOf(await deliveryOf(bytes))).toMatchObject({
      reason: 'klic.xml_encoding',
      params: { encoding: 'utf-8' },
    });
  });

  it('refuses an encoding it does not know', async () => {
    const bytes = Buffer.from(documentWith('Zoe', 'Shift_JIS'), 'latin1');
    expect(await refusalOf(await deliveryOf(bytes))).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.xml_encoding',
      params: { encoding: 'shift_jis' },
      handedOver: 0,
    });
  });
});
