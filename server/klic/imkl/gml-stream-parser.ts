import { SaxesParser } from 'saxes';
import { AppError } from '../../infra/errors/app-error.ts';
import { createXmlDecoder } from './xml-decoder.ts';
import { localName, type XmlNode } from './xml-node.ts';
import './imkl-messages.ts';

export type RootInfo = { namespaces: Record<string, string>; schemaLocation: string | null };

export type GmlStreamHandlers = {
  /** The root element opened; throw here to refuse the document. */
  onRoot(name: string, info: RootInfo): void;
  /** One feature (the child of a gml:featureMember or gml:featureMembers) with all its content. */
  onFeature(feature: XmlNode): void;
  /** An element whose prefix is not bound to a namespace IMKL uses. */
  onUnknownElement(name: string): void;
};

const knownNamespaces = new Set([
  'http://www.opengis.net/gml/3.2',
  'http://www.opengis.net/gml/3.3/exr',
  'http://www.geostandaarden.nl/imkl/wibon',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://www.isotc211.org/2005/gmd',
  'http://www.isotc211.org/2005/gco',
]);
const inspirePrefix = 'http://inspire.ec.europa.eu/schemas/';

/** The prefixes IMKL files use most, tried first. */
const frequentPrefixes = ['imkl:', 'gml:', 'net:', 'us-net-common:', 'xlink:'];
const prefixRank = (prefix: string) => {
  const rank = frequentPrefixes.indexOf(prefix);
  return rank < 0 ? frequentPrefixes.length : rank;
};

/** Far beyond any real feature (a cable of 100,000 vertices is about 3 M characters of posList). */
export const maxFeatureElements = 200_000;
export const maxFeatureText = 64 * 1024 * 1024;

/**
 * Streams GML text through saxes and hands over one small element tree per feature, so that memory
 * stays flat however large the delivery is. No DTDs and no entities beyond XML's own five.
 */
export function createGmlStreamParser(handlers: GmlStreamHandlers) {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = createXmlDecoder();
  const stack: XmlNode[] = [];
  let namespaces: Record<string, string> = {};
  let depth = 0;
  let featureDepth = -1;
  // One feature is held in memory while it is read; these bound what a single (hostile) feature may take.
  let featureElements = 0;
  let featureText = 0;
  const tooLarge = () =>
    new AppError('VALIDATION_FAILED', {
      reason: 'klic.xml_feature_too_large',
      params: { elements: maxFeatureElements, characters: maxFeatureText },
    });
  let rootClosed = false;

  const knownByName = new Map<string, boolean>();
  let trustedPrefixes: string[] = [];
  const isKnownUri = (uri: string | undefined) =>
    uri !== undefined && (knownNamespaces.has(uri) || uri.startsWith(inspirePrefix));

  /**
   * Whether an element's prefix is bound to a namespace IMKL uses: by a declaration on the element or an
   * ancestor inside the feature (IMKL puts gmd: free text there), else by the root. Root answers are cached.
   */
  const isKnown = (qualified: string, attrs: Record<string, string>): boolean => {
    // Most elements carry one of the root's few trusted prefixes: a prefix test is cheaper than hashing.
    for (const prefix of trustedPrefixes) if (qualified.startsWith(prefix)) return true;
    if (knownByName.get(qualified) === true) return true;
    const colon = qualified.indexOf(':');
    const declaration = colon < 0 ? 'xmlns' : `xmlns:${qualified.slice(0, colon)}`;
    let uri = attrs[declaration];
    for (let index = stack.length - 1; uri === undefined && index >= 0; index--) {
      uri = stack[index]?.attrs[declaration];
    }
    if (uri !== undefined) return isKnownUri(uri);
    const known = isKnownUri(namespaces[declaration]);
    if (known) knownByName.set(qualified, true);
    return known;
  };

  parser.on('doctype', () => {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_dtd_not_allowed' });
  });
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 1) {
      namespaces = attrs;
      trustedPrefixes = Object.entries(attrs)
        .filter(([attribute, uri]) => attribute.startsWith('xmlns:') && isKnownUri(uri))
        .map(([attribute]) => `${attribute.slice(6)}:`)
        .sort((a, b) => prefixRank(a) - prefixRank(b));
      handlers.onRoot(localName(tag.name), {
        namespaces: attrs,
        schemaLocation: attrs['xsi:schemaLocation'] ?? null,
      });
      return;
    }
    const name = localName(tag.name);
    if (featureDepth < 0) {
      const parent = depth === 3 ? stack[0] : undefined;
      if (depth === 3 && parent && (parent.name === 'featureMember' || parent.name === 'featureMembers')) {
        featureDepth = depth;
        featureElements = 0;
        featureText = 0;
      } else if (depth === 2) {
        stack.push({ name, attrs, children: [], text: '' });
        return;
      } else {
        return;
      }
    }
    if (++featureElements > maxFeatureElements) throw tooLarge();
    if (!isKnown(tag.name, attrs)) handlers.onUnknownElement(tag.name);
    const node: XmlNode = { name, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (depth > featureDepth && parent) parent.children.push(node);
    stack.push(node);
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (!current || featureDepth < 0) return;
    featureText += text.length;
    if (featureText > maxFeatureText) throw tooLarge();
    current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (depth === featureDepth) {
      const feature = stack.pop();
      featureDepth = -1;
      if (feature) handlers.onFeature(feature);
    } else if (featureDepth >= 0 || depth === 2) {
      stack.pop();
    }
    if (depth === 1) rootClosed = true;
    depth--;
  });

  const feed = (text: string) => {
    if (text === '') return;
    try {
      parser.write(text);
    } catch (error) {
      throw asReadError(error);
    }
  };

  return {
    write(chunk: Uint8Array): void {
      feed(decoder.decode(chunk));
    },
    end(): void {
      feed(decoder.end());
      if (!rootClosed) throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_truncated' });
      try {
        parser.close();
      } catch (error) {
        throw asReadError(error);
      }
    },
  };
}

function asReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail =
    error instanceof Error ? error.message.replace(/^[^:]*:\d+:\d+: /, '').slice(0, 120) : 'onbekend';
  return new AppError('VALIDATION_FAILED', {
    reason: 'klic.xml_malformed',
    params: { detail },
    cause: error,
  });
}
