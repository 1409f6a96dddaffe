import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { klicDelivery, klicDeliveryFile, klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { meldingDetail, meldingDetailSchema } from '../meldingen/melding-detail.ts';

const meldingParams = z.object({ id: z.uuid() });
const deliveryParams = z.object({ id: z.uuid() });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  html: 'text/plain; charset=utf-8',
};

const immutableFileCaching = 'private, max-age=604800, immutable';

/** A download: the stored file under a safe name; HTML is served as text so that it never runs in our origin. */
function attachment(fileName: string): string {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A melding's deliveries and their files: the original ZIP, the letter, EV documents, attachments, raster. */
export function klicFileRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'One KLIC-melding with all its deliveries and their files',
          params: meldingParams,
          response: { 200: z.object({ melding: meldingDetailSchema }) },
        },
      },
      async (request) => ({
        melding: await meldingDetail(deps.db, requireActor(request).organisationId, request.params.id),
      }),
    );

    app.get(
      '/api/klic/meldingen/:id/receipt',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The Kadaster receipt PDF (Ontvangstbevestiging)',
          params: meldingParams,
        },
      },
      async (request, reply) => {
        const [melding] = await deps.db
          .select({ meldnummer: klicMelding.meldnummer, key: klicMelding.receiptBlobKey })
          .from(klicMelding)
          .where(
            and(
              eq(klicMelding.id, request.params.id),
              eq(klicMelding.organisationId, requireActor(request).organisationId),
            ),
          );
        if (!melding?.key) throw new AppError('NOT_FOUND');
        reply.header('content-type', 'application/pdf');
        reply.header('content-disposition', attachment(`Ontvangstbevestiging_${melding.meldnummer}.pdf`));
        return reply.send(await deps.blobs.get(melding.key));
      },
    );

    app.get(
      '/api/klic/deliveries/:id/zip',
      {
        config: { access: ['workPlanner'] },
        schema: { tags: ['klic'], summary: 'The original delivery ZIP as received', params: deliveryParams },
      },
      async (request, reply) => {
        const [delivery] = await deps.db
          .select({
            key: klicDelivery.zipBlobKey,
            volgnummer: klicDelivery.volgnummer,
            meldnummer: klicMelding.meldnummer,
          })
          .from(klicDelivery)
          .innerJoin(klicMelding, eq(klicMelding.id, klicDelivery.meldingId))
          .where(
            and(
              eq(klicDelivery.id, request.params.id),
              eq(klicDelivery.organisationId, requireActor(request).organisationId),
            ),
          );
        if (!delivery) throw new AppError('NOT_FOUND');
        reply.header('content-type', 'application/zip');
        reply.header(
          'content-disposition',
          attachment(`Levering_${delivery.meldnummer}_${delivery.volgnummer}.zip`),
        );
        return reply.send(await deps.blobs.get(delivery.key));
      },
    );

    app.get(
      '/api/klic/deliveries/:id/files/:fileId',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'One file of a delivery (PDF, background raster)',
          params: fileParams,
        },
      },
      async (request, reply) => {
        const [file] = await deps.db
          .select()
          .from(klicDeliveryFile)
          .where(
            and(
              eq(klicDeliveryFile.id, request.params.fileId),
              eq(klicDeliveryFile.deliveryId, request.params.id),
              eq(klicDeliveryFile.organisationId, requireActor(request).organisationId),
            ),
          );
        if (!file) throw new AppError('NOT_FOUND');
        // A stored delivery file never changes: the browser keeps it (only for this user, a week) and
        // afterwards asks again by ETag, answered without reading the blob. Checked after the access check.
        const etag = `"${file.id}"`;
        reply.header('etag', etag);
        reply.header('cache-control', immutableFileCaching);
        if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
        const extension = file.path.slice(file.path.lastIndexOf('.') + 1).toLowerCase();
        reply.header('content-type', mediaTypes[extension] ?? 'application/octet-stream');
        reply.header('content-disposition', attachment(file.path.slice(file.path.lastIndexOf('/') + 1)));
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(await deps.blobs.get(file.blobKey));
      },
    );
  };
}
