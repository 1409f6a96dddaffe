import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readDelivery } from './read-delivery.ts';
import { aanvraag, deliveryEntries, imklDocument, levering, refusalOf } from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-xml-safety');
afterAll(() => scratch.remove());

const deliveryOf = async (gml: string | Buffer) => scratch.file(await zipBytes(deliveryEntries(gml)));
const refused = (reason: string, params: Record<string, string> = {}) => ({
  code: 'VALIDATION_FAILED',
  reason,
  params,
  handedOver: 0,
});

const kast = `<imkl:Kast gml:id="nl.imkl-KL0001.kast1">
  <imkl:ligging><gml:Point srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>155000 463000</gml:pos></gml:Point></imkl:ligging>
</imkl:Kast>`;

describe('readDelivery never reads DTDs or entities', () => {
  it('refuses a DOCTYPE, even an empty one', async () => {
    const gml = imklDocument([levering, aanvraag()], { prolog: '<!DOCTYPE gml:FeatureCollection>' });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(refused('klic.xml_dtd_not_allowed'));
  });

  it('refuses the billion laughs without expanding them', async () => {
    const levels = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    );
    const prolog = `<!DOCTYPE gml:FeatureCollection [\n<!ENTITY lol0 "lol">\n${levels.join('\n')}\n]>`;
    const gml = imklDocument([levering, aanvraag({ referentie: '&lol9;' })], { prolog });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(refused('klic.xml_dtd_not_allowed'));
  });

  it('refuses an external entity without opening the file it names', async () => {
    const prolog = '<!DOCTYPE gml:FeatureCollection [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const gml = imklDocument([levering, aanvraag({ referentie: '&xxe;' })], { prolog });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(refused('klic.xml_dtd_not_allowed'));
  });

  it('refuses an entity reference that no DTD declares as malformed XML', async () => {
    const gml = imklDocument([levering, aanvraag({ referentie: '&xxe;' })]);
    expect(await refusalOf(await deliveryOf(gml))).toMatchObject({ reason: 'klic.xml_malformed' });
  });

  it('reads the five predefined entities and character references', async () => {
    const gml = imklDocument([levering, aanvraag({ referentie: 'A&amp;B &lt;&gt; &quot;&apos; &#235;' })]);
    const { summary } = await readDelivery(await deliveryOf(gml));
    expect(summary.aanvraag.referentie).toBe(`A&B <> "' ë`);
  });

  it('reads text in a CDATA section as text', async () => {
    const gml = imklDocument([levering, aanvraag({ referentie: 'P-1 <![CDATA[& <Co>]]>' })]);
    const { summary } = await readDelivery(await deliveryOf(gml));
    expect(summary.aanvraag.referentie).toBe('P-1 & <Co>');
  });
});

describe('readDelivery refuses XML that is not IMKL', () => {
  it('refuses a valid GML FeatureCollection without the IMKL namespace', async () => {
    const namespaces =
      'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://example.com/wegen" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    const weg = `<app:Weg gml:id="w1"><app:naam>Kerkstraat</app:naam></app:Weg>`;
    const gml = imklDocument([weg], { namespaces, schemaLocation: 'http://example.com/wegen wegen.xsd' });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(refused('klic.not_imkl'));
  });

  it('refuses an XHTML page', async () => {
    const page = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Levering</title></head>
<body><p>Uw levering staat klaar.</p></body></html>`;
    expect(await refusalOf(await deliveryOf(page))).toEqual(refused('klic.not_imkl'));
  });
});

describe('readDelivery refuses broken XML', () => {
  it('refuses a GML that stops in the middle of a feature', async () => {
    const gml = imklDocument([levering, aanvraag(), kast]);
    const cut = gml.slice(0, gml.indexOf('<gml:pos>') + 12);
    expect(await refusalOf(await deliveryOf(cut))).toEqual(refused('klic.xml_truncated'));
  });

  it('refuses a GML with a closing tag that does not match', async () => {
    const gml = imklDocument([levering, aanvraag(), kast.replace('</imkl:Kast>', '</imkl:Mast>')]);
    expect(await refusalOf(await deliveryOf(gml))).toEqual({
      ...refused('klic.xml_malformed'),
      params: { detail: expect.stringMatching(/close tag/) },
    });
  });

  it('closes the ZIP file when the GML turns out bad halfway (no file handle left open)', async () => {
    const kasten = Array.from({ length: 20_000 }, (_, i) => {
      const label = createHash('sha256').update(String(i)).digest('hex');
      return kast
        .replace('kast1', `kast${i}`)
        .replace('<imkl:ligging>', `<imkl:label>${label}</imkl:label><imkl:ligging>`);
    });
    const gml = imklDocument([
      levering,
      aanvraag(),
      ...kasten.slice(0, 5),
      '<imkl:Kast>&bad;</imkl:Kast>',
      ...kasten,
    ]);
    const path = await deliveryOf(gml);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 5; i++) {
      expect(await refusalOf(path)).toMatchObject({ reason: 'klic.xml_malformed' });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBe(before);
  });
});
