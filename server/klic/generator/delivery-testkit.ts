import { buffer } from 'node:stream/consumers';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

/** Every entry of a (small, generated) delivery ZIP, read into memory: for tests only. */
export async function readZipEntries(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path);
  const entries = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      entries.set(
        entry.fileName,
        entry.fileName.endsWith('/') ? Buffer.alloc(0) : await buffer(await zip.openReadStreamPromise(entry)),
      );
    }
  } finally {
    zip.close();
  }
  return entries;
}

export type ParsedGml = {
  /** Features per type (local name of the element inside each gml:featureMember). */
  features: Record<string, number>;
  gmlIds: Set<string>;
  /** gml:ids that occur more than once (must stay empty). */
  duplicateIds: string[];
  /** Links inside the file (xlink:href not starting with http), with the element that holds them. */
  links: { element: string; target: string }[];
  /** Code list values (xlink:href starting with http). */
  codes: string[];
  /** Text of the elements asked for, by local name, in document order. */
  texts: Record<string, string[]>;
};

/** Parses the whole GML with saxes (namespaces on); throws on anything that is not well-formed XML. */
export function parseGml(xml: Buffer, textOf: readonly string[] = []): ParsedGml {
  const parser = new SaxesParser({ xmlns: true });
  const parsed: ParsedGml = {
    features: {},
    gmlIds: new Set(),
    duplicateIds: [],
    links: [],
    codes: [],
    texts: {},
  };
  const path: string[] = [];
  let text: string | null = null;
  parser.on('opentag', (tag) => {
    if (path[path.length - 1] === 'gml:featureMember') {
      parsed.features[tag.local] = (parsed.features[tag.local] ?? 0) + 1;
    }
    const id = tag.attributes['gml:id']?.value;
    if (id !== undefined && parsed.gmlIds.has(id)) parsed.duplicateIds.push(id);
    if (id !== undefined) parsed.gmlIds.add(id);
    const target = tag.attributes['xlink:href']?.value;
    if (target?.startsWith('http')) parsed.codes.push(target);
    else if (target !== undefined) parsed.links.push({ element: tag.local, target });
    path.push(tag.name);
    text = textOf.includes(tag.local) ? '' : null;
  });
  parser.on('text', (value) => {
    if (text !== null) text += value;
  });
  parser.on('closetag', (tag) => {
    if (text !== null && textOf.includes(tag.local)) {
      const texts = parsed.texts[tag.local] ?? [];
      texts.push(text);
      parsed.texts[tag.local] = texts;
    }
    text = null;
    path.pop();
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml.toString('utf8')).close();
  return parsed;
}
