import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlobStore, createLocalBlobStore } from '../../infra/files/index.ts';
import {
  sampleDoc,
  sampleDocx,
  sampleJpeg,
  sampleOtherOle,
  samplePdf,
  sampleTiff,
  sampleTiffBigEndian,
  sampleXlsx,
} from './attachment-samples.ts';
import { attachmentTypes, detectAttachmentType } from './detect-attachment-type.ts';

let root: string;
let blobs: BlobStore;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'veldwerk-attachment-type-'));
  blobs = createLocalBlobStore(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const detect = async (bytes: Buffer) => {
  const key = `test/${Math.random().toString(36).slice(2)}`;
  await blobs.put(key, bytes);
  return detectAttachmentType(blobs, key);
};

describe('recognising an own attachment by its bytes', () => {
  it.each([
    ['PDF', samplePdf, attachmentTypes.pdf],
    ['JPEG', sampleJpeg, attachmentTypes.jpeg],
    ['TIFF (little-endian)', sampleTiff, attachmentTypes.tiff],
    ['TIFF (big-endian)', sampleTiffBigEndian, attachmentTypes.tiff],
    ['Word 97–2003', sampleDoc, attachmentTypes.doc],
  ])('knows %s', async (_, bytes, type) => {
    expect(await detect(bytes)).toEqual(type);
  });

  it('knows a .docx and refuses other ZIPs (an Excel file, a broken ZIP)', async () => {
    expect(await detect(await sampleDocx())).toEqual(attachmentTypes.docx);
    expect(await detect(await sampleXlsx())).toBeNull();
    expect(await detect(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]))).toBeNull();
  });

  it('finds the Word stream name across chunk borders, and refuses an OLE file without one', async () => {
    const far = Buffer.concat([
      sampleDoc.subarray(0, 8),
      Buffer.alloc(65_536 * 3 - 7),
      sampleDoc.subarray(8),
    ]);
    expect(await detect(far)).toEqual(attachmentTypes.doc);
    expect(await detect(sampleOtherOle)).toBeNull();
  });

  it.each([
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['a PDF marker later in the file', Buffer.from('xx%PDF-1.4')],
    ['a single byte', Buffer.from([0xff])],
  ])('refuses %s', async (_, bytes) => {
    expect(await detect(bytes)).toBeNull();
  });
});
