import type { Contact, DeliveryPlan, OperatorPlan } from './delivery-plan.ts';
import { type Feature, featureMember, href, measure, nen3610, text, waarde } from './gml-writer.ts';
import { belanghebbendeId } from './request-features.ts';

const belangId = (operator: OperatorPlan) =>
  `nl.imkl-${operator.code}._Belang_${operator.code.slice(2)}001-1`;
const beheerderId = (operator: OperatorPlan) => `nl.imkl-${operator.code}._Beheerder`;
export const ownTopographyIds = (operator: OperatorPlan) =>
  operator.delivered ? [`nl.imkl-${operator.code}.topo-01`, `nl.imkl-${operator.code}.topo-02`] : [];

const GERAAKT_BIJ = {
  graafmelding: 'imkl:geraaktBelangBijGraafpolygoon',
  orientatieverzoek: 'imkl:geraaktBelangBijOrientatiepolygoon',
  calamiteitenmelding: 'imkl:geraaktBelangBijInformatiepolygoon',
} as const;

export function belanghebbendeFeature(plan: DeliveryPlan, operator: OperatorPlan): Feature {
  const { meldnummer, volgnummer, aanvraagSoort } = plan.options;
  const answered = operator.delivered;
  return featureMember('imkl:Belanghebbende', belanghebbendeId(plan, operator.code), [
    nen3610(`${operator.code}._Belanghebbende_${meldnummer}`, volgnummer),
    text('imkl:beginLifespanVersion', plan.dates.levering),
    text('imkl:beheerdersinformatieGeleverd', answered),
    answered ? text('imkl:betrokkenBijAanvraag', true) : '',
    answered ? text('imkl:indicatieEisVoorzorgsmaatregel', operator.ev !== null) : '',
    ...operator.networks.map((network) => href('imkl:utiliteitsnet', network.gmlId)),
    ...ownTopographyIds(operator).map((id) => href('imkl:eigenTopografie', id)),
    ...operator.attachments
      .filter((attachment) => attachment.soort !== 'profielschets')
      .map((attachment) => href('imkl:bijlage', attachment.gmlId)),
    href(GERAAKT_BIJ[aanvraagSoort], belangId(operator)),
    href('imkl:netbeheerder', beheerderId(operator)),
  ]);
}

const contactFields = (contact: Contact) =>
  `${text('imkl:naam', contact.naam)}${text('imkl:telefoon', contact.telefoon)}${text('imkl:email', contact.email)}`;
export const contactXml = (contact: Contact) => `<imkl:Contact>${contactFields(contact)}</imkl:Contact>`;

export function belangFeature(plan: DeliveryPlan, operator: OperatorPlan): Feature {
  const soort = href('imkl:aanvraagSoort', waarde('AanvraagSoortValue', plan.options.aanvraagSoort));
  const perSoort = (contact: Contact) =>
    `<imkl:AanvraagSoortContact>${soort}${contactFields(contact)}</imkl:AanvraagSoortContact>`;
  return featureMember('imkl:Belang', belangId(operator), [
    nen3610(belangId(operator).slice('nl.imkl-'.length, -2), 1),
    text('imkl:beginLifespanVersion', plan.dates.beheerder),
    text('imkl:omschrijving', operator.omschrijving),
    `<imkl:contactAanvraag>${perSoort(operator.contacts.aanvraag)}</imkl:contactAanvraag>`,
    ...[...operator.themas].sort().map((thema) => href('imkl:thema', waarde('Thema', thema))),
    `<imkl:contactNetinformatie>${perSoort(operator.contacts.netinformatie)}</imkl:contactNetinformatie>`,
    `<imkl:contactBeschadiging>${contactXml(operator.contacts.beschadiging)}</imkl:contactBeschadiging>`,
  ]);
}

export function beheerderFeature(plan: DeliveryPlan, operator: OperatorPlan): Feature {
  return featureMember('imkl:Beheerder', beheerderId(operator), [
    nen3610(`${operator.code}._Beheerder`),
    text('imkl:beginLifespanVersion', plan.dates.beheerder),
    text('imkl:bronhoudercode', operator.code),
    `<imkl:organisatie><imkl:Organisatie>${text('imkl:naam', operator.name)}</imkl:Organisatie></imkl:organisatie>`,
  ]);
}

export function utiliteitsnetFeatures(plan: DeliveryPlan, operator: OperatorPlan): Feature[] {
  return operator.networks.map((network) =>
    featureMember('imkl:Utiliteitsnet', network.gmlId, [
      href('us-net-common:utilityNetworkType', network.spec.networkType),
      href(
        'us-net-common:authorityRole',
        'http://inspire.ec.europa.eu/codelist/RelatedPartyRoleValue/operator',
      ),
      nen3610(network.gmlId.slice('nl.imkl-'.length)),
      text('imkl:beginLifespanVersion', plan.dates.beheerder),
      text('imkl:label', `${operator.name} – ${network.spec.thema}`),
      href('imkl:thema', waarde('Thema', network.spec.thema)),
      measure('imkl:standaardDieptelegging', network.spec.depth, 'm'),
    ]),
  );
}

/** Bijlage (general information) and EisVoorzorgsmaatregelBijlage; profile sketches are ExtraDetailinfo. */
export function attachmentFeatures(plan: DeliveryPlan, operator: OperatorPlan): Feature[] {
  return operator.attachments
    .filter((attachment) => attachment.soort !== 'profielschets')
    .map((attachment) => {
      const isEv = attachment.soort === 'eisVoorzorgsmaatregel' && operator.ev !== null;
      return featureMember(isEv ? 'imkl:EisVoorzorgsmaatregelBijlage' : 'imkl:Bijlage', attachment.gmlId, [
        nen3610(attachment.gmlId.slice('nl.imkl-'.length)),
        text('imkl:beginLifespanVersion', plan.dates.levering),
        href('imkl:bijlageType', waarde('BijlageTypeValue', attachment.soort)),
        text('imkl:bestandLocatie', attachment.bestandLocatie),
        href('imkl:bestandMediaType', waarde('BestandMediaTypeValue', 'PDF')),
        text('imkl:bestandIdentificator', attachment.bestandIdentificator),
        isEv && operator.ev ? href('imkl:thema', waarde('Thema', operator.ev.thema)) : '',
        isEv && operator.ev ? text('imkl:eisVoorzorgsmaatregel', operator.ev.code) : '',
        isEv
          ? text(
              'imkl:toelichting',
              'Graaf niet zonder afspraak binnen 5 m van de leiding; neem 3 werkdagen vooraf contact op.',
            )
          : '',
      ]);
    });
}
