import { cableAndLink } from './cable-features.ts';
import { cableRoute } from './cable-route.ts';
import type { DeliveryPlan } from './delivery-plan.ts';
import { type Feature, featureMember, nen3610, text } from './gml-writer.ts';

/**
 * Imperfections that real deliveries have and a reader must survive: cables whose UtilityLink is missing
 * (the Kadaster clips deliveries), feature types IMKL 2.0 does not know, and unknown elements in a feature.
 */
export function extraFeatures(plan: DeliveryPlan): Feature[] {
  const { danglingLinks, unknownFeatures, unknownElements } = plan.options.extras;
  const operator = plan.operators.find((candidate) => candidate.networks.length > 0);
  const network = operator?.networks[0];
  const features: Feature[] = [];
  for (let index = 1; index <= unknownFeatures; index++) {
    const localId = `${plan.operators[0]?.code ?? 'VW0001'}.proefobject-${index}`;
    features.push(
      featureMember('imkl:Proefobject', `nl.imkl-${localId}`, [
        nen3610(localId),
        text('imkl:omschrijving', 'Een objecttype dat IMKL 2.0 niet kent'),
      ]),
    );
  }
  if (!operator || !network) return features;
  const cable = (serial: string, linkId: string, extraElement?: string) => ({
    operator,
    network,
    kind: network.spec.cableKinds[0] ?? 'Overig',
    serial,
    route: cableRoute(plan, network.spec, 0),
    linkId,
    extraElement,
  });
  for (let index = 1; index <= danglingLinks; index++) {
    const serial = `zonder-link-${index}`;
    features.push(
      ...cableAndLink(plan, cable(serial, `nl.imkl-${operator.code}.utilitylink-ontbreekt-${index}`), false),
    );
  }
  for (let index = 1; index <= unknownElements; index++) {
    const serial = `extra-element-${index}`;
    const element = `<imkl:proefkenmerk>Onbekend element ${index}</imkl:proefkenmerk>`;
    features.push(
      ...cableAndLink(plan, cable(serial, `nl.imkl-${operator.code}.utilitylink-${serial}`, element)),
    );
  }
  return features;
}
