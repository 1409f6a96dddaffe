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
  let decoder: TextDecoder | null = null;
  let encoding = 'utf-8';
  let head: Uint8Array = new Uint8Array(0);

  const fail = (cause?: unknown): never => {
    throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_encoding', params: { encoding }, cause });
  };
  const run = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return (decoder as TextDecoder).decode(bytes, { stream });
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
      decoder = new TextDecoder(label, { fatal: true });
      return run(head, true);
    },
    end() {
      if (!decoder) {
        if (head.length === 0) return '';
        encoding = detectEncoding(head);
        decoder = new TextDecoder(supported.get(encoding) ?? fail(), { fatal: true });
        return run(head, false);
      }
      try {
        return (decoder as TextDecoder).decode(new Uint8Array(0), { stream: false });
      } catch (error) {
        // Bytes of a character left over at the very end: the file was cut off.
        throw new AppError('VALIDATION_FAILED', { reason: 'klic.xml_truncated', cause: error });
      }
    },
  };
}

function detectEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const start = Buffer.from(head.subarray(0, 256)).toString('latin1');
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start);
  return declared?.[1]?.toLowerCase() ?? 'utf-8';
}
