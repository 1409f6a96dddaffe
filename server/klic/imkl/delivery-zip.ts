import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../infra/errors/app-error.ts';
import { formatByteLimit } from '../../infra/files/format-byte-limit.ts';
import './imkl-messages.ts';

export type ZipLimits = {
  /** Most files in one ZIP. */
  maxEntries: number;
  /** Most bytes all files together may unpack to. */
  maxTotalBytes: number;
  /** Highest unpacked/packed ratio for a file over 1 MB (ZIP bombs reach thousands). */
  maxRatio: number;
};

/** The total stays below 2^31 bytes: sizes are stored in integer columns. */
export const defaultZipLimits: ZipLimits = { maxEntries: 5_000, maxTotalBytes: 2_000_000_000, maxRatio: 200 };

/** A file in the delivery, its path relative to the delivery folder ('bronnen/GB_….png'). */
export type DeliveryFile = { path: string; size: number; entry: Entry };

export type OpenedDelivery = {
  zip: ZipFile;
  files: DeliveryFile[];
  giXml: DeliveryFile;
  open(file: DeliveryFile): Promise<Readable>;
  close(): void;
};

const giXmlName = /^GI_gebiedsinformatielevering_[^/]*\.xml$/i;

/** Opens a delivery ZIP and checks every entry before anything is unpacked. */
export async function openDeliveryZip(
  path: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<OpenedDelivery> {
  await assertZipMagic(path);
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      autoClose: false,
      strictFileNames: true,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw zipError(error);
  }
  try {
    const entries = await listEntries(zip, limits);
    const files = withoutTopFolder(entries);
    const giFiles = files.filter((file) => giXmlName.test(file.path.slice(file.path.lastIndexOf('/') + 1)));
    if (giFiles.length > 1) throw new AppError('VALIDATION_FAILED', { reason: 'klic.several_gi_xml' });
    const giXml = giFiles[0];
    if (!giXml) throw new AppError('VALIDATION_FAILED', { reason: 'klic.no_gi_xml' });
    return {
      zip,
      files,
      giXml,
      async open(file) {
        try {
          if (!file.entry.isCompressed()) {
            return Readable.from(withZipErrors(await zip.openReadStreamPromise(file.entry)));
          }
          // Our own inflater with large chunks: a third faster than yauzl's default for big GML files.
          const raw = await zip.openReadStreamPromise(file.entry, { decompress: false });
          return Readable.from(withZipErrors(checkedInflate(raw, file.size)));
        } catch (error) {
          throw zipError(error);
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Damage inside an entry shows only while it is read: its stream then fails with an AppError as well. */
async function* withZipErrors(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* chunks;
  } catch (error) {
    throw zipError(error);
  }
}

/** Inflates and refuses a stream that unpacks to more or fewer bytes than its entry says. */
async function* checkedInflate(raw: Readable, expectedSize: number): AsyncGenerator<Buffer> {
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  raw.pipe(inflate);
  let size = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > expectedSize) throw new Error(`too many bytes in the stream: more than ${expectedSize}`);
      yield chunk;
    }
  } finally {
    // A reader that stops early (bad XML) must not leave the ZIP's file handle open.
    raw.destroy();
  }
  if (size !== expectedSize) throw new Error(`too few bytes in the stream: ${size} of ${expectedSize}`);
}

async function assertZipMagic(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    const magic = buffer.subarray(0, bytesRead).toString('latin1');
    if (magic !== 'PK\x03\x04' && magic !== 'PK\x05\x06') {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.not_a_zip' });
    }
  } finally {
    await handle.close();
  }
}

async function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) throw tooLarge(limits);
  const entries: Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      // Control characters (NUL above all) have no place in a path, nor in a database text column.
      if ([...entry.fileName].some(isControlCharacter)) throw unsafePath(entry.fileName);
      if (entry.fileName.endsWith('/')) continue;
      if (entry.isEncrypted()) throw new AppError('VALIDATION_FAILED', { reason: 'klic.zip_encrypted' });
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw tooLarge(limits);
      // Many small entries that each stay under the per-file check still add up to a bomb.
      const overall = total / Math.max(zip.fileSize, 1);
      if (total > 100 * 1024 ** 2 && overall > limits.maxRatio) {
        throw new AppError('PAYLOAD_TOO_LARGE', {
          reason: 'klic.zip_bomb',
          params: { ratio: Math.round(overall) },
        });
      }
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > 1024 ** 2 && ratio > limits.maxRatio) {
        throw new AppError('PAYLOAD_TOO_LARGE', {
          reason: 'klic.zip_bomb',
          params: { ratio: Math.round(ratio) },
        });
      }
      entries.push(entry);
    }
  } catch (error) {
    throw zipError(error);
  }
  return entries;
}

/** Kadaster ZIPs hold one folder '<meldnummer>_<volgnummer>/'; paths are taken relative to it. */
function withoutTopFolder(entries: Entry[]): DeliveryFile[] {
  const firstSegments = new Set(entries.map((entry) => entry.fileName.split('/')[0]));
  const [top] = firstSegments;
  const strip = firstSegments.size === 1 && entries.every((entry) => entry.fileName.includes('/'));
  return entries.map((entry) => ({
    path: strip ? entry.fileName.slice((top ?? '').length + 1) : entry.fileName,
    size: entry.uncompressedSize,
    entry,
  }));
}

function tooLarge(limits: ZipLimits): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    reason: 'klic.zip_too_large',
    params: { limit: formatByteLimit(limits.maxTotalBytes) },
  });
}

/** yauzl's complaints in the user's terms: unsafe names apart, everything else is a damaged ZIP. */
export function zipError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const unsafe = /^(invalid characters in fileName|absolute path|invalid relative path): (.*)$/s.exec(
    message,
  );
  if (unsafe) return unsafePath(unsafe[2] ?? '', error);
  return new AppError('VALIDATION_FAILED', { reason: 'klic.zip_corrupt', cause: error, detail: message });
}

function unsafePath(name: string, cause?: unknown): AppError {
  return new AppError('VALIDATION_FAILED', {
    reason: 'klic.zip_unsafe_path',
    params: {
      name: [...name]
        .map((c) => (isControlCharacter(c) ? '?' : c))
        .join('')
        .slice(0, 80),
    },
    cause,
  });
}

function isControlCharacter(character: string): boolean {
  return character < ' ' || character === '\u007f';
}
