import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGml, readZipEntries } from './delivery-testkit.ts';
import {
  deliveryFileName,
  type GenerateOptions,
  generateDelivery,
  writeDelivery,
} from './generate-delivery.ts';
import { CABLE_KINDS, THEMES } from './themes.ts';

const folder = mkdtempSync(join(tmpdir(), 'klic-generator-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function generate(options: GenerateOptions) {
  const path = join(folder, `${options.seed ?? 1}-${deliveryFileName(options)}`);
  const written = await writeDelivery(options, path);
  const entries = await readZipEntries(path);
  const gmlName = `${options.meldnummer}_${options.volgnummer ?? 1}/GI_gebiedsinformatielevering_${options.meldnummer}_${options.volgnummer ?? 1}_V2.xml`;
  const gml = entries.get(gmlName);
  if (!gml) throw new Error(`${gmlName} missing from the ZIP`);
  return { written, entries, gml };
}

const OTHER_TYPES =
  `GebiedsinformatieLevering GebiedsinformatieAanvraag Graafpolygoon Belanghebbende Beheerder Belang
  Bijlage EisVoorzorgsmaatregelBijlage AanduidingEisVoorzorgsmaatregel Utiliteitsnet UtilityLink Appurtenance Kast
  Mangat Mast Toren TechnischGebouw DiepteTovMaaiveld DiepteNAP ExtraDetailinfo Annotatie Maatvoering ExtraGeometrie
  EigenTopografie`.split(/\s+/);

describe('the KLIC delivery generator', () => {
  it('lays the ZIP out as the Kadaster does, with every attachment the GML names', async () => {
    const { written, entries, gml } = await generate({ meldnummer: '26G0001234', referentie: 'P-2026-001' });
    expect(written.path.endsWith('Levering_26G0001234_1.zip')).toBe(true);
    const names = [...entries.keys()];
    expect(names.slice(0, 6)).toEqual([
      '26G0001234_1/',
      '26G0001234_1/GI_gebiedsinformatielevering_26G0001234_1_V2.xml',
      '26G0001234_1/LI_26G0001234_1.pdf',
      '26G0001234_1/_Startpagina.html',
      '26G0001234_1/bronnen/',
      '26G0001234_1/bronnen/GB_26G0001234.png',
    ]);
    expect(names).toContain('26G0001234_1/bronnen/VW0001/nl.imkl-VW0001_26G0001234.algemeen.pdf');
    expect(names.filter((name) => /bronnen\/VW0001\/.*EV_.*\.pdf$/.test(name))).toHaveLength(1);
    for (const location of parseGml(gml, ['bestandLocatie', 'kaartreferentie']).texts.bestandLocatie ?? []) {
      expect(names).toContain(`26G0001234_1/${location}`);
    }
    for (const [name, content] of entries) {
      if (name.endsWith('.pdf')) expect(content.subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      if (name.endsWith('.png')) expect(content.subarray(1, 4).toString('latin1'), name).toBe('PNG');
    }
    expect(written.gmlBytes).toBe(gml.length);
  });

  it('writes well-formed GML whose features are what it reports, linked to each other, in all 15 themes', async () => {
    const { written, gml } = await generate({ meldnummer: '26G0001234', seed: 7 });
    const parsed = parseGml(gml);
    expect(parsed.features).toEqual(written.features);
    for (const type of [...CABLE_KINDS, ...OTHER_TYPES])
      expect(written.features[type] ?? 0, type).toBeGreaterThan(0);
    expect(written.features.UtilityLink).toBe(3 * 20);
    expect(parsed.duplicateIds).toEqual([]);
    const dangling = parsed.links.filter((link) => !parsed.gmlIds.has(link.target));
    expect(dangling).toEqual([]);
    const themes = new Set(
      parsed.codes.filter((code) => code.includes('/Thema/')).map((code) => code.split('/').pop()),
    );
    expect([...themes].sort()).toEqual(THEMES.map((theme) => theme.thema).sort());
  });

  it('adds dangling links, unknown feature types and unknown elements when asked, for warning tests', async () => {
    const extras = { danglingLinks: 3, unknownFeatures: 2, unknownElements: 4 };
    const { written, gml } = await generate({
      meldnummer: '26G0001235',
      operators: 1,
      cablesPerOperator: 5,
      extras,
    });
    const parsed = parseGml(gml, ['proefkenmerk']);
    expect(
      parsed.links.filter((link) => !parsed.gmlIds.has(link.target)).map((link) => link.element),
    ).toEqual(['link', 'link', 'link']);
    expect(written.features.Proefobject).toBe(2);
    expect(parsed.texts.proefkenmerk).toHaveLength(4);
    expect(parsed.features).toEqual(written.features);
  });

  it('gives the same bytes for the same seed and other bytes for another seed', async () => {
    const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
    const options: GenerateOptions = { meldnummer: '26O0004321', operators: 2, cablesPerOperator: 30 };
    const first = await generate({ ...options, seed: 11 });
    const again = await generate({ ...options, seed: 11 });
    const other = await generate({ ...options, seed: 12 });
    expect(sha(again.gml)).toBe(sha(first.gml));
    expect(sha(other.gml)).not.toBe(sha(first.gml));
  });

  it('marks a partial delivery and leaves the late operator without data', async () => {
    const { gml } = await generate({
      meldnummer: '26G0001236',
      volgnummer: 2,
      complete: false,
      operators: 3,
    });
    const parsed = parseGml(gml, [
      'indicatieLeveringCompleet',
      'leveringsvolgnummer',
      'beheerdersinformatieGeleverd',
    ]);
    expect(parsed.texts.indicatieLeveringCompleet).toEqual(['false']);
    expect(parsed.texts.leveringsvolgnummer).toEqual(['2']);
    expect(parsed.texts.beheerdersinformatieGeleverd).toEqual(['true', 'true', 'false']);
    expect(parsed.links.some((link) => link.target.startsWith('nl.imkl-VW0003.net-'))).toBe(false);
  });

  it('refuses options it cannot honour with a sentence that says what is wrong', async () => {
    expect(() => generateDelivery({ meldnummer: '26X0001234' })).toThrow(/meldnummer must be/);
    expect(() => generateDelivery({ meldnummer: '26G0001234', operators: 0 })).toThrow(/operators must be/);
    expect(() => generateDelivery({ meldnummer: '26G0001234', evOperators: 4 })).toThrow(
      /evOperators must be/,
    );
    expect(() => generateDelivery({ meldnummer: '26G0001234', centre: [5.1, 52.1] })).toThrow(/RD New/);
    await expect(writeDelivery({ meldnummer: '26G01' }, join(folder, 'x.zip'))).rejects.toThrow(/meldnummer/);
  });
});

describe('the aanvraag moment', () => {
  it('is the one asked for, in Dutch time with its offset, and the rest of the delivery stays the same', async () => {
    const base = { meldnummer: '26G0007001', seed: 7 } as const;
    const drawn = await generate(base);
    const chosen = await generate({ ...base, seed: 7, requestedAt: new Date('2026-11-20T08:15:00Z') });

    expect(chosen.gml.toString()).toContain(
      '<imkl:aanvraagDatum>2026-11-20T09:15:00.000+01:00</imkl:aanvraagDatum>',
    );
    const withoutDates = (gml: Buffer) =>
      gml.toString().replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+[+-]\d{2}:\d{2})?/g, '');
    expect(withoutDates(chosen.gml)).toBe(withoutDates(drawn.gml));
  });

  it('refuses an invalid date', () => {
    expect(() => generateDelivery({ meldnummer: '26G0007001', requestedAt: new Date('nonsense') })).toThrow(
      /requestedAt must be a valid date/,
    );
  });
});
