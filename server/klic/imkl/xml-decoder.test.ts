import { describe, expect, it } from 'vitest';
import { createXmlDecoder } from './xml-decoder.ts';

const declaration = '<?xml version="1.0" encoding="UTF-8"?>';
/** Long enough to pass the 256 bytes read before the encoding is decided; characters of 1 to 4 bytes. */
const text = `${declaration}<a>${'Zoë € 😀 Ø '.repeat(40)}</a>`;

const decodeInChunks = (bytes: Buffer, size: number) => {
  const decoder = createXmlDecoder();
  let result = '';
  for (let start = 0; start < bytes.length; start += size)
    result += decoder.decode(bytes.subarray(start, start + size));
  return result + decoder.end();
};

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
  return 'no error';
};

describe('createXmlDecoder reads UTF-8 in chunks of any size', () => {
  it('puts back together every character cut by a chunk boundary', () => {
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 5, 7, 257, 1024]) expect(decodeInChunks(bytes, size)).toBe(text);
  });

  it('leaves out a byte order mark, as TextDecoder does', () => {
    expect(decodeInChunks(Buffer.from(`\uFEFF${text}`, 'utf8'), 100)).toBe(text);
  });

  it('refuses an invalid byte wherever the chunks are cut', () => {
    const bytes = Buffer.from(text, 'utf8');
    bytes[300] = 0xff;
    for (const size of [1, 3, 299, 301]) {
      expect(reasonOf(() => decodeInChunks(bytes, size))).toBe('klic.xml_encoding');
    }
  });

  it('refuses a character whose continuation bytes never come', () => {
    const bytes = Buffer.from(text, 'utf8');
    const cut = Buffer.concat([bytes.subarray(0, 300), Buffer.from([0xe2, 0x82]), bytes.subarray(300)]);
    expect(reasonOf(() => decodeInChunks(cut, 301))).toBe('klic.xml_encoding');
  });

  it('calls a file that ends inside a character cut off', () => {
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xf0, 0x9f, 0x98])]);
    expect(reasonOf(() => decodeInChunks(bytes, 64))).toBe('klic.xml_truncated');
  });
});

describe('createXmlDecoder refuses what can never become a character, as TextDecoder does', () => {
  it.each([
    ['E0 80 (overlong)', [0xe0, 0x80]],
    ['ED A0 (a surrogate)', [0xed, 0xa0]],
    ['F0 80 (overlong)', [0xf0, 0x80]],
    ['F4 90 (beyond U+10FFFF)', [0xf4, 0x90]],
  ])('at the very end of the file: %s is an encoding error, not a cut-off file', (_, tail) => {
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(tail)]);
    expect(reasonOf(() => decodeInChunks(bytes, 64))).toBe('klic.xml_encoding');
  });

  it('still waits for the rest of a character that can become valid', () => {
    const bytes = Buffer.from(`${text}😀`, 'utf8');
    expect(decodeInChunks(bytes, bytes.length - 2)).toBe(`${text}😀`);
  });
});
