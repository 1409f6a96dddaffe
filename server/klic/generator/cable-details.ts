import { insideArea } from './area.ts';
import type { CableDraft } from './cable-features.ts';
import type { DeliveryPlan } from './delivery-plan.ts';
import {
  type Feature,
  featureMember,
  href,
  inspire,
  inspireId,
  lineString,
  measure,
  nen3610,
  type Position,
  point,
  text,
  waarde,
} from './gml-writer.ts';

/** Where a label hangs on its point: LabelpositieValue 0, 0.5 or 1 horizontally and vertically. */
const labelpositie = (horizontal: string, vertical: string) =>
  `<imkl:labelpositie><imkl:Labelpositie>${href('imkl:aangrijpingHorizontaal', waarde('LabelpositieValue', horizontal))}` +
  `${href('imkl:aangrijpingVerticaal', waarde('LabelpositieValue', vertical))}</imkl:Labelpositie></imkl:labelpositie>`;

function drawing(
  plan: DeliveryPlan,
  draft: CableDraft,
  type: 'Annotatie' | 'Maatvoering',
  suffix: string,
  typeValue: string,
  ligging: (gmlId: string) => string,
  label: string | null,
): Feature {
  const localId = `${draft.operator.code}.${type.toLowerCase()}-${draft.serial}${suffix}`;
  const list = type === 'Annotatie' ? 'AnnotatieTypeValue' : 'MaatvoeringsTypeValue';
  const tag = type === 'Annotatie' ? 'imkl:annotatieType' : 'imkl:maatvoeringsType';
  return featureMember(`imkl:${type}`, `nl.imkl-${localId}`, [
    nen3610(localId),
    text('imkl:beginLifespanVersion', plan.dates.beheerder),
    label === null ? '' : text('imkl:label', label),
    href('imkl:inNetwork', draft.network.gmlId),
    href(tag, waarde(list, typeValue)),
    label === null ? '' : measure('imkl:rotatiehoek', draft.route.rotation, 'deg'),
    label === null ? '' : labelpositie(plan.random.pick(['0', '0.5', '1']), '0.5'),
    `<imkl:ligging>${ligging(`${localId}-geo`)}</imkl:ligging>`,
  ]);
}

function appurtenance(plan: DeliveryPlan, draft: CableDraft, at: Position): Feature {
  const localId = `${draft.operator.code}.appurtenance-${draft.serial}`;
  const spec = draft.network.spec;
  return featureMember('imkl:Appurtenance', `nl.imkl-${localId}`, [
    text('net:beginLifespanVersion', plan.dates.beheerder),
    inspireId('net:inspireId', localId),
    href('net:inNetwork', draft.network.gmlId),
    `<net:geometry>${point(`${localId}-geo`, at)}</net:geometry>`,
    href('us-net-common:currentStatus', inspire('ConditionOfFacilityValue', 'functional')),
    text('us-net-common:validFrom', plan.dates.beheerder),
    text('us-net-common:verticalPosition', 'underground'),
    href(
      'us-net-common:appurtenanceType',
      waarde(spec.appurtenanceList, plan.random.pick(spec.appurtenanceTypes)),
    ),
    text('imkl:bovengrondsZichtbaar', false),
    href('imkl:geoNauwkeurigheidXY', waarde('NauwkeurigheidXYvalue', 'tot100cm')),
    measure('imkl:rotatiehoekSymbool', draft.route.rotation, 'deg'),
  ]);
}

/**
 * The drawing around a cable the way operators deliver it: fittings (Appurtenance) at its start, a text label
 * along it, a leader line, and a dimension (maatvoering) from the street's centreline with its distance.
 */
export function cableDetails(plan: DeliveryPlan, draft: CableDraft, index: number): Feature[] {
  const { route } = draft;
  const features: Feature[] = [];
  if (index % 2 === 0 && route.points[0]) features.push(appurtenance(plan, draft, route.points[0]));
  if (index % 3 === 0) {
    const label = plan.random.pick(draft.network.spec.labels);
    const away = Math.sign(route.offset) || 1;
    const labelAt = insideArea(plan.area, [
      route.middle[0] + route.street.normal[0] * away * 2,
      route.middle[1] + route.street.normal[1] * away * 2,
    ]);
    features.push(
      drawing(plan, draft, 'Annotatie', '-label', 'annotatielabel', (id) => point(id, labelAt), label),
    );
    if (index % 6 === 0) {
      const leader = (id: string) => lineString(id, [labelAt, route.middle]);
      features.push(drawing(plan, draft, 'Annotatie', '-lijn', 'annotatielijn', leader, null));
    }
  }
  if (index % 4 === 1) {
    const { middle, street, offset } = route;
    const onCentreline: Position = [
      middle[0] - street.normal[0] * offset,
      middle[1] - street.normal[1] * offset,
    ];
    const dimension = (id: string) => lineString(id, [onCentreline, middle]);
    features.push(drawing(plan, draft, 'Maatvoering', '-lijn', 'maatvoeringslijn', dimension, null));
    const distance = `${Math.abs(offset).toFixed(2).replace('.', ',')} m`;
    features.push(
      drawing(
        plan,
        draft,
        'Maatvoering',
        '-label',
        'maatvoeringslabel',
        (id) => point(id, onCentreline),
        distance,
      ),
    );
  }
  return features;
}
