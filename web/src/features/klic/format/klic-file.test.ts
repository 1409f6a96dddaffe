import { describe, expect, it } from 'vitest';
import { formatFileSize, isKlicFileName } from './klic-file';

describe('isKlicFileName', () => {
  it('accepts ZIPs and saved mails, in any case', () => {
    for (const name of ['Levering_22G0027001_1.zip', 'ontvangst.EML', 'Klic melding.Msg'])
      expect(isKlicFileName(name)).toBe(true);
  });

  it('refuses other files and a bare extension', () => {
    for (const name of ['levering.pdf', 'levering.zip.exe', 'notice.eml.txt', '.zip', 'zip', ''])
      expect(isKlicFileName(name)).toBe(false);
  });
});

describe('formatFileSize', () => {
  it('writes sizes the Dutch way', () => {
    expect(formatFileSize(0, 'nl')).toBe('0 bytes');
    expect(formatFileSize(999, 'nl')).toBe('999 bytes');
    expect(formatFileSize(12_500, 'nl')).toBe('12,5 kB');
    expect(formatFileSize(8_200_000, 'nl')).toBe('8,2 MB');
    expect(formatFileSize(2_000_000_000, 'nl')).toBe('2 GB');
  });

  it('and the English way', () => {
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
  });
});
