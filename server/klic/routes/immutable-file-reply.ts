import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BlobStore } from '../../infra/files/index.ts';

const immutableFileCaching = 'private, max-age=604800, immutable';

/** A download: the stored file under a safe name; HTML is served as text so that it never runs in our origin. */
export function downloadDisposition(fileName: string): string {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const viewableOnPhone = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/** In the field app a PDF or picture opens in the phone's own viewer; anything else is downloaded. */
export function viewerDisposition(disposition: string, mediaType: string): string {
  return viewableOnPhone.has(mediaType) ? disposition.replace(/^attachment;/, 'inline;') : disposition;
}

const deliveryMediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  html: 'text/plain; charset=utf-8',
};

/** The media type a delivery file is served with, by its extension in the ZIP. */
export function deliveryFileMediaType(path: string): string {
  return (
    deliveryMediaTypes[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'
  );
}

/** The name of a delivery file without its folders. */
export const deliveryFileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * Sends a stored file that never changes once stored (a delivery file, an own attachment, a photo): the
 * browser keeps it (only for this user, a week) and afterwards asks again by ETag, answered without
 * reading the blob. Call it after the access check.
 */
export async function sendImmutableFile(
  request: FastifyRequest,
  reply: FastifyReply,
  blobs: BlobStore,
  file: { id: string; blobKey: string; mediaType: string; disposition: string },
) {
  const etag = `"${file.id}"`;
  reply.header('etag', etag);
  reply.header('cache-control', immutableFileCaching);
  if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
  reply.header('content-type', file.mediaType);
  reply.header('content-disposition', file.disposition);
  reply.header('x-content-type-options', 'nosniff');
  return reply.send(await blobs.get(file.blobKey));
}
