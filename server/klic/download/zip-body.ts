import { Readable } from 'node:stream';
import { connectionFailed, downloadTooLarge, notAZip } from './download-errors.ts';

/** Every ZIP the Kadaster delivers starts with a local file header. */
const ZIP_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');

type BodyOptions = { maxBytes: number; signal: AbortSignal; onProgress: () => void };

/**
 * Reads the body up to its first bytes and refuses it unless it starts like a ZIP file (an HTML login
 * page does not); then returns the whole body as a stream that fails with klic.download_too_large as
 * soon as it exceeds maxBytes, whatever the Content-Length said.
 */
export async function openZipBody(
  body: ReadableStream<Uint8Array> | null,
  { maxBytes, signal, onProgress }: BodyOptions,
): Promise<Readable> {
  if (body === null) throw notAZip();
  const reader = body.getReader();
  let size = 0;

  async function next(): Promise<Uint8Array | null> {
    const result = await reader.read().catch((error: unknown) => {
      throw connectionFailed(error, signal);
    });
    if (result.done) return null;
    size += result.value.byteLength;
    if (size > maxBytes) throw downloadTooLarge(maxBytes);
    onProgress();
    return result.value;
  }

  const head: Uint8Array[] = [];
  while (size < ZIP_SIGNATURE.length) {
    const chunk = await next();
    if (chunk === null) break;
    head.push(chunk);
  }
  const start = Buffer.concat(head);
  if (!start.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) throw notAZip();

  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield start;
    for (let chunk = await next(); chunk !== null; chunk = await next()) yield chunk;
  }
  return Readable.from(chunks(), { objectMode: false });
}
