import type { Readable } from 'node:stream';
import type { BlobStore } from '../../infra/files/index.ts';
import { openDeliveryZip } from '../imkl/delivery-zip.ts';
import type { BBox } from '../imkl/imkl-model.ts';

/** gml:boundedBy comes first in the GML; no delivery needs more than this to reach its end. */
const envelopeSearchBytes = 64 * 1024;

/**
 * The RD extent of the delivery's gml:boundedBy. The Kadaster's background raster (bronnen/GB_….png)
 * covers exactly this envelope (14 pixels per metre in every sample), and no world file comes with it.
 */
export function envelopeOf(gmlStart: string): BBox | null {
  const bounded = /<gml:boundedBy>([\s\S]*?)<\/gml:boundedBy>/.exec(gmlStart)?.[1];
  if (!bounded) return null;
  const corner = (name: string) =>
    new RegExp(`<gml:${name}>\\s*([-\\d.eE+]+)\\s+([-\\d.eE+]+)`).exec(bounded)?.slice(1).map(Number);
  const lower = corner('lowerCorner');
  const upper = corner('upperCorner');
  if (!lower || !upper) return null;
  const box: BBox = [lower[0] as number, lower[1] as number, upper[0] as number, upper[1] as number];
  const valid = box.every(Number.isFinite) && box[2] > box[0] && box[3] > box[1];
  return valid ? box : null;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
export function pngSize(header: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (header.length < 24 || header.subarray(0, 8).toString('hex') !== signature) return null;
  if (header.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

async function readStart(stream: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

/** The envelope of the delivery ZIP's GML, read from its first bytes only. */
export async function deliveryEnvelope(blobs: BlobStore, zipBlobKey: string): Promise<BBox | null> {
  return blobs.withLocalFile(zipBlobKey, async (path) => {
    const delivery = await openDeliveryZip(path);
    try {
      const start = await readStart(await delivery.open(delivery.giXml), envelopeSearchBytes);
      return envelopeOf(start.toString('utf8'));
    } finally {
      delivery.close();
    }
  });
}

export async function rasterSize(blobs: BlobStore, blobKey: string) {
  return pngSize(await readStart(await blobs.get(blobKey), 24));
}
