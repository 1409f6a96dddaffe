import { kindSpecific, kindTrailer } from './cable-properties.ts';
import type { CableRoute } from './cable-route.ts';
import type { DeliveryPlan, Network, OperatorPlan } from './delivery-plan.ts';
import {
  type Feature,
  featureMember,
  href,
  inspire,
  inspireId,
  lineString,
  text,
  waarde,
} from './gml-writer.ts';
import type { CableKind } from './themes.ts';

export type CableDraft = {
  operator: OperatorPlan;
  network: Network;
  kind: CableKind;
  serial: string;
  route: CableRoute;
  /** The UtilityLink the cable points to; a missing one makes a dangling link. */
  linkId: string;
  extraElement?: string;
};

const status = (value: number) =>
  inspire('ConditionOfFacilityValue', value < 0.9 ? 'functional' : value < 0.96 ? 'projected' : 'disused');
/** A cable or pipe (no geometry of its own) and the UtilityLink that holds its centreline. */
export function cableAndLink(plan: DeliveryPlan, draft: CableDraft, withLink = true): Feature[] {
  const { operator, network, kind, route, serial } = draft;
  const { random } = plan;
  const localId = `${operator.code}.${kind.toLowerCase()}-${serial}`;
  const validFrom = `${random.int(1965, 2024)}-0${random.int(1, 9)}-1${random.int(0, 9)}T00:00:00.000+01:00`;
  const currentStatus = href('us-net-common:currentStatus', status(random.next()));
  const common = [
    text('net:beginLifespanVersion', validFrom),
    inspireId('net:inspireId', localId),
    href('net:inNetwork', network.gmlId),
  ];
  const cable = featureMember(`imkl:${kind}`, `nl.imkl-${localId}`, [
    ...common,
    href('net:link', draft.linkId),
    currentStatus,
    text('us-net-common:validFrom', validFrom),
    text('us-net-common:verticalPosition', 'underground'),
    href('us-net-common:utilityDeliveryType', inspire('UtilityDeliveryTypeValue', 'distribution')),
    href('us-net-common:warningType', inspire('WarningTypeValue', 'net')),
    ...kindSpecific(plan, kind, network.spec),
    href('imkl:geoNauwkeurigheidXY', waarde('NauwkeurigheidXYvalue', 'tot100cm')),
    text('imkl:label', random.pick(network.spec.labels)),
    draft.extraElement ?? '',
    ...kindTrailer(plan, kind, network.spec),
  ]);
  if (!withLink) return [cable];
  const linkLocalId = draft.linkId.slice('nl.imkl-'.length);
  const link = featureMember('us-net-common:UtilityLink', draft.linkId, [
    ...common.map((child) =>
      child.startsWith('<net:inspireId') ? inspireId('net:inspireId', linkLocalId) : child,
    ),
    `<net:centrelineGeometry>${lineString(`${linkLocalId}-geo`, route.points)}</net:centrelineGeometry>`,
    text('net:fictitious', false),
    currentStatus,
    text('us-net-common:validFrom', validFrom),
    text('us-net-common:verticalPosition', 'underground'),
  ]);
  return [cable, link];
}
