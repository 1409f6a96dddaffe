import { alongStreet, insideArea } from './area.ts';
import type { DeliveryPlan, OperatorPlan } from './delivery-plan.ts';
import { facilities, placeBesideStreet } from './facility-features.ts';
import {
  type Feature,
  featureMember,
  href,
  lineString,
  measure,
  nen3610,
  point,
  polygon,
  text,
  waarde,
} from './gml-writer.ts';
import { contactXml, ownTopographyIds } from './operator-features.ts';

/** A depth below ground level and one against NAP, as surveyed points on the network. */
function depths(plan: DeliveryPlan, operator: OperatorPlan, networkId: string): Feature[] {
  return (['DiepteTovMaaiveld', 'DiepteNAP'] as const).map((kind) => {
    const localId = `${operator.code}.${kind.toLowerCase()}-01`;
    const { at } = placeBesideStreet(plan, 1.5);
    const depth = plan.random.between(0.5, 1.8);
    return featureMember(`imkl:${kind}`, `nl.imkl-${localId}`, [
      nen3610(localId),
      text('imkl:beginLifespanVersion', plan.dates.beheerder),
      text('imkl:label', `${depth.toFixed(2).replace('.', ',')} m`),
      href('imkl:diepteNauwkeurigheid', waarde('NauwkeurigheidDiepteValue', 'tot10cm')),
      measure('imkl:dieptePeil', Number((kind === 'DiepteNAP' ? 0.4 - depth : depth).toFixed(2)), 'm'),
      href('imkl:diepteAangrijpingspunt', waarde('DiepteAangrijpingspuntValue', 'bovenkant')),
      `<imkl:ligging>${point(`${localId}-geo`, at)}</imkl:ligging>`,
      href('imkl:inNetwork', networkId),
      kind === 'DiepteNAP' ? measure('imkl:maaiveldPeil', 0.4, 'm') : '',
    ]);
  });
}

function profileSketch(plan: DeliveryPlan, operator: OperatorPlan, networkId: string): Feature[] {
  return operator.attachments
    .filter((attachment) => attachment.soort === 'profielschets')
    .map((attachment) => {
      const localId = attachment.gmlId.slice('nl.imkl-'.length);
      return featureMember('imkl:ExtraDetailinfo', attachment.gmlId, [
        nen3610(localId),
        text('imkl:beginLifespanVersion', plan.dates.beheerder),
        text('imkl:label', 'Profielschets'),
        href('imkl:inNetwork', networkId),
        href('imkl:extraInfoType', waarde('ExtraDetailInfoTypeValue', 'profielschets')),
        text('imkl:bestandLocatie', attachment.bestandLocatie),
        href('imkl:bestandMediaType', waarde('BestandMediaTypeValue', 'PDF')),
        text('imkl:bestandIdentificator', attachment.bestandIdentificator),
        `<imkl:ligging>${point(`${localId}-geo`, placeBesideStreet(plan, 9).at)}</imkl:ligging>`,
      ]);
    });
}

function ownTopography(plan: DeliveryPlan, operator: OperatorPlan): Feature[] {
  return ownTopographyIds(operator).map((gmlId, index) => {
    const localId = gmlId.slice('nl.imkl-'.length);
    const { at } = placeBesideStreet(plan, 11);
    const ligging =
      index === 0
        ? lineString(`${localId}-geo`, [at, insideArea(plan.area, [at[0] + 18, at[1] + 2])])
        : point(`${localId}-geo`, at);
    return featureMember('imkl:EigenTopografie', gmlId, [
      nen3610(localId),
      text('imkl:beginLifespanVersion', plan.dates.beheerder),
      text('imkl:label', index === 0 ? 'Erfgrens' : 'Duiker'),
      href('imkl:status', waarde('EigenTopografieStatusValue', index === 0 ? 'bestaand' : 'plan')),
      href(
        'imkl:typeTopografischObject',
        waarde('TopografischObjectTypeValue', index === 0 ? 'overig' : 'brug'),
      ),
      `<imkl:ligging>${ligging}</imkl:ligging>`,
    ]);
  });
}

/** The EV area: a strip along a street where the operator's precaution applies. */
function evArea(plan: DeliveryPlan, operator: OperatorPlan): Feature[] {
  const ev = operator.ev;
  const network = operator.networks.find((candidate) => candidate.spec.thema === ev?.thema);
  if (!ev || !network) return [];
  const street = plan.random.pick(plan.area.streets);
  const length = Math.min(street.length, plan.random.between(60, 160));
  const start = plan.random.between(0, street.length - length);
  const corner = (along: number, offset: number) =>
    alongStreet(plan.area, street, along, network.spec.offset + offset);
  const ring = [
    corner(start, -4),
    corner(start + length, -4),
    corner(start + length, 4),
    corner(start, 4),
    corner(start, -4),
  ];
  const localId = `${operator.code}.aanduidingeisvoorzorgsmaatregel-01`;
  return [
    featureMember('imkl:AanduidingEisVoorzorgsmaatregel', `nl.imkl-${localId}`, [
      nen3610(localId),
      text('imkl:beginLifespanVersion', plan.dates.beheerder),
      text('imkl:label', `EV ${ev.code}`),
      href('imkl:inNetwork', network.gmlId),
      text('imkl:eisVoorzorgsmaatregel', ev.code),
      `<imkl:contactVoorzorgsmaatregel>${contactXml(ev.contact)}</imkl:contactVoorzorgsmaatregel>`,
      text('imkl:netbeheerderNetOmschrijving', `Strook rond ${ev.thema}`),
      `<imkl:geometrie>${polygon(`${localId}-geo`, ring)}</imkl:geometrie>`,
    ]),
  ];
}

/** The operator's objects besides its cables: point objects, depths, sketches, own topography, EV area. */
export function operatorObjects(plan: DeliveryPlan, operator: OperatorPlan): Feature[] {
  const networkId = operator.networks[0]?.gmlId;
  if (!networkId) return [];
  return [
    ...facilities(plan, operator, networkId),
    ...depths(plan, operator, networkId),
    ...profileSketch(plan, operator, networkId),
    ...ownTopography(plan, operator),
    ...evArea(plan, operator),
  ];
}
