import { isGeometryElement, readGeometry } from './gml-geometry.ts';
import type { Geometry, ImklFeature } from './imkl-model.ts';
import { child, childText, href, numberOf, type XmlNode } from './xml-node.ts';

const referenceElements = new Set(['inNetwork', 'link']);
const skippedProperties = new Set([
  'identificatie',
  'inspireId',
  'beginLifespanVersion',
  'endLifespanVersion',
]);

const idPrefix = 'nl.imkl-';

/** The bronhoudercode in a gml:id such as 'nl.imkl-TS1383.MS_el00001' → 'TS1383'. */
export function bronhoudercodeOf(gmlId: string): string | null {
  if (!gmlId.startsWith(idPrefix)) return null;
  const end = gmlId.indexOf('.', idPrefix.length);
  const code = end < 0 ? '' : gmlId.slice(idPrefix.length, end);
  return /^[A-Za-z0-9]+$/.test(code) ? code : null;
}

/** A map object with its geometry, label, rotation, references and simple values. */
export function readFeature(
  node: XmlNode,
  options: { withProperties?: boolean } = {},
): { feature: ImklFeature; geometryUnreadable: boolean } {
  const withProperties = options.withProperties ?? true;
  const gmlId = node.attrs['gml:id'] ?? '';
  const properties: Record<string, string> = Object.create(null);
  let geometry: Geometry | null = null;
  let geometryUnreadable = false;

  for (const each of node.children) {
    if (referenceElements.has(each.name) || skippedProperties.has(each.name)) continue;
    const geometryNode = geometryIn(each);
    if (geometryNode) {
      if (geometry === null) {
        geometry = readGeometry(geometryNode);
        if (geometry === null) geometryUnreadable = true;
      }
      continue;
    }
    if (withProperties) collectValues(each, properties);
  }

  const rotation = angleOf(numberOf(child(node, 'rotatiehoek') ?? child(node, 'rotatiehoekSymbool')));
  return {
    feature: {
      gmlId,
      type: node.name,
      bronhoudercode: bronhoudercodeOf(gmlId),
      networkRef: href(child(node, 'inNetwork')),
      linkRef: href(child(node, 'link')),
      geometry,
      label: childText(node, 'label'),
      rotation,
      properties,
    },
    geometryUnreadable,
  };
}

/** The geometry element a property holds (a GML geometry property holds one), if any. */
function geometryIn(property: XmlNode): XmlNode | undefined {
  for (const each of property.children) if (isGeometryElement(each.name)) return each;
  return undefined;
}

/**
 * Degrees within a turn either way; beyond that a value is damage, and one such as 1e39 or 1e-50 does not
 * even fit the database's real column.
 */
function angleOf(value: number | null): number | null {
  if (value === null || Math.abs(value) > 360) return null;
  return Math.abs(value) < 1e-6 ? 0 : value;
}

/** Leaf values by element name; code-list hrefs as their last segment; the first value of a name wins. */
function collectValues(node: XmlNode, into: Record<string, string>): void {
  if (node.children.length === 0) {
    const link = href(node);
    const value = link ? link.slice(link.lastIndexOf('/') + 1) : node.text.trim();
    if (value !== '' && into[node.name] === undefined) into[node.name] = value.slice(0, 2000);
    return;
  }
  for (const each of node.children) collectValues(each, into);
}
