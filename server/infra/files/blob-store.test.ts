import { describe, expect, it } from 'vitest';
import { blobKey } from './blob-store.ts';

const hostileKeys = [
  '../x',
  '/etc/passwd',
  'a/../../b',
  'a//b',
  '',
  'a/',
  '.',
  'a/./b',
  '.hidden',
  'a/.tmp-123',
  'a..b',
  ['a', 'b', 'c', 'd', 'e'].map((c) => c.repeat(110)).join('/'),
  'a'.repeat(129),
  'a\0b',
  'a\\b',
  '..\\x',
  'C:\\Windows',
  'a b',
  'foto\n.jpg',
  'ünïcode',
];

describe('blobKey', () => {
  it('accepts relative paths of plain segments', () => {
    for (const key of ['a', 'org-1/klic/2025/Levering_01.zip', 'A.b-c_d', '0/1/2', 'x'.repeat(128)]) {
      expect(blobKey(key)).toBe(key);
    }
    const longest = ['a'.repeat(128), 'b'.repeat(127), 'c'.repeat(127), 'd'.repeat(127)].join('/');
    expect(longest).toHaveLength(512);
    expect(blobKey(longest)).toBe(longest);
    expect(() => blobKey(`${longest}x`)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });

  it('rejects hostile keys with VALIDATION_FAILED', () => {
    for (const key of hostileKeys) {
      expect(() => blobKey(key), JSON.stringify(key)).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED' }),
      );
    }
  });
});
