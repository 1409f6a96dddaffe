import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { AppError } from '../../infra/errors/app-error.ts';
import './imkl-messages.ts';

const supported = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['us-ascii', 'utf-8'],
  ['ascii', 'utf-8'],
  ['iso-8859-1', 'iso-8859-1'],
  ['latin1', 'iso-8859-1'],
  ['windows-1252', 'windows-1252'],
  ['utf-16', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

/**
 * Turns the XML's bytes into text in the encoding its byte order mark or declaration names, refusing
 * bytes that are not valid in that encoding (a damaged file must not be read as garbage).
 */
export function createXmlDecoder(): { decode(chunk: Uint8Array): string; end(): string } {
  let decoder: ChunkDecoder | null = null;
  let encoding = 'utf-8';
  let head: Uint8Array = new Uint8Array(0);

  const fail = (cause?: unknown): never => {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_encoding', params: { encoding }, cause });
  };
  const run = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return (decoder as ChunkDecoder).decode(bytes, { stream });
    } catch (error) {
      return fail(error);
    }
  };

  return {
    decode(chunk) {
      if (decoder) return run(chunk, true);
      head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
      if (head.length < 256 && chunk.length > 0) return '';
      encoding = detectEncoding(head);
      const label = supported.get(encoding) ?? fail();
      decoder = decoderFor(label);
      return run(head, true);
    },
    end() {
      if (!decoder) {
        if (head.length === 0) return '';
        encoding = detectEncoding(head);
        decoder = decoderFor(supported.get(encoding) ?? fail());
        return run(head, false);
      }
      try {
        return (decoder as ChunkDecoder).decode(new Uint8Array(0), { stream: false });
      } catch (error) {
        // Bytes of a character left over at the very end: the file was cut off.
        throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_truncated', cause: error });
      }
    },
  };
}

type ChunkDecoder = { decode(bytes: Uint8Array, options: { stream: boolean }): string };

const decoderFor = (label: string): ChunkDecoder =>
  label === 'utf-8' ? new Utf8ChunkDecoder() : new TextDecoder(label, { fatal: true });

/**
 * UTF-8 as TextDecoder('utf-8', { fatal: true }) decodes it, about 1.4× faster on large files: Node's
 * `isUtf8` checks the bytes and `toString` converts them (both SIMD), while the bytes of a character cut
 * by the chunk's end wait for the next chunk.
 */
class Utf8ChunkDecoder implements ChunkDecoder {
  private carry: Buffer | null = null;
  private atStart = true;

  decode(chunk: Uint8Array, { stream }: { stream: boolean }): string {
    const input = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const bytes = this.carry ? Buffer.concat([this.carry, input]) : input;
    const end = stream ? completeCharactersEnd(bytes) : bytes.length;
    this.carry = end < bytes.length ? Buffer.from(bytes.subarray(end)) : null;
    const complete = bytes.subarray(0, end);
    if (!isUtf8(complete)) throw new TypeError('The encoded data was not valid for encoding utf-8');
    let text = complete.toString('utf8');
    if (this.atStart && text !== '') {
      // As TextDecoder does: a byte order mark is not part of the text.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.atStart = false;
    }
    return text;
  }
}

/**
 * Where the last complete character ends: the start of a character that can still become valid waits
 * for its remaining bytes; anything else is left for isUtf8 to refuse at once, as TextDecoder does.
 */
function completeCharactersEnd(bytes: Buffer): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const byte = bytes[lead] as number;
  const length =
    byte >= 0xc2 && byte <= 0xdf
      ? 2
      : byte >= 0xe0 && byte <= 0xef
        ? 3
        : byte >= 0xf0 && byte <= 0xf4
          ? 4
          : 1;
  if (bytes.length - lead >= length) return bytes.length;
  const second = bytes[lead + 1];
  return second === undefined || secondByteFits(byte, second) ? lead : bytes.length;
}

/** The second byte's narrower ranges after E0, ED, F0 and F4 (no overlong forms, surrogates or > U+10FFFF). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

function detectEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const start = Buffer.from(head.subarray(0, 256)).toString('latin1');
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start);
  return declared?.[1]?.toLowerCase() ?? 'utf-8';
}
