/** String building blocks for IMKL 2.0 GML: escaping, code list links, identifiers and geometry. */

export type Position = readonly [x: number, y: number];

/** One `gml:featureMember` ready to be written, with its feature type for the counts. */
export type Feature = { type: string; xml: string };

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

export const IMKL_WAARDE = 'http://definities.geostandaarden.nl/imkl2015/id/waarde';
export const INSPIRE_CODELIST = 'http://inspire.ec.europa.eu/codelist';
export const RD_NEW = 'urn:ogc:def:crs:EPSG::28992';

export const waarde = (list: string, value: string) => `${IMKL_WAARDE}/${list}/${value}`;
export const inspire = (list: string, value: string) => `${INSPIRE_CODELIST}/${list}/${value}`;

export const text = (tag: string, value: string | number | boolean) =>
  `<${tag}>${escapeXml(String(value))}</${tag}>`;
export const href = (tag: string, target: string) => `<${tag} xlink:href="${escapeXml(target)}"/>`;
export const measure = (tag: string, value: number, uom: string) =>
  `<${tag} uom="urn:ogc:def:uom:OGC::${uom}">${value}</${tag}>`;

/** The NEN 3610 identification that every imkl: feature carries. */
export function nen3610(localId: string, versie?: number): string {
  const version = versie === undefined ? '' : text('imkl:versie', versie);
  return (
    '<imkl:identificatie><imkl:NEN3610ID><imkl:namespace>nl.imkl</imkl:namespace>' +
    `${text('imkl:lokaalID', localId)}${version}</imkl:NEN3610ID></imkl:identificatie>`
  );
}

/** The INSPIRE identifier of network elements (`net:inspireId`, `us-net-common:inspireId`). */
export function inspireId(tag: string, localId: string): string {
  return (
    `<${tag}><base:Identifier>${text('base:localId', localId)}` +
    `<base:namespace>nl.imkl</base:namespace></base:Identifier></${tag}>`
  );
}

export const coordinate = (value: number) => value.toFixed(3);
export const posList = (points: readonly Position[]) =>
  points.map(([x, y]) => `${coordinate(x)} ${coordinate(y)}`).join(' ');

export const point = (id: string, [x, y]: Position) =>
  `<gml:Point gml:id="${id}" srsName="${RD_NEW}"><gml:pos>${coordinate(x)} ${coordinate(y)}</gml:pos></gml:Point>`;

export const lineString = (id: string, points: readonly Position[]) =>
  `<gml:LineString gml:id="${id}" srsName="${RD_NEW}"><gml:posList>${posList(points)}</gml:posList></gml:LineString>`;

export const polygon = (id: string, ring: readonly Position[]) =>
  `<gml:Polygon gml:id="${id}" srsName="${RD_NEW}" srsDimension="2"><gml:exterior><gml:LinearRing>` +
  `<gml:posList>${posList(ring)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`;

/** A feature wrapped in its `gml:featureMember`, children one per line like the Kadaster's files. */
export function featureMember(prefixedType: string, gmlId: string, children: readonly string[]): Feature {
  const body = children.filter((child) => child !== '').join('\n      ');
  const type = prefixedType.slice(prefixedType.indexOf(':') + 1);
  return {
    type,
    xml:
      `  <gml:featureMember>\n    <${prefixedType} gml:id="${escapeXml(gmlId)}">\n      ${body}\n` +
      `    </${prefixedType}>\n  </gml:featureMember>\n`,
  };
}

/** A local id usable as the suffix of a gml:id (an XML NCName: letters, digits, '.', '-', '_'). */
export const idPart = (value: string) => value.replace(/[^A-Za-z0-9._-]/g, '_');
