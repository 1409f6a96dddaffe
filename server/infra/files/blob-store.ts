import type { Readable } from 'node:stream';
import { AppError } from '../errors/app-error.ts';

export type BlobData = Buffer | Readable | AsyncIterable<Uint8Array>;

export type PutOptions = {
  /** Refuse (PAYLOAD_TOO_LARGE) and store nothing when the data is larger than this. */
  maxBytes?: number;
};

export type StoredBlob = { key: string; size: number; sha256: string };

export type BlobStat = { size: number; modifiedAt: Date };

/** Stores opaque files (photos, PDFs, KLIC packages) under validated keys such as 'org-1/klic/2025/x.zip'. */
export interface BlobStore {
  /** Stores the data under the key, replacing what was there; readers never see a half-written blob. */
  put(key: string, data: BlobData, options?: PutOptions): Promise<StoredBlob>;
  /** The content of the blob; AppError NOT_FOUND when there is none. */
  get(key: string): Promise<Readable>;
  /** Size and time of last change, or null when there is no blob. */
  stat(key: string): Promise<BlobStat | null>;
  /**
   * Runs fn with a path on the local disk that holds the blob (for readers that need random access, such
   * as ZIP). The path is only valid during fn. AppError NOT_FOUND when there is none.
   */
  withLocalFile<T>(key: string, fn: (path: string) => Promise<T>): Promise<T>;
  /** Removes the blob; nothing happens when there is none. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

/**
 * Returns the key when it is a safe relative path: segments of letters, digits, '.', '_' and '-' (not
 * starting with a punctuation mark) joined by '/', at most 512 characters, without '..'. Otherwise throws
 * VALIDATION_FAILED.
 */
export function blobKey(key: string): string {
  const valid =
    typeof key === 'string' &&
    key.length <= MAX_KEY_LENGTH &&
    !key.includes('..') &&
    key.split('/').every((segment) => SEGMENT.test(segment));
  if (!valid) {
    throw new AppError('VALIDATION_FAILED', {
      params: { key: String(key).slice(0, 100) },
      detail: 'invalid blob key',
    });
  }
  return key;
}
