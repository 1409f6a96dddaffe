import { alongStreet } from './area.ts';
import type { DeliveryPlan, OperatorPlan } from './delivery-plan.ts';
import {
  type Feature,
  featureMember,
  href,
  inspire,
  inspireId,
  measure,
  nen3610,
  type Position,
  point,
  polygon,
  text,
  waarde,
} from './gml-writer.ts';

type Place = { at: Position; rotation: number };

/** A random spot `offset` metres beside one of the streets, with a right-angled symbol rotation. */
export function placeBesideStreet(plan: DeliveryPlan, offset: number): Place {
  const street = plan.random.pick(plan.area.streets);
  const at = alongStreet(plan.area, street, plan.random.between(10, street.length - 10), offset);
  return { at, rotation: plan.random.int(0, 3) * 90 };
}

const square = ([x, y]: Position, half: number): Position[] => [
  [x - half, y - half],
  [x + half, y - half],
  [x + half, y + half],
  [x - half, y + half],
  [x - half, y - half],
];

/** Kast, Mangat, Mast, Toren and TechnischGebouw: point objects of the network, the building with its outline. */
export function facilities(plan: DeliveryPlan, operator: OperatorPlan, networkId: string): Feature[] {
  const features: Feature[] = [];
  for (const kind of ['Kast', 'Mangat', 'Mast', 'Toren', 'TechnischGebouw'] as const) {
    const localId = `${operator.code}.${kind.toLowerCase()}-01`;
    const { at, rotation } = placeBesideStreet(plan, 7);
    const outlineId = `nl.imkl-${operator.code}.extrageometrie-${kind.toLowerCase()}`;
    const hasOutline = kind === 'TechnischGebouw' || kind === 'Kast';
    if (hasOutline) {
      features.push(
        featureMember('imkl:ExtraGeometrie', outlineId, [
          nen3610(outlineId.slice('nl.imkl-'.length)),
          text('imkl:beginLifespanVersion', plan.dates.beheerder),
          `<imkl:vlakgeometrie2D>${polygon(`${localId}-outline`, square(at, kind === 'Kast' ? 0.6 : 2.5))}</imkl:vlakgeometrie2D>`,
          href('imkl:inNetwork', networkId),
        ]),
      );
    }
    features.push(
      featureMember(`imkl:${kind}`, `nl.imkl-${localId}`, [
        href('us-net-common:currentStatus', inspire('ConditionOfFacilityValue', 'functional')),
        text('us-net-common:validFrom', plan.dates.beheerder),
        text('us-net-common:verticalPosition', 'onGroundSurface'),
        `<us-net-common:geometry>${point(`${localId}-geo`, at)}</us-net-common:geometry>`,
        inspireId('us-net-common:inspireId', localId),
        kind === 'Mast' ? measure('us-net-common:poleHeight', 12, 'm') : '',
        kind === 'Toren' ? measure('us-net-common:towerHeight', 45, 'm') : '',
        text('imkl:bovengrondsZichtbaar', kind !== 'Mangat'),
        href('imkl:geoNauwkeurigheidXY', waarde('NauwkeurigheidXYvalue', 'tot30cm')),
        measure('imkl:rotatiehoekSymbool', rotation, 'deg'),
        href('imkl:inNetwork', networkId),
        hasOutline ? href('imkl:extraGeometrie', outlineId) : '',
        text('imkl:label', `${kind} ${operator.code.slice(2)}-01`),
      ]),
    );
  }
  return features;
}
