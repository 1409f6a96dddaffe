import { vi } from 'vitest';
import { AppError } from '../../infra/errors/app-error.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { type ReadDeliveryOptions, readDelivery } from './read-delivery.ts';
import type { TestEntry } from './test-zips.ts';

/** Small hand-written IMKL 2.0 documents and the ZIP layout around them; for tests only. */

export const testMeldnummer = '22G0000001';
export const testFolder = `${testMeldnummer}_1`;
export const giXmlName = `${testFolder}/GI_gebiedsinformatielevering_${testMeldnummer}_1_V2.xml`;

export const imkl20Location =
  'http://www.geostandaarden.nl/imkl/wibon http://register.geostandaarden.nl/gmlapplicatieschema/imkl/2.0.0/imkl-wibon.xsd';

export const imklNamespaces = [
  'xmlns:gml="http://www.opengis.net/gml/3.2"',
  'xmlns:imkl="http://www.geostandaarden.nl/imkl/wibon"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xmlns:net="http://inspire.ec.europa.eu/schemas/net/4.0"',
  'xmlns:us-net-common="http://inspire.ec.europa.eu/schemas/us-net-common/4.0"',
].join(' ');

const codes = 'http://definities.geostandaarden.nl/imkl2015/id/waarde';

export const levering = `<imkl:GebiedsinformatieLevering gml:id="nl.imkl-KA0000._GebiedsinformatieLevering_1">
  <imkl:leveringsvolgnummer>1</imkl:leveringsvolgnummer>
  <imkl:indicatieLeveringCompleet>true</imkl:indicatieLeveringCompleet>
</imkl:GebiedsinformatieLevering>`;

/** The request; `meldnummer: null` leaves the klicMeldnummer out. */
export function aanvraag({
  meldnummer = testMeldnummer as string | null,
  referentie = 'P-4711',
}: {
  meldnummer?: string | null;
  referentie?: string;
} = {}): string {
  return `<imkl:GebiedsinformatieAanvraag gml:id="nl.imkl-KA0000._GebiedsinformatieAanvraag_1">
  <imkl:ordernummer>9807000001</imkl:ordernummer>
  <imkl:positienummer>0000000010</imkl:positienummer>
  ${meldnummer === null ? '' : `<imkl:klicMeldnummer>${meldnummer}</imkl:klicMeldnummer>`}
  <imkl:referentie>${referentie}</imkl:referentie>
  <imkl:aanvraagSoort xlink:href="${codes}/AanvraagSoortValue/graafmelding"/>
</imkl:GebiedsinformatieAanvraag>`;
}

export type DocumentOptions = {
  schemaLocation?: string | null;
  declaration?: string;
  /** Text between the declaration and the root element (a DOCTYPE, …). */
  prolog?: string;
  namespaces?: string;
};

/** A gml:FeatureCollection with one gml:featureMember per fragment. */
export function imklDocument(features: readonly string[], options: DocumentOptions = {}): string {
  const location = options.schemaLocation === undefined ? imkl20Location : options.schemaLocation;
  const members = features.map((feature) => `  <gml:featureMember>\n${feature}\n  </gml:featureMember>`);
  return [
    options.declaration ?? '<?xml version="1.0" encoding="UTF-8"?>',
    options.prolog ?? '',
    `<gml:FeatureCollection gml:id="fc-1" ${options.namespaces ?? imklNamespaces}${location === null ? '' : ` xsi:schemaLocation="${location}"`}>`,
    ...members,
    '</gml:FeatureCollection>',
    '',
  ].join('\n');
}

/** The entries of a delivery as the Kadaster lays it out: one top folder with the GI XML and the letter. */
export function deliveryEntries(gml: string | Buffer, extra: readonly TestEntry[] = []): TestEntry[] {
  return [
    { name: giXmlName, content: gml },
    { name: `${testFolder}/LI_${testMeldnummer}_1.pdf`, content: '%PDF-1.4 test letter' },
    ...extra,
  ];
}

export type Refusal = {
  code: string;
  reason: string | undefined;
  params: Record<string, string | number>;
  /** How many times features or files were handed to the caller before the refusal. */
  handedOver: number;
};

/** Reads the ZIP expecting a refusal; checks that the reason has a sentence in both languages. */
export async function refusalOf(zipPath: string, options: ReadDeliveryOptions = {}): Promise<Refusal> {
  const onFeatures = vi.fn(async () => {});
  const onFile = vi.fn(async () => {});
  const error = await readDelivery(zipPath, { onFeatures, onFile, ...options }).then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  for (const language of ['nl', 'en'] as const) {
    if (!error.reason || !reasonMessage(language, error.reason, error.params)) {
      throw new Error(`reason ${error.reason} has no ${language} sentence`);
    }
  }
  return {
    code: error.code,
    reason: error.reason,
    params: error.params,
    handedOver: onFeatures.mock.calls.length + onFile.mock.calls.length,
  };
}
