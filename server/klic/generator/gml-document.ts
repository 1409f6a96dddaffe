import { Readable } from 'node:stream';
import { cableDetails } from './cable-details.ts';
import { type CableDraft, cableAndLink } from './cable-features.ts';
import { cableRoute } from './cable-route.ts';
import type { DeliveryPlan, OperatorPlan } from './delivery-plan.ts';
import { extraFeatures } from './extra-features.ts';
import { coordinate, type Feature, RD_NEW } from './gml-writer.ts';
import {
  attachmentFeatures,
  beheerderFeature,
  belangFeature,
  belanghebbendeFeature,
  utiliteitsnetFeatures,
} from './operator-features.ts';
import { operatorObjects } from './operator-objects.ts';
import { aanvraagFeature, leveringFeature, polygonFeatures } from './request-features.ts';

/** Filled in while the GML is written: its size in bytes and the number of features per type. */
export type GmlStats = { gmlBytes: number; features: Record<string, number> };

const NAMESPACES = {
  'us-net-sw': 'http://inspire.ec.europa.eu/schemas/us-net-sw/4.0',
  'us-net-el': 'http://inspire.ec.europa.eu/schemas/us-net-el/4.0',
  gml: 'http://www.opengis.net/gml/3.2',
  'us-net-wa': 'http://inspire.ec.europa.eu/schemas/us-net-wa/4.0',
  'us-net-tc': 'http://inspire.ec.europa.eu/schemas/us-net-tc/4.0',
  'us-net-ogc': 'http://inspire.ec.europa.eu/schemas/us-net-ogc/4.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  'us-net-th': 'http://inspire.ec.europa.eu/schemas/us-net-th/4.0',
  imkl: 'http://www.geostandaarden.nl/imkl/wibon',
  'us-net-common': 'http://inspire.ec.europa.eu/schemas/us-net-common/4.0',
  net: 'http://inspire.ec.europa.eu/schemas/net/4.0',
  xlink: 'http://www.w3.org/1999/xlink',
  base: 'http://inspire.ec.europa.eu/schemas/base/3.3',
};
const SCHEMA_LOCATION =
  'http://www.geostandaarden.nl/imkl/wibon http://register.geostandaarden.nl/gmlapplicatieschema/imkl/2.0.0/imkl-wibon.xsd';
const FOOTER = '</gml:FeatureCollection>\n';
/** Room left for the warning extras and the closing tag when aiming at a target size. */
const FOOTER_RESERVE = 2048;

function header(plan: DeliveryPlan): string {
  const hex = Array.from({ length: 32 }, () => plan.random.int(0, 15).toString(16)).join('');
  const id = `gil_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const namespaces = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join('');
  const [minX, minY, maxX, maxY] = plan.area.bbox.map(coordinate);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection gml:id="${id}" xsi:schemaLocation="${SCHEMA_LOCATION}"${namespaces}>\n` +
    `  <gml:boundedBy>\n    <gml:Envelope srsName="${RD_NEW}" srsDimension="2">\n` +
    `      <gml:lowerCorner>${minX} ${minY}</gml:lowerCorner>\n      <gml:upperCorner>${maxX} ${maxY}</gml:upperCorner>\n` +
    '    </gml:Envelope>\n  </gml:boundedBy>\n'
  );
}

/** The cables in turn over the operators and their themes, until the count or the target size is reached. */
function* cables(plan: DeliveryPlan, stats: GmlStats): Generator<Feature[]> {
  const operators = plan.operators.filter((operator) => operator.networks.length > 0);
  const { cablesPerOperator, targetGmlBytes } = plan.options;
  for (let turn = 0; operators.length > 0; turn++) {
    const done =
      targetGmlBytes === null
        ? turn >= cablesPerOperator * operators.length
        : stats.gmlBytes + FOOTER_RESERVE >= targetGmlBytes;
    if (done) return;
    const operator = operators[turn % operators.length] as OperatorPlan;
    const index = Math.floor(turn / operators.length);
    const network = operator.networks[index % operator.networks.length];
    if (!network) return;
    const kinds = network.spec.cableKinds;
    const kind = kinds[Math.floor(index / operator.networks.length) % kinds.length] ?? 'Overig';
    const serial = String(index + 1).padStart(7, '0');
    const draft: CableDraft = {
      operator,
      network,
      kind,
      serial,
      route: cableRoute(plan, network.spec, index),
      linkId: `nl.imkl-${operator.code}.utilitylink-${serial}`,
    };
    yield [...cableAndLink(plan, draft), ...cableDetails(plan, draft, index)];
  }
}

/** The GI XML as a sequence of strings, in the Kadaster's order: request, operators, their networks. */
export function* gmlDocument(plan: DeliveryPlan, stats: GmlStats): Generator<string> {
  const write = (part: string) => {
    stats.gmlBytes += Buffer.byteLength(part);
    return part;
  };
  const features = (list: Feature[]) => {
    for (const feature of list) stats.features[feature.type] = (stats.features[feature.type] ?? 0) + 1;
    return write(list.map((feature) => feature.xml).join(''));
  };
  yield write(header(plan));
  yield features([leveringFeature(plan), aanvraagFeature(plan), ...polygonFeatures(plan)]);
  yield features(plan.operators.map((operator) => belanghebbendeFeature(plan, operator)));
  yield features(plan.operators.map((operator) => belangFeature(plan, operator)));
  yield features(plan.operators.map((operator) => beheerderFeature(plan, operator)));
  for (const operator of plan.operators) {
    yield features([
      ...utiliteitsnetFeatures(plan, operator),
      ...attachmentFeatures(plan, operator),
      ...operatorObjects(plan, operator),
    ]);
  }
  for (const list of cables(plan, stats)) yield features(list);
  yield features(extraFeatures(plan));
  yield write(FOOTER);
}

/** The GML as a byte stream in chunks of about 64 KB: it is produced as fast as it is read, never held whole. */
export function gmlStream(plan: DeliveryPlan, stats: GmlStats): Readable {
  function* chunks(): Generator<Buffer> {
    let pending: string[] = [];
    let size = 0;
    for (const part of gmlDocument(plan, stats)) {
      pending.push(part);
      size += part.length;
      if (size >= 65_536) {
        yield Buffer.from(pending.join(''));
        pending = [];
        size = 0;
      }
    }
    if (pending.length > 0) yield Buffer.from(pending.join(''));
  }
  return Readable.from(chunks(), { objectMode: false });
}
