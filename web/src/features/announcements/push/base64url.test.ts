import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, sameBytes } from './base64url';

describe('base64url keys', () => {
  it('decode with the URL-safe alphabet and without padding', () => {
    expect([...base64UrlToBytes('-_8')]).toEqual([0xfb, 0xff]);
    expect([...base64UrlToBytes('AQID')]).toEqual([1, 2, 3]);
    expect(base64UrlToBytes('B'.repeat(87))).toHaveLength(65);
  });

  it('compare with the key a subscription was made with', () => {
    const key = base64UrlToBytes('AQID');
    expect(sameBytes(new Uint8Array([1, 2, 3]).buffer, key)).toBe(true);
    expect(sameBytes(new Uint8Array([1, 2, 4]).buffer, key)).toBe(false);
    expect(sameBytes(null, key)).toBe(false);
  });
});
