import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { createMapSender } from './send-map.ts';

const meldingParams = z.object({ id: z.uuid() });

/** The map of a KLIC: its current delivery's features, operators, request polygons and background raster. */
export function klicMapRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  const sendMap = createMapSender(deps);
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
      async (request, reply) =>
        sendMap(request, reply, requireActor(request).organisationId, request.params.id),
    );
  };
}
