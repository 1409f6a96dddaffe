import { afterAll, describe, expect, it } from 'vitest';
import type { ImklFeature } from './imkl-model.ts';
import { readDelivery } from './read-delivery.ts';
import { aanvraag, deliveryEntries, imklDocument, levering } from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-tolerance');
afterAll(() => scratch.remove());

const codes = 'http://definities.geostandaarden.nl/imkl2015/id/waarde';
const line =
  '<gml:LineString srsName="urn:ogc:def:crs:EPSG::28992"><gml:posList>155000 463000 155010 463000</gml:posList></gml:LineString>';

const network = `<imkl:Utiliteitsnet gml:id="nl.imkl-KL0001.net1">
  <imkl:thema xlink:href="${codes}/Thema/laagspanning"/>
</imkl:Utiliteitsnet>`;
/** A cable whose UtilityLink is not in the delivery (the Kadaster clips deliveries to the area). */
const clippedCable = `<imkl:Elektriciteitskabel gml:id="nl.imkl-KL0001.kabel1">
  <net:inNetwork xlink:href="nl.imkl-KL0001.net1"/>
  <net:link xlink:href="nl.imkl-KL0001.ul-weggeknipt"/>
</imkl:Elektriciteitskabel>`;
/** A cable whose UtilityLink only comes later in the file: not a dangling link. */
const cable = `<imkl:Elektriciteitskabel gml:id="nl.imkl-KL0001.kabel2">
  <net:inNetwork xlink:href="nl.imkl-KL0001.net1"/>
  <net:link xlink:href="nl.imkl-KL0001.ul2"/>
</imkl:Elektriciteitskabel>`;
const link = `<imkl:UtilityLink gml:id="nl.imkl-KL0001.ul2">
  <net:centrelineGeometry>${line}</net:centrelineGeometry>
  <net:inNetwork xlink:href="nl.imkl-KL0001.net1"/>
</imkl:UtilityLink>`;
const future = `<imkl:Toekomstig gml:id="nl.imkl-KL0001.toekomst1">
  <imkl:omschrijving>Een objecttype uit een latere IMKL-versie</imkl:omschrijving>
  <imkl:ligging><gml:Point srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>155005 463005</gml:pos></gml:Point></imkl:ligging>
</imkl:Toekomstig>`;
const kastWithExtension = `<imkl:Kast gml:id="nl.imkl-KL0001.kast1">
  <imkl:ligging><gml:Point srsName="urn:ogc:def:crs:EPSG::28992"><gml:pos>155001 463001</gml:pos></gml:Point></imkl:ligging>
  <ext:inspectie xmlns:ext="http://example.com/netbeheerder/uitbreiding"><ext:datum>2022-03-01</ext:datum></ext:inspectie>
</imkl:Kast>`;
/** An operator whose Beheerder is missing: still listed, by the code in its gml:id. */
const belanghebbende = `<imkl:Belanghebbende gml:id="nl.imkl-KL0001._Belanghebbende_22G0000001-1">
  <imkl:indicatieEisVoorzorgsmaatregel>false</imkl:indicatieEisVoorzorgsmaatregel>
  <imkl:utiliteitsnet xlink:href="nl.imkl-KL0001.net1"/>
  <imkl:netbeheerder xlink:href="nl.imkl-KL0001._Beheerder"/>
</imkl:Belanghebbende>`;

async function readTolerant() {
  const gml = imklDocument([
    levering,
    aanvraag(),
    belanghebbende,
    network,
    clippedCable,
    cable,
    future,
    kastWithExtension,
    link,
  ]);
  const handed: ImklFeature[] = [];
  const read = await readDelivery(await scratch.file(await zipBytes(deliveryEntries(gml))), {
    onFeatures: async (features) => {
      handed.push(...features);
    },
  });
  return { ...read, handed };
}

describe('readDelivery keeps going where a delivery is odd', () => {
  it('reads the delivery and counts each oddity as a warning, with examples', async () => {
    const { summary } = await readTolerant();
    expect(summary.aanvraag.meldnummer).toBe('22G0000001');
    const warnings = [...summary.warnings].sort((a, b) => a.code.localeCompare(b.code));
    expect(warnings).toEqual([
      {
        code: 'dangling_link',
        count: 2,
        examples: [
          'nl.imkl-KL0001._Belanghebbende_22G0000001-1 → nl.imkl-KL0001._Beheerder',
          'nl.imkl-KL0001.kabel1 → nl.imkl-KL0001.ul-weggeknipt',
        ],
      },
      { code: 'unknown_element', count: 2, examples: ['ext:inspectie', 'ext:datum'] },
      { code: 'unknown_feature_type', count: 1, examples: ['Toekomstig'] },
    ]);
  });

  it('hands the unknown feature type over like any map object, with its geometry and values', async () => {
    const { handed, summary } = await readTolerant();
    const unknown = handed.find((feature) => feature.type === 'Toekomstig');
    expect(unknown).toMatchObject({
      gmlId: 'nl.imkl-KL0001.toekomst1',
      bronhoudercode: 'KL0001',
      geometry: { type: 'Point', coordinates: [155005, 463005] },
      properties: { omschrijving: 'Een objecttype uit een latere IMKL-versie' },
    });
    expect(summary.counts).toMatchObject({ Toekomstig: 1, Kast: 1, Elektriciteitskabel: 2, UtilityLink: 1 });
  });

  it('keeps the values of elements in an unknown namespace', async () => {
    const { handed } = await readTolerant();
    expect(handed.find((feature) => feature.type === 'Kast')?.properties).toMatchObject({
      datum: '2022-03-01',
    });
  });

  it('keeps a cable whose UtilityLink was clipped away, with its network', async () => {
    const { handed, summary } = await readTolerant();
    expect(handed.filter((feature) => feature.type === 'Elektriciteitskabel')).toEqual([
      expect.objectContaining({ gmlId: 'nl.imkl-KL0001.kabel1', linkRef: 'nl.imkl-KL0001.ul-weggeknipt' }),
      expect.objectContaining({ gmlId: 'nl.imkl-KL0001.kabel2', linkRef: 'nl.imkl-KL0001.ul2' }),
    ]);
    expect(summary.networkThemes).toEqual({ 'nl.imkl-KL0001.net1': 'laagspanning' });
    expect(summary.themas).toEqual(['laagspanning']);
  });

  it('lists an operator whose Beheerder is missing by the code in its gml:id', async () => {
    const { summary } = await readTolerant();
    expect(summary.netbeheerders).toEqual([
      expect.objectContaining({
        bronhoudercode: 'KL0001',
        naam: null,
        themas: ['laagspanning'],
        eisVoorzorgsmaatregel: false,
      }),
    ]);
  });
});
