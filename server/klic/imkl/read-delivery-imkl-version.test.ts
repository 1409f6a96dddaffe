import { afterAll, describe, expect, it } from 'vitest';
import { readDelivery } from './read-delivery.ts';
import {
  aanvraag,
  deliveryEntries,
  imklDocument,
  imklNamespaces,
  levering,
  refusalOf,
} from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-version');
afterAll(() => scratch.remove());

const deliveryOf = async (gml: string) => scratch.file(await zipBytes(deliveryEntries(gml)));
const unsupported = (version: string) => ({
  code: 'VALIDATION_FAILED',
  reason: 'klic.imkl_version_unsupported',
  params: { version },
  handedOver: 0,
});
const register = 'http://register.geostandaarden.nl/gmlapplicatieschema';
const features = [levering, aanvraag()];

describe('readDelivery recognises IMKL versions it does not read', () => {
  it('answers IMKL 1.2 (IMKL2015, its own namespace) with the version', async () => {
    const imkl2015 = 'http://www.geostandaarden.nl/imkl/2015/wion/1.2';
    const gml = imklDocument(features, {
      namespaces: imklNamespaces.replace('http://www.geostandaarden.nl/imkl/wibon', imkl2015),
      schemaLocation: `${imkl2015} ${register}/imkl2015/1.2.1/imkl2015-wion.xsd`,
    });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(unsupported('1.2.1'));
  });

  it('answers a schema location …/imkl/1.2.1/… with that version', async () => {
    const gml = imklDocument(features, {
      schemaLocation: `http://www.geostandaarden.nl/imkl/wibon ${register}/imkl/1.2.1/imkl-wibon.xsd`,
    });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(unsupported('1.2.1'));
  });

  it('answers IMKL 3.0, which keeps the namespace, by its schema location', async () => {
    const gml = imklDocument(features, {
      schemaLocation: `http://www.geostandaarden.nl/imkl/wibon ${register}/imkl/3.0.0/imkl-wibon.xsd`,
    });
    expect(await refusalOf(await deliveryOf(gml))).toEqual(unsupported('3.0.0'));
  });

  it('reads IMKL 2.0 and 2.0.1, and a document that names no version', async () => {
    for (const schemaLocation of [
      `http://www.geostandaarden.nl/imkl/wibon ${register}/imkl/2.0.0/imkl-wibon.xsd`,
      `http://www.geostandaarden.nl/imkl/wibon ${register}/imkl/2.0.1/imkl-wibon.xsd`,
      null,
    ]) {
      const { summary } = await readDelivery(await deliveryOf(imklDocument(features, { schemaLocation })));
      expect(summary.imklVersion).toBe('2.0');
      expect(summary.aanvraag.meldnummer).toBe('22G0000001');
    }
  });
});

describe('readDelivery needs a meldnummer', () => {
  it('refuses a delivery whose request has no klicMeldnummer', async () => {
    const gml = imklDocument([levering, aanvraag({ meldnummer: null })]);
    expect(await refusalOf(await deliveryOf(gml))).toEqual({
      code: 'VALIDATION_FAILED',
      reason: 'klic.no_meldnummer',
      params: {},
      handedOver: 0,
    });
  });

  it('refuses a delivery without any GebiedsinformatieAanvraag', async () => {
    const gml = imklDocument([levering]);
    expect(await refusalOf(await deliveryOf(gml))).toMatchObject({ reason: 'klic.no_meldnummer' });
  });
});
