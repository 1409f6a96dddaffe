import type { GmlMutation } from './gml-mutations.ts';

const namespaces = { imkl: 'http://www.geostandaarden.nl/imkl/wibon', gml: 'http://www.opengis.net/gml/3.2' };

const splice = (gml: Buffer, start: number, end: number, insert: Buffer | string = '') =>
  Buffer.concat([gml.subarray(0, start), Buffer.from(insert), gml.subarray(end)]);

/** Start and end (after its closing tag) of the nth element of this qualified name, or null. */
function element(
  gml: Buffer,
  name: string,
  nth: number,
): { start: number; end: number; inner: number } | null {
  const open = Buffer.from(`<${name}`);
  const close = Buffer.from(`</${name}>`);
  const starts: number[] = [];
  for (
    let found = gml.indexOf(open);
    found >= 0 && starts.length <= nth;
    found = gml.indexOf(open, found + 1)
  ) {
    const next = gml[found + open.length];
    if (next === 0x20 || next === 0x3e || next === 0x2f) starts.push(found);
  }
  const start = starts.length === 0 ? undefined : starts[nth % starts.length];
  if (start === undefined) return null;
  const inner = gml.indexOf('>', start) + 1;
  const closing = gml.indexOf(close, inner);
  if (inner === 0 || closing < 0) return null;
  return { start, end: closing + close.length, inner };
}

function tagAt(gml: Buffer, nth: number): { start: number; end: number } | null {
  let start = -1;
  for (
    let count = 0, found = gml.indexOf('<');
    found >= 0 && count <= nth;
    found = gml.indexOf('<', found + 1)
  ) {
    start = found;
    count++;
  }
  const end = start < 0 ? -1 : gml.indexOf('>', start);
  return end < 0 ? null : { start, end: end + 1 };
}

const qualified = (name: string) => (name.includes(':') ? name : `imkl:${name}`);

/** Applies one text-level mutation to the GML's bytes; positions and counts wrap around what is there. */
export function applyGmlMutation(gml: Buffer, mutation: GmlMutation): Buffer {
  const position = (value: number) => (gml.length === 0 ? 0 : value % gml.length);
  switch (mutation.kind) {
    case 'deleteSlice': {
      const start = position(mutation.at);
      return splice(gml, start, start + mutation.length);
    }
    case 'duplicateSlice': {
      const start = position(mutation.at);
      const slice = Buffer.from(gml.subarray(start, start + mutation.length));
      const to = position(mutation.to);
      return splice(gml, to, to, slice);
    }
    case 'insertText':
    case 'insertBytes': {
      const to = position(mutation.at);
      const data = mutation.kind === 'insertText' ? Buffer.from(mutation.text) : Buffer.from(mutation.bytes);
      return splice(gml, to, to, data);
    }
    case 'swapTags': {
      const [a, b] = [tagAt(gml, mutation.first), tagAt(gml, mutation.second)].sort(
        (x, y) => (x?.start ?? 0) - (y?.start ?? 0),
      );
      if (!a || !b || a.start === b.start) return gml;
      return Buffer.concat([
        gml.subarray(0, a.start),
        gml.subarray(b.start, b.end),
        gml.subarray(a.end, b.start),
        gml.subarray(a.start, a.end),
        gml.subarray(b.end),
      ]);
    }
    case 'truncate':
      return gml.subarray(0, position(mutation.at));
    case 'namespace':
      return replaceFirst(
        gml,
        `xmlns:${mutation.prefix}="${namespaces[mutation.prefix]}"`,
        `xmlns:${mutation.prefix}="${mutation.uri}"`,
      );
    case 'schemaVersion':
      return replaceFirst(gml, '/imkl/2.0.0/', `/imkl/${mutation.version}/`);
    case 'encoding':
      return replaceFirst(
        gml,
        'encoding="UTF-8"',
        mutation.declaration ? `encoding="${mutation.declaration}"` : '',
      );
    case 'removeElement': {
      const found = element(gml, qualified(mutation.name), mutation.nth);
      return found ? splice(gml, found.start, found.end) : gml;
    }
    case 'duplicateFeatureMember': {
      const found = element(gml, 'gml:featureMember', mutation.nth);
      if (!found) return gml;
      const member = Buffer.from(gml.subarray(found.start, found.end));
      return splice(gml, found.end, found.end, Buffer.concat(Array(mutation.times).fill(member)));
    }
    case 'replaceText': {
      const found = element(gml, qualified(mutation.element), mutation.nth);
      return found
        ? splice(gml, found.inner, found.end - `</${qualified(mutation.element)}>`.length, mutation.value)
        : gml;
    }
    case 'replaceHref': {
      const marker = 'xlink:href="';
      const found = nthIndex(gml, marker, mutation.nth);
      if (found === null) return gml;
      const start = found + marker.length;
      return splice(gml, start, gml.indexOf('"', start), mutation.value);
    }
  }
}

function nthIndex(gml: Buffer, text: string, nth: number): number | null {
  let found = gml.indexOf(text);
  const all: number[] = [];
  while (found >= 0 && all.length <= nth) {
    all.push(found);
    found = gml.indexOf(text, found + 1);
  }
  return all.length === 0 ? null : (all[nth % all.length] as number);
}

function replaceFirst(gml: Buffer, from: string, to: string): Buffer {
  const found = gml.indexOf(from);
  return found < 0 ? gml : splice(gml, found, found + Buffer.byteLength(from), to);
}
