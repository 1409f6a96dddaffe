import { buffer } from 'node:stream/consumers';
import fc from 'fast-check';
import yauzl from 'yauzl';
import yazl from 'yazl';

/**
 * For the property test of storeDelivery: the parts of a sample delivery, ZIPs built from them, and (a)
 * byte-level damage of a whole ZIP. Structure changes are in zip-structure-mutations.ts.
 */

export type ZipEntrySpec = { name: string; data: Buffer; compress?: boolean };

/** The parts of a sample delivery the mutations start from: its GML and a couple of small files. */
export type DeliveryParts = { top: string; gmlName: string; gml: Buffer; extras: ZipEntrySpec[] };

const giName = /\/GI_gebiedsinformatielevering_[^/]*\.xml$/;
const smallFiles = [/\/LI_[^/]*\.pdf$/, /\/_Startpagina\.html$/];

export async function loadDeliveryParts(zipPath: string): Promise<DeliveryParts> {
  const zip = await yauzl.openPromise(zipPath);
  let gml: { name: string; data: Buffer } | undefined;
  const extras: ZipEntrySpec[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const wanted = giName.test(entry.fileName) || smallFiles.some((each) => each.test(entry.fileName));
      if (!wanted) continue;
      const data = await buffer(await zip.openReadStreamPromise(entry));
      if (giName.test(entry.fileName)) gml = { name: entry.fileName, data };
      else extras.push({ name: entry.fileName, data });
    }
  } finally {
    zip.close();
  }
  if (!gml) throw new Error(`${zipPath} holds no GI_gebiedsinformatielevering_*.xml`);
  const top = gml.name.slice(0, gml.name.indexOf('/'));
  return { top, gmlName: gml.name, gml: gml.data, extras };
}

export async function buildZip(entries: ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed time keeps the bytes the same from run to run, so a byte offset in a kept example stays valid.
  const mtime = new Date('2022-11-17T16:39:00Z');
  for (const entry of entries)
    zip.addBuffer(entry.data, entry.name, { compress: entry.compress ?? true, mtime });
  zip.end();
  return buffer(zip.outputStream);
}

export function deliveryEntries(parts: DeliveryParts, gml: Buffer = parts.gml): ZipEntrySpec[] {
  return [{ name: parts.gmlName, data: gml }, ...parts.extras];
}

// --- (a) byte-level damage of a whole ZIP ---------------------------------------------------------

const signatures = {
  localHeader: { bytes: Buffer.from('PK\x03\x04', 'latin1'), size: 30 },
  centralDirectory: { bytes: Buffer.from('PK\x01\x02', 'latin1'), size: 46 },
  endOfCentralDirectory: { bytes: Buffer.from('PK\x05\x06', 'latin1'), size: 22 },
};
type Region = 'anywhere' | keyof typeof signatures;

/** A place in the ZIP: anywhere, or inside the n-th header of a kind (where damage hurts most). */
type Place = { region: Region; index: number; offset: number };

export type ByteMutation =
  | { kind: 'flipBit'; place: Place; bit: number }
  | { kind: 'overwrite'; place: Place; bytes: Uint8Array }
  | { kind: 'insert'; place: Place; bytes: Uint8Array }
  | { kind: 'truncate'; place: Place };

const place: fc.Arbitrary<Place> = fc.record({
  region: fc.constantFrom<Region>('anywhere', 'localHeader', 'centralDirectory', 'endOfCentralDirectory'),
  index: fc.nat(),
  offset: fc.nat(),
});
const garbage = fc.uint8Array({ minLength: 1, maxLength: 64 });

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flipBit' as const), place, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), place, bytes: garbage }),
  fc.record({ kind: fc.constant('insert' as const), place, bytes: garbage }),
  fc.record({ kind: fc.constant('truncate' as const), place }),
);

function offsetOf(zip: Buffer, { region, index, offset }: Place): number {
  if (region === 'anywhere' || zip.length === 0) return zip.length === 0 ? 0 : index % zip.length;
  const { bytes, size } = signatures[region];
  const found: number[] = [];
  for (let at = zip.indexOf(bytes); at >= 0; at = zip.indexOf(bytes, at + 1)) found.push(at);
  const start = found.length === 0 ? index % zip.length : (found[index % found.length] as number);
  return Math.min(start + (offset % size), zip.length - 1);
}

export function applyByteMutation(zip: Buffer, mutation: ByteMutation): Buffer {
  const at = offsetOf(zip, mutation.place);
  switch (mutation.kind) {
    case 'flipBit': {
      const copy = Buffer.from(zip);
      if (copy.length > 0) copy[at] = (copy[at] as number) ^ (1 << mutation.bit);
      return copy;
    }
    case 'overwrite': {
      const copy = Buffer.from(zip);
      copy.set(mutation.bytes.subarray(0, copy.length - at), at);
      return copy;
    }
    case 'insert':
      return Buffer.concat([zip.subarray(0, at), mutation.bytes, zip.subarray(at)]);
    case 'truncate':
      return zip.subarray(0, at);
  }
}

/** Replaces every occurrence of a placeholder name in the ZIP (local header and central directory). */
export function patchName(zip: Buffer, placeholder: string, name: Buffer): Buffer {
  const from = Buffer.from(placeholder, 'latin1');
  if (from.length !== name.length) throw new Error('a patched name keeps its length');
  const copy = Buffer.from(zip);
  for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + from.length)) name.copy(copy, at);
  return copy;
}

/** The offsets of every central directory header, to patch sizes and flags of the n-th entry. */
export function centralHeaders(zip: Buffer): number[] {
  const found: number[] = [];
  const signature = signatures.centralDirectory.bytes;
  for (let at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 1)) found.push(at);
  return found;
}
