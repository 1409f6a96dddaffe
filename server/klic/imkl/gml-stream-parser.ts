import { SaxesParser } from 'saxes';
import { AppError } from '../../infra/errors/app-error.ts';
import { type ElementName, ElementNames } from './element-names.ts';
import { createXmlDecoder } from './xml-decoder.ts';
import { localName, type XmlNode } from './xml-node.ts';
import './imkl-messages.ts';

export type RootInfo = { namespaces: Record<string, string>; schemaLocation: string | null };

export type GmlStreamHandlers = {
  /** The root element opened; throw here to refuse the document. */
  onRoot(name: string, info: RootInfo): void;
  /**
   * One feature (the child of a gml:featureMember or gml:featureMembers) with all its content, and every
   * xlink:href found inside it, in document order.
   */
  onFeature(feature: XmlNode, references: string[]): void;
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

/** Far beyond any real feature (a cable of 100,000 vertices is about 3 M characters of posList). */
export const maxFeatureElements = 200_000;
export const maxFeatureText = 64 * 1024 * 1024;
const textSlice = 16 * 1024;

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
  let references: string[] = [];
  const tooLarge = () =>
    new AppError('VALIDATION_FAILED', {
      reason: 'klic.xml_feature_too_large',
      params: { elements: maxFeatureElements, characters: maxFeatureText },
    });
  let rootClosed = false;

  const isKnownUri = (uri: string | undefined) =>
    uri !== undefined && (knownNamespaces.has(uri) || uri.startsWith(inspirePrefix));
  const declarationOf = (qualified: string) => {
    const colon = qualified.indexOf(':');
    return colon < 0 ? 'xmlns' : `xmlns:${qualified.slice(0, colon)}`;
  };
  const names = new ElementNames((qualified) => isKnownUri(namespaces[declarationOf(qualified)]));

  /**
   * The rule for unknown elements: a prefix (or the default namespace) that the root binds to a namespace
   * IMKL uses counts as known everywhere; any other name is known when a declaration on the element or an
   * ancestor inside the feature binds it to one (IMKL puts gmd: free text there).
   */
  const isKnownInScope = (qualified: string, attrs: Record<string, string>): boolean => {
    const declaration = declarationOf(qualified);
    let uri = attrs[declaration];
    for (let index = stack.length - 1; uri === undefined && index >= 0; index--) {
      uri = stack[index]?.attrs[declaration];
    }
    return isKnownUri(uri);
  };

  parser.on('doctype', () => {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_dtd_not_allowed' });
  });
  parser.on('opentag', (tag) => {
    depth++;
    const attrs = tag.attributes as Record<string, string>;
    if (depth === 1) {
      namespaces = attrs;
      handlers.onRoot(localName(tag.name), {
        namespaces: attrs,
        schemaLocation: attrs['xsi:schemaLocation'] ?? null,
      });
      return;
    }
    let element: ElementName;
    if (featureDepth < 0) {
      if (depth === 2) {
        stack.push({ name: names.member(tag.name).local, attrs, children: [], text: '' });
        return;
      }
      const parent = depth === 3 ? stack[0] : undefined;
      if (!parent || (parent.name !== 'featureMember' && parent.name !== 'featureMembers')) return;
      element = names.startFeature(tag.name);
      featureDepth = depth;
      featureElements = 0;
      featureText = 0;
      references = [];
    } else {
      element = names.inFeature(tag.name);
      const reference = attrs['xlink:href'];
      if (reference !== undefined) references.push(reference);
    }
    if (++featureElements > maxFeatureElements) throw tooLarge();
    if (!element.knownByRoot && !isKnownInScope(tag.name, attrs)) handlers.onUnknownElement(tag.name);
    const node: XmlNode = { name: element.local, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (depth > featureDepth && parent) {
      // An element with child elements has no value of its own (GML has no mixed content).
      if (parent.children.length === 0) parent.text = '';
      parent.children.push(node);
    }
    stack.push(node);
  });
  const onText = (text: string) => {
    const current = stack[stack.length - 1];
    if (!current || featureDepth < 0) return;
    featureText += text.length;
    if (featureText > maxFeatureText) throw tooLarge();
    // Only an element without child elements has a value: the white space between child elements would
    // only be gathered to be thrown away.
    if (current.children.length === 0) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (depth === featureDepth) {
      const feature = stack.pop();
      featureDepth = -1;
      if (feature) handlers.onFeature(feature, references);
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
      // In slices: turning 16 kB of UTF-8 into text is 2–3× faster per byte than 256 kB at once (the
      // larger string is not made in V8's young generation), and saxes too is faster on smaller chunks.
      for (let start = 0; start < chunk.length; start += textSlice) {
        feed(decoder.decode(chunk.subarray(start, start + textSlice)));
      }
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
