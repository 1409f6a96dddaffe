import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../infra/db/database.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { acceptsGzip } from './accept-encoding.ts';
import { type BackgroundUrl, currentDeliveryOf, loadMapData } from './load-map-data.ts';
import { createMapResponseCache } from './map-response-cache.ts';

/** Changes when the payload's shape changes, so that browsers drop maps cached by an older release. */
const payloadVersion = 'map1';

/**
 * Answers with the map of a melding the caller may read (checked before): gzip when accepted, an ETag
 * per delivery, and the serialised payload cached per delivery. Each reader (planner, field app) has
 * its own sender, because the raster URL in the payload differs.
 */
export function createMapSender(
  deps: { db: Database; blobs: BlobStore },
  options: { backgroundUrl?: BackgroundUrl; cacheBytes?: number } = {},
) {
  const cache = createMapResponseCache(options.cacheBytes);
  return async (request: FastifyRequest, reply: FastifyReply, organisationId: string, meldingId: string) => {
    const melding = await currentDeliveryOf(deps.db, organisationId, meldingId);
    const etag = `"${payloadVersion}-${melding.deliveryId}"`;
    reply.header('etag', etag);
    reply.header('cache-control', 'private, no-cache');
    reply.header('vary', 'accept-encoding');
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      return reply.code(304).send();
    }
    const response = await cache.get(`${organisationId}/${melding.deliveryId}`, () =>
      loadMapData(deps.db, deps.blobs, organisationId, meldingId, melding, options.backgroundUrl),
    );
    reply.header('content-type', 'application/json; charset=utf-8');
    if (!acceptsGzip(request.headers['accept-encoding'])) return reply.send(response.json);
    reply.header('content-encoding', 'gzip');
    return reply.send(response.gzip);
  };
}
