import { describe, expect, it } from 'vitest';
import { fingerprintOf, IdFingerprints } from './id-fingerprints.ts';

describe('IdFingerprints', () => {
  it('knows every id added, across many growths of its table', () => {
    const ids = new IdFingerprints();
    const count = 200_000;
    for (let index = 0; index < count; index++) ids.add(fingerprintOf(`nl.imkl-KL1031.utilitylink-${index}`));
    let found = 0;
    for (let index = 0; index < count; index++) {
      if (ids.has(fingerprintOf(`nl.imkl-KL1031.utilitylink-${index}`))) found++;
    }
    expect(found).toBe(count);
  });

  it('does not know ids that were never added, however alike', () => {
    const ids = new IdFingerprints();
    for (let index = 0; index < 50_000; index++) ids.add(fingerprintOf(`nl.imkl-KL1031.kabel-${index}`));
    let wronglyKnown = 0;
    for (let index = 0; index < 50_000; index++) {
      if (ids.has(fingerprintOf(`nl.imkl-KL1031.kabel-${index}x`))) wronglyKnown++;
      if (ids.has(fingerprintOf(`nl.imkl-KL1032.kabel-${index}`))) wronglyKnown++;
    }
    expect(wronglyKnown).toBe(0);
  });

  it('gives one text one fingerprint, never 0, and different texts different ones', () => {
    expect(fingerprintOf('nl.imkl-TS1383.MS_el00001')).toBe(fingerprintOf('nl.imkl-TS1383.MS_el00001'));
    expect(fingerprintOf('')).not.toBe(0);
    const seen = new Set(['a', 'b', 'ab', 'ba', 'Ab', '#a', 'a '].map(fingerprintOf));
    expect(seen.size).toBe(7);
    expect(Number.isSafeInteger(fingerprintOf('nl.imkl-TS1383.MS_el00001'))).toBe(true);
  });
});
