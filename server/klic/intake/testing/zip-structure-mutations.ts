import fc from 'fast-check';
import {
  buildZip,
  centralHeaders,
  type DeliveryParts,
  deliveryEntries,
  patchName,
  type ZipEntrySpec,
} from './zip-mutations.ts';

/**
 * (c) Changes to the structure of a delivery ZIP: the GI file renamed, doubled or missing, names that
 * lead outside the folder or hold control characters (patched into the bytes, as yazl refuses to write
 * them; onGi gives the GI file that name instead of adding a file), ZIP bombs, sizes,
 * flags and compression methods that lie. '{top}' in a name stands for the delivery's folder.
 */
export type StructureMutation =
  | { kind: 'renameGi'; name: string }
  | { kind: 'secondGi'; name: string }
  | { kind: 'patchedName'; name: string; onGi: boolean }
  | { kind: 'oddName'; name: string }
  | { kind: 'bomb'; megabytes: number }
  | { kind: 'lieSize'; nth: number; size: number }
  | { kind: 'encryptedFlag'; nth: number }
  | { kind: 'compressionMethod'; nth: number; method: number }
  | { kind: 'uncompressed' }
  | { kind: 'withoutTopFolder' }
  | { kind: 'duplicateEntry' }
  | { kind: 'onlyGi' }
  | { kind: 'emptyGi' };

const patchedNames = [
  '../evil.pdf',
  '{top}/../../evil.pdf',
  '{top}/bronnen/../../../evil.pdf',
  '/etc/cron.d/evil',
  'C:/Windows/evil.pdf',
  '{top}\\..\\evil.pdf',
  '{top}/bron\0nen.pdf',
  '{top}/regel\neinde/../../evil.pdf',
  '{top}/bel\u0007.pdf',
  '../GI_gebiedsinformatielevering_evil.xml',
  '{top}/GI_gebiedsinformatielevering_{top}_V2.xml/',
];
const giRenames = [
  '{top}/GI_gebiedsinformatielevering_{top}_V2.txt',
  '{top}/gebiedsinformatie.xml',
  '{top}/GI_gebiedsinformatielevering_',
  '{top}/bronnen/GI_gebiedsinformatielevering_{top}_V2.xml',
  'GI_gebiedsinformatielevering_{top}_V2.xml',
  '{top}/gi_GEBIEDSINFORMATIELEVERING_{top}_v2.XML',
];
const oddNames = [
  '{top}/bronnen/.verborgen',
  '{top}/bronnen/_',
  '{top}/bronnen/tekening met spaties (1).pdf',
  '{top}/bronnen/ünïcode-€.pdf',
  `{top}/bronnen/${'lang'.repeat(60)}.pdf`,
  '{top}/bronnen/a/b/c/d/e/f/g/h/i/j/k.pdf',
  '{top}/LI_{top}.pdf',
];

const nth = fc.nat({ max: 20 });

export const structureMutation: fc.Arbitrary<StructureMutation> = fc.oneof(
  fc.record({ kind: fc.constant('renameGi' as const), name: fc.constantFrom(...giRenames) }),
  fc.record({
    kind: fc.constant('secondGi' as const),
    name: fc.constantFrom(
      '{top}/GI_gebiedsinformatielevering_kopie.xml',
      'GI_gebiedsinformatielevering_.xml',
    ),
  }),
  fc.record({
    kind: fc.constant('patchedName' as const),
    name: fc.constantFrom(...patchedNames),
    onGi: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('oddName' as const), name: fc.constantFrom(...oddNames) }),
  fc.record({ kind: fc.constant('bomb' as const), megabytes: fc.integer({ min: 2, max: 6 }) }),
  fc.record({
    kind: fc.constant('lieSize' as const),
    nth,
    size: fc.constantFrom(0, 1, 1023, 4_000_000, 0x7fff_ffff, 0xffff_fffe),
  }),
  fc.record({ kind: fc.constant('encryptedFlag' as const), nth }),
  fc.record({
    kind: fc.constant('compressionMethod' as const),
    nth,
    method: fc.constantFrom(0, 1, 12, 14, 99),
  }),
  fc.constant({ kind: 'uncompressed' as const }),
  fc.constant({ kind: 'withoutTopFolder' as const }),
  fc.constant({ kind: 'duplicateEntry' as const }),
  fc.constant({ kind: 'onlyGi' as const }),
  fc.constant({ kind: 'emptyGi' as const }),
);

type Patch = (zip: Buffer) => Buffer;

export async function applyStructureMutations(
  parts: DeliveryParts,
  mutations: StructureMutation[],
): Promise<Buffer> {
  // Copies, changed in place; the GI file is always the first.
  let entries = deliveryEntries(parts).map((entry) => ({ ...entry }));
  const gi = entries[0] as ZipEntrySpec;
  const patches: Patch[] = [];
  const named = (name: string) => name.replaceAll('{top}', parts.top);
  for (const mutation of mutations) {
    switch (mutation.kind) {
      case 'renameGi':
        gi.name = named(mutation.name);
        break;
      case 'secondGi':
        entries.push({ name: named(mutation.name), data: parts.gml });
        break;
      case 'patchedName': {
        const target = Buffer.from(named(mutation.name), 'utf8');
        const placeholder = `#${patches.length}`.padEnd(target.length, '#');
        if (mutation.onGi) gi.name = placeholder;
        else entries.push({ name: placeholder, data: Buffer.from('%PDF-1.4 niet echt') });
        patches.push((zip) => patchName(zip, placeholder, target));
        break;
      }
      case 'oddName':
        entries.push({ name: named(mutation.name), data: Buffer.from('bijlage') });
        break;
      case 'bomb':
        entries.push({
          name: named('{top}/bronnen/bom.bin'),
          data: Buffer.alloc(mutation.megabytes * 1024 ** 2),
        });
        break;
      case 'lieSize':
        patches.push(patchCentral(mutation.nth, (zip, at) => zip.writeUInt32LE(mutation.size, at + 24)));
        break;
      case 'encryptedFlag':
        patches.push(
          patchCentral(mutation.nth, (zip, at) => zip.writeUInt16LE(zip.readUInt16LE(at + 8) | 1, at + 8)),
        );
        break;
      case 'compressionMethod':
        patches.push(patchCentral(mutation.nth, (zip, at) => zip.writeUInt16LE(mutation.method, at + 10)));
        break;
      case 'uncompressed':
        for (const entry of entries) entry.compress = false;
        break;
      case 'withoutTopFolder':
        for (const entry of entries) entry.name = entry.name.slice(entry.name.indexOf('/') + 1);
        break;
      case 'duplicateEntry':
        entries.push(...parts.extras.slice(0, 1).map((entry) => ({ ...entry })));
        break;
      case 'onlyGi':
        entries = [gi];
        break;
      case 'emptyGi':
        gi.data = Buffer.alloc(0);
        break;
    }
  }
  return patches.reduce((zip, patch) => patch(zip), await buildZip(entries));
}

function patchCentral(nth: number, patch: (zip: Buffer, at: number) => void): Patch {
  return (zip) => {
    const headers = centralHeaders(zip);
    const at = headers[nth % Math.max(headers.length, 1)];
    if (at === undefined || at + 46 > zip.length) return zip;
    const copy = Buffer.from(zip);
    patch(copy, at);
    return copy;
  };
}
