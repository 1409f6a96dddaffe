export {
  type BlobData,
  type BlobStat,
  type BlobStore,
  blobKey,
  type PutOptions,
  type StoredBlob,
} from './blob-store.ts';
export { formatByteLimit } from './format-byte-limit.ts';
export { createLocalBlobStore } from './local-blob-store.ts';
