import { getRandomValues } from 'node:crypto';

/**
 * The gml:ids of a delivery, held as 53-bit fingerprints in one typed array instead of a Set of strings:
 * a 200 MB delivery has some 160,000 ids, and keeping a copy of each string (one that no longer points
 * into the parser's text) cost more than a fifth of the reading time in allocation and garbage collection.
 * Two different ids share a fingerprint with a chance of about n² / 2^54: one in 700,000 for those 160,000
 * ids, one in 18,000 for a million. A shared fingerprint can only hide the dangling-link warnings of one
 * target (or name the wrong target in one).
 */
export class IdFingerprints {
  private table = new Float64Array(1 << 12);
  private used = 0;

  add(fingerprint: number): void {
    if ((this.used + 1) * 2 > this.table.length) this.grow();
    if (insert(this.table, fingerprint)) this.used++;
  }

  has(fingerprint: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = fingerprint & mask; ; slot = (slot + 1) & mask) {
      const value = table[slot];
      if (value === fingerprint) return true;
      if (value === 0) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    for (const value of old) if (value !== 0) insert(this.table, value);
  }
}

/** Open addressing with linear probing; 0 marks an empty slot (no fingerprint is 0). */
function insert(table: Float64Array, fingerprint: number): boolean {
  const mask = table.length - 1;
  for (let slot = fingerprint & mask; ; slot = (slot + 1) & mask) {
    const value = table[slot];
    if (value === fingerprint) return false;
    if (value === 0) {
      table[slot] = fingerprint;
      return true;
    }
  }
}

/**
 * Seeds drawn once per process, so that nobody can prepare ids that all fall into one run of slots (the
 * fingerprints are never stored, so they need only agree within one process).
 */
const [firstSeed = 0x811c9dc5, secondSeed = 0x9747b28c] = getRandomValues(new Uint32Array(2));

/** Two 32-bit hashes of the text in one pass (FNV-1a and a multiplicative one), joined into 53 bits. */
export function fingerprintOf(text: string): number {
  let first = firstSeed;
  let second = secondSeed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return (first >>> 0) * 0x200000 + (second >>> 11) || 1;
}
