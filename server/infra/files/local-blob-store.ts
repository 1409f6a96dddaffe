import { createHash, randomUUID } from 'node:crypto';
import {
  constants,
  type FileHandle,
  lstat,
  mkdir,
  open,
  realpath,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { type BlobData, type BlobStore, blobKey, type StoredBlob } from './blob-store.ts';
import { formatByteLimit } from './format-byte-limit.ts';

/** Temporary files start with '.', which no valid key segment does, so they never clash with a blob. */
const TEMP_PREFIX = '.tmp-';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Resolves to null for paths that do not exist (a missing file, or a file where a directory should be). */
function nullWhenMissing(error: unknown): null {
  if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
  throw error;
}

function assertInside(root: string, realPath: string): void {
  const relative = path.relative(root, realPath);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new AppError('FORBIDDEN', { detail: 'blob path leads outside the store root' });
  }
}

function validMaxBytes(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new AppError('VALIDATION_FAILED', { params: { value: String(maxBytes) } });
  }
  return maxBytes;
}

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.byteLength; ) {
    offset += (await file.write(chunk, offset)).bytesWritten;
  }
}

/** Streams the data into a new file, hashing and counting on the way, and flushes it to disk. */
async function writeTempFile(filePath: string, data: BlobData, maxBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const file = await open(filePath, 'wx');
  try {
    for await (const chunk of Buffer.isBuffer(data) ? [data] : data) {
      if (!(chunk instanceof Uint8Array)) throw new TypeError('blob data must be bytes');
      size += chunk.byteLength;
      if (size > maxBytes)
        throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: formatByteLimit(maxBytes) } });
      hash.update(chunk);
      await writeAll(file, chunk);
    }
    await file.sync();
  } finally {
    await file.close();
  }
  return { size, sha256: hash.digest('hex') };
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A blob store on the local file system. Writes go to a temporary file in the target directory that is
 * flushed and then renamed over the target, so a blob is either complete or absent. Symbolic links inside
 * the root are only followed while they stay inside it.
 */
export function createLocalBlobStore(rootDir: string): BlobStore {
  async function realRoot(): Promise<string> {
    await mkdir(rootDir, { recursive: true });
    return realpath(rootDir);
  }

  /** Creates the directories of a key one by one, checking each before anything is created inside it. */
  async function ensureDirectory(root: string, segments: string[]): Promise<string> {
    let dir = root;
    for (const segment of segments) {
      const next = path.join(dir, segment);
      await mkdir(next).catch((error: unknown) => {
        if (errorCode(error) !== 'EEXIST') throw error;
      });
      dir = await realpath(next);
      assertInside(root, dir);
    }
    return dir;
  }

  /** The real path of an existing entry for the key inside the root, or null when there is none. */
  async function existing(key: string): Promise<string | null> {
    const root = await realRoot();
    const real = await realpath(path.join(root, ...blobKey(key).split('/'))).catch(nullWhenMissing);
    if (real !== null) assertInside(root, real);
    return real;
  }

  return {
    async put(key, data, options = {}): Promise<StoredBlob> {
      const directories = blobKey(key).split('/').slice(0, -1);
      const maxBytes = validMaxBytes(options.maxBytes);
      const root = await realRoot();
      let temp: string | undefined;
      try {
        const dir = await ensureDirectory(root, directories);
        temp = path.join(dir, `${TEMP_PREFIX}${randomUUID()}`);
        const written = await writeTempFile(temp, data, maxBytes);
        await rename(temp, path.join(dir, path.basename(key)));
        await syncDirectory(dir);
        return { key, ...written };
      } catch (error) {
        if (temp !== undefined) await unlink(temp).catch(nullWhenMissing);
        if (errorCode(error) === 'EISDIR' || errorCode(error) === 'ENOTDIR') {
          throw new AppError('CONFLICT', { cause: error, detail: 'a blob key is also used as a directory' });
        }
        throw error;
      }
    },

    async withLocalFile(key, fn) {
      const real = await existing(key);
      if (real === null) throw new AppError('NOT_FOUND', { params: { key } });
      return fn(real);
    },

    async get(key) {
      const notFound = () => new AppError('NOT_FOUND', { params: { key } });
      const real = await existing(key);
      if (real === null) throw notFound();
      const file = await open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(nullWhenMissing);
      if (file === null) throw notFound();
      if (!(await file.stat()).isFile()) {
        await file.close();
        throw notFound();
      }
      return file.createReadStream();
    },

    async stat(key) {
      const real = await existing(key);
      const stats = real === null ? null : await stat(real).catch(nullWhenMissing);
      return stats?.isFile() ? { size: stats.size, modifiedAt: stats.mtime } : null;
    },

    async delete(key) {
      const root = await realRoot();
      const dir = await realpath(path.join(root, path.dirname(blobKey(key)))).catch(nullWhenMissing);
      if (dir === null) return;
      assertInside(root, dir);
      // lstat and unlink act on a symbolic link itself, never on what it points to.
      const target = path.join(dir, path.basename(key));
      const stats = await lstat(target).catch(nullWhenMissing);
      if (stats === null || stats.isDirectory()) return;
      await unlink(target).catch(nullWhenMissing);
    },
  };
}
