import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { klicDelivery, klicDeliveryFile, klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { meldingDetail, meldingDetailSchema } from '../meldingen/melding-detail.ts';
import {
  downloadDisposition as attachment,
  deliveryFileMediaType,
  deliveryFileName,
  sendImmutableFile,
} from './immutable-file-reply.ts';

const meldingParams = z.object({ id: z.uuid() });
const deliveryParams = z.object({ id: z.uuid() });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

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
        return sendImmutableFile(request, reply, deps.blobs, {
          id: file.id,
          blobKey: file.blobKey,
          mediaType: deliveryFileMediaType(file.path),
          disposition: attachment(deliveryFileName(file.path)),
        });
      },
    );
  };
}
