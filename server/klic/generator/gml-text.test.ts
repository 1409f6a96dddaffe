import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { parseGml } from './delivery-testkit.ts';
import { createDelivery } from './generate-delivery.ts';
import { escapeXml, featureMember, text } from './gml-writer.ts';

const HOSTILE = `P-2026-007;Fase "2" & <meer> 'één' Ëlst–Kröger ö ü`;

describe('text in the generated GML', () => {
  it('escapes the five XML specials and leaves Dutch characters as they are', () => {
    expect(escapeXml(`a & b < c > d "e" 'f' ë ö`)).toBe(
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ë ö',
    );
    expect(text('imkl:label', '<script>')).toBe('<imkl:label>&lt;script&gt;</imkl:label>');
  });

  it('reads back exactly the text that went in, through a real XML parser', () => {
    const feature = featureMember('imkl:Annotatie', 'nl.imkl-VW0001.x', [text('imkl:label', HOSTILE)]);
    const xml = `<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:imkl="http://www.geostandaarden.nl/imkl/wibon">${feature.xml}</gml:FeatureCollection>`;
    const parsed = parseGml(Buffer.from(xml), ['label']);
    expect(parsed.texts.label).toEqual([HOSTILE]);
    expect(parsed.features).toEqual({ Annotatie: 1 });
  });

  it('carries a hostile referentie and the operators’ names with & and quotes through a whole delivery', async () => {
    const { stream } = createDelivery({
      meldnummer: '26G0007777',
      referentie: HOSTILE,
      operators: 7,
      cablesPerOperator: 2,
    });
    const zip = await buffer(stream);
    const archive = await yauzl.fromBufferPromise(zip);
    let gml: Buffer | null = null;
    for await (const entry of archive.eachEntry()) {
      if (entry.fileName.endsWith('_V2.xml')) gml = await buffer(await archive.openReadStreamPromise(entry));
    }
    archive.close();
    if (!gml) throw new Error('no GI XML in the generated ZIP');
    const parsed = parseGml(gml, ['referentie', 'naam']);
    expect(parsed.texts.referentie).toEqual([HOSTILE]);
    expect(parsed.texts.naam).toContain('Waterbedrijf Vecht & Lek (demo)');
    expect(parsed.texts.naam).toContain("Warmtebedrijf Zuilen & Overvecht 'demo'");
    expect(parsed.texts.naam).toContain('Noëlle Kröger');
  });
});
