import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { BlobStore } from '../../infra/files/index.ts';

export type AttachmentType = { mediaType: string; extensions: readonly string[] };

export const attachmentTypes = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  tiff: { mediaType: 'image/tiff', extensions: ['tif', 'tiff'] },
  doc: { mediaType: 'application/msword', extensions: ['doc'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
} as const satisfies Record<string, AttachmentType>;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The name of the main stream of a Word 97–2003 file, as it stands in the compound file's directory. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
const MAX_ZIP_ENTRIES = 10_000;

const startsWith = (head: Buffer, ...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/**
 * What a stored file is, from its bytes (the name can say anything): PDF, JPEG, TIFF, Word (.doc, .docx),
 * or null for anything else. An OLE or ZIP container only counts when it holds a Word document, so that
 * Excel files, Outlook mails or plain ZIPs are refused.
 */
export async function detectAttachmentType(blobs: BlobStore, key: string): Promise<AttachmentType | null> {
  const head = await readHead(await blobs.get(key), 8);
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return attachmentTypes.pdf;
  if (startsWith(head, 0xff, 0xd8, 0xff)) return attachmentTypes.jpeg;
  if (
    startsWith(head, 0x49, 0x49, 0x2a, 0x00) ||
    startsWith(head, 0x4d, 0x4d, 0x00, 0x2a) ||
    startsWith(head, 0x49, 0x49, 0x2b, 0x00) ||
    startsWith(head, 0x4d, 0x4d, 0x00, 0x2b)
  ) {
    return attachmentTypes.tiff;
  }
  if (head.subarray(0, 8).equals(OLE_MAGIC)) {
    return (await containsBytes(await blobs.get(key), WORD_STREAM)) ? attachmentTypes.doc : null;
  }
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
    return (await blobs.withLocalFile(key, holdsWordDocument)) ? attachmentTypes.docx : null;
  }
  return null;
}

async function readHead(stream: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks);
}

/** Scans a stream for a byte sequence without holding more than one chunk and the sequence's length. */
async function containsBytes(stream: Readable, needle: Buffer): Promise<boolean> {
  let tail = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const window = Buffer.concat([tail, chunk]);
      if (window.includes(needle)) return true;
      tail = window.subarray(Math.max(0, window.length - needle.length + 1));
    }
    return false;
  } finally {
    stream.destroy();
  }
}

/** A .docx is a ZIP with word/document.xml; a broken ZIP or another Office file is no Word document. */
async function holdsWordDocument(path: string): Promise<boolean> {
  let zip: yauzl.ZipFile | undefined;
  try {
    zip = await yauzl.openPromise(path);
    let seen = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === 'word/document.xml') return true;
      if (++seen >= MAX_ZIP_ENTRIES) return false;
    }
    return false;
  } catch {
    return false;
  } finally {
    zip?.close();
  }
}
