import type { Aanvraag, AanvraagSoort, Bijlage, Contact, Levering, Partij } from './imkl-model.ts';
import { bronhoudercodeOf } from './read-feature.ts';
import {
  booleanOf,
  child,
  childrenNamed,
  childText,
  codeOf,
  descendant,
  href,
  numberOf,
  textOf,
  type XmlNode,
} from './xml-node.ts';

export function readLevering(node: XmlNode): Levering {
  return {
    volgnummer: sequenceNumber(numberOf(child(node, 'leveringsvolgnummer'))),
    compleet: booleanOf(child(node, 'indicatieLeveringCompleet')),
    datumSamengesteld: childText(node, 'datumLeveringSamengesteld'),
    achtergrondkaart: textOf(descendant(node, 'kaartreferentie')),
  };
}

/** A volgnummer counts from 1; a damaged one (1.5, -1, 1e20) is as good as none. */
function sequenceNumber(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 1 && value <= 2_147_483_647 ? value : null;
}

const soorten: Record<string, AanvraagSoort> = {
  graafmelding: 'graafmelding',
  orientatieverzoek: 'orientatieverzoek',
  calamiteitenmelding: 'calamiteitenmelding',
};

export function readAanvraag(node: XmlNode): Aanvraag {
  const soort = codeOf(child(node, 'aanvraagSoort'));
  return {
    meldnummer: childText(node, 'klicMeldnummer'),
    ordernummer: childText(node, 'ordernummer'),
    positienummer: childText(node, 'positienummer'),
    referentie: childText(node, 'referentie'),
    aanvraagSoort: soort ? (soorten[soort] ?? null) : null,
    aanvraagDatum: childText(node, 'aanvraagDatum'),
    startDatum: childText(node, 'startDatum'),
    eindDatum: childText(node, 'eindDatum'),
    soortWerkzaamheden: childrenNamed(node, 'soortWerkzaamheden')
      .map(codeOf)
      .filter((value) => value !== null),
    locatie: readAddress(child(node, 'locatieWerkzaamheden')),
    aanvrager: readPartij(child(node, 'aanvrager')),
    opdrachtgever: readPartij(child(node, 'opdrachtgever')),
  };
}

function readPartij(node: XmlNode | undefined): Partij | null {
  if (!node) return null;
  const contact = descendant(node, 'contactpersoon');
  return {
    organisatie: textOf(descendant(descendant(node, 'organisatie') ?? node, 'naam')),
    contact: contact ? readContact(contact) : null,
  };
}

/** 'Kleine Slachtstraat 2, 3512BJ Utrecht' from an imkl:Adres. */
function readAddress(node: XmlNode | undefined): string | null {
  const address = node ? descendant(node, 'Adres') : undefined;
  if (!address) return null;
  const part = (name: string) => childText(address, name) ?? '';
  const street = [
    part('openbareRuimteNaam'),
    part('huisnummer') + part('huisletter'),
    part('huisnummertoevoeging'),
  ]
    .filter(Boolean)
    .join(' ');
  const place = [part('postcode'), part('woonplaatsNaam')].filter(Boolean).join(' ');
  const text = [street, place].filter(Boolean).join(', ');
  return text === '' ? null : text;
}

/** A contact element (Contact or AanvraagSoortContact, possibly wrapped) as name, phone and e-mail. */
export function readContact(node: XmlNode): Contact {
  return {
    naam: textOf(descendant(node, 'naam')),
    telefoon: textOf(descendant(node, 'telefoon')),
    email: textOf(descendant(node, 'email')),
  };
}

export function readBijlage(node: XmlNode): Bijlage {
  const gmlId = node.attrs['gml:id'] ?? '';
  return {
    gmlId,
    bronhoudercode: bronhoudercodeOf(gmlId),
    soort: codeOf(child(node, 'bijlageType')),
    bestandLocatie: childText(node, 'bestandLocatie'),
    mediaType: codeOf(child(node, 'bestandMediaType')),
    thema: codeOf(child(node, 'thema')),
    eisVoorzorgsmaatregel: childText(node, 'eisVoorzorgsmaatregel'),
    toelichting: childText(node, 'toelichting'),
  };
}

export type BelanghebbendeRecord = {
  gmlId: string;
  beheerderRef: string | null;
  belangRefs: string[];
  bijlageRefs: string[];
  networkRefs: string[];
  eisVoorzorgsmaatregel: boolean;
  beheerdersinformatieGeleverd: boolean | null;
  betrokkenBijAanvraag: boolean | null;
};

export function readBelanghebbende(node: XmlNode): BelanghebbendeRecord {
  const refs = (name: string) =>
    childrenNamed(node, name)
      .map(href)
      .filter((value) => value !== null);
  return {
    gmlId: node.attrs['gml:id'] ?? '',
    beheerderRef: href(child(node, 'netbeheerder')),
    belangRefs: node.children
      .filter((each) => each.name.startsWith('geraaktBelang') || each.name === 'belang')
      .map(href)
      .filter((value) => value !== null),
    bijlageRefs: refs('bijlage'),
    networkRefs: refs('utiliteitsnet'),
    eisVoorzorgsmaatregel: booleanOf(child(node, 'indicatieEisVoorzorgsmaatregel')) === true,
    beheerdersinformatieGeleverd: booleanOf(child(node, 'beheerdersinformatieGeleverd')),
    betrokkenBijAanvraag: booleanOf(child(node, 'betrokkenBijAanvraag')),
  };
}

export type BelangRecord = {
  themas: string[];
  contactNetinformatie: Contact[];
  contactBeschadiging: Contact[];
  contactAanvraag: Contact[];
};

export function readBelang(node: XmlNode): BelangRecord {
  const contacts = (name: string) => childrenNamed(node, name).map(readContact);
  return {
    themas: childrenNamed(node, 'thema')
      .map(codeOf)
      .filter((value) => value !== null),
    contactNetinformatie: contacts('contactNetinformatie'),
    contactBeschadiging: contacts('contactBeschadiging'),
    contactAanvraag: contacts('contactAanvraag'),
  };
}

export function readBeheerder(node: XmlNode): { bronhoudercode: string | null; naam: string | null } {
  return {
    bronhoudercode: childText(node, 'bronhoudercode'),
    naam: textOf(descendant(descendant(node, 'organisatie') ?? node, 'naam')),
  };
}
