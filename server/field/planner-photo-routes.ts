import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fieldRegistration } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { sendImmutableFile } from '../klic/routes/immutable-file-reply.ts';
import { type PhotoDeps, photoOf } from './registration-photos.ts';

const photoParams = z.object({ id: z.uuid(), registrationId: z.uuid(), photoId: z.uuid() });

/** "Preventie rapporten": the planner sees the photos of the registrations at a KLIC of the organisation. */
export function plannerPhotoRoutes(deps: PhotoDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id/registrations/:registrationId/photos/:photoId',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'One photo of a field registration at the KLIC',
          params: photoParams,
        },
      },
      async (request, reply) => {
        const { organisationId } = requireActor(request);
        const { id, registrationId, photoId } = request.params;
        const [registration] = await deps.db
          .select({ id: fieldRegistration.id })
          .from(fieldRegistration)
          .where(
            and(
              eq(fieldRegistration.id, registrationId),
              eq(fieldRegistration.meldingId, id),
              eq(fieldRegistration.organisationId, organisationId),
            ),
          );
        if (!registration) throw new AppError('NOT_FOUND');
        const photo = await photoOf(deps.db, organisationId, registrationId, photoId);
        return sendImmutableFile(request, reply, deps.blobs, {
          id: photo.id,
          blobKey: photo.blobKey,
          mediaType: photo.mediaType,
          disposition: 'inline',
        });
      },
    );
  };
}
