import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { acceptsGzip } from './accept-encoding.ts';
import { currentDeliveryOf, loadMapData } from './load-map-data.ts';
import { createMapResponseCache } from './map-response-cache.ts';

const meldingParams = z.object({ id: z.uuid() });

/** Changes when the payload's shape changes, so that browsers drop maps cached by an older release. */
const payloadVersion = 'map1';

/** The map of a KLIC: its current delivery's features, operators, request polygons and background raster. */
export function klicMapRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  const cache = createMapResponseCache();
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id/map',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary:
            'Everything the map of a KLIC needs from its current delivery (RD New); gzip, ETag per delivery',
          params: meldingParams,
        },
      },
      async (request, reply) => {
        const { organisationId } = requireActor(request);
        const melding = await currentDeliveryOf(deps.db, organisationId, request.params.id);
        const etag = `"${payloadVersion}-${melding.deliveryId}"`;
        reply.header('etag', etag);
        reply.header('cache-control', 'private, no-cache');
        reply.header('vary', 'accept-encoding');
        if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
          return reply.code(304).send();
        }
        const response = await cache.get(`${organisationId}/${melding.deliveryId}`, () =>
          loadMapData(deps.db, deps.blobs, organisationId, request.params.id, melding),
        );
        reply.header('content-type', 'application/json; charset=utf-8');
        if (!acceptsGzip(request.headers['accept-encoding'])) return reply.send(response.json);
        reply.header('content-encoding', 'gzip');
        return reply.send(response.gzip);
      },
    );
  };
}
