import { PassThrough, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';

export type ZipEntry =
  | { path: string; directory: true }
  | { path: string; content: Buffer }
  | { path: string; stream: Readable };

/**
 * The entries as one ZIP byte stream (yazl, deflate). Streams are read only when their turn comes, so a large
 * entry passes through in chunks; a fixed modification time keeps the bytes the same for the same input.
 */
export function zipStream(entries: readonly ZipEntry[], mtime: Date): Readable {
  const zip = new ZipFile();
  const output = new PassThrough();
  zip.outputStream.pipe(output);
  zip.on('error', (error: Error) => output.destroy(error));
  for (const entry of entries) {
    if ('directory' in entry) zip.addEmptyDirectory(entry.path, { mtime });
    else if ('content' in entry) zip.addBuffer(entry.content, entry.path, { mtime });
    else {
      entry.stream.on('error', (error) => output.destroy(error));
      zip.addReadStream(entry.stream, entry.path, { mtime });
    }
  }
  zip.end();
  return output;
}
