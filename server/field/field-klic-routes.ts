import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import type { BlobStore } from '../infra/files/index.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { attachmentDisposition } from '../klic/attachments/attachment-file-name.ts';
import { ownAttachmentRow } from '../klic/attachments/own-attachments.ts';
import { createMapSender } from '../klic/map/send-map.ts';
import {
  deliveryFileMediaType,
  deliveryFileName,
  downloadDisposition,
  sendImmutableFile,
  viewerDisposition,
} from '../klic/routes/immutable-file-reply.ts';
import { fieldKlicSchema, presentFieldKlics } from './field-klic.ts';
import { currentDeliveryFile, fieldDocumentSchema, fieldDocuments, fieldFileUrl } from './klic-documents.ts';
import { removeFromDevice } from './remove-from-device.ts';
import { workerKlic, workerKlicRows } from './worker-klic.ts';

const klicParams = z.object({ id: z.uuid() });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const access = { access: ['fieldWorker'] as const };

/** The field app's KLICs: the list on the device, one KLIC with its documents, its files and its map. */
export function fieldKlicRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsyncZod {
  const sendMap = createMapSender(deps, {
    backgroundUrl: ({ meldingId, fileId }) => fieldFileUrl(meldingId, fileId),
    cacheBytes: 32 * 1024 ** 2,
  });
  return async (app) => {
    app.get(
      '/api/field/klics',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: "The KLICs on the field worker's device",
          response: { 200: z.object({ klics: z.array(fieldKlicSchema) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const rows = await workerKlicRows(deps.db, actor);
        return { klics: await presentFieldKlics(deps.db, actor.organisationId, rows) };
      },
    );

    app.get(
      '/api/field/klics/:id',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: 'One KLIC of the worker with its documents',
          params: klicParams,
          response: {
            200: z.object({
              klic: fieldKlicSchema.extend({ documents: z.array(fieldDocumentSchema) }),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const row = await workerKlic(deps.db, actor, request.params.id);
        const [klic] = await presentFieldKlics(deps.db, actor.organisationId, [row]);
        return {
          klic: { ...(klic as NonNullable<typeof klic>), documents: await fieldDocuments(deps.db, row) },
        };
      },
    );

    app.get(
      '/api/field/klics/:id/files/:fileId',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: "A file of the KLIC's current delivery (letter, EV document, attachment, raster)",
          params: fileParams,
        },
      },
      async (request, reply) => {
        const klic = await workerKlic(deps.db, requireActor(request), request.params.id);
        const file = await currentDeliveryFile(deps.db, klic, request.params.fileId);
        const mediaType = deliveryFileMediaType(file.path);
        return sendImmutableFile(request, reply, deps.blobs, {
          id: file.id,
          blobKey: file.blobKey,
          mediaType,
          disposition: viewerDisposition(downloadDisposition(deliveryFileName(file.path)), mediaType),
        });
      },
    );

    app.get(
      '/api/field/klics/:id/attachments/:attachmentId',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: "One of the planner's own attachments",
          params: attachmentParams,
        },
      },
      async (request, reply) => {
        const { id, attachmentId } = request.params;
        const klic = await workerKlic(deps.db, requireActor(request), id);
        const row = await ownAttachmentRow(deps.db, klic.melding.organisationId, id, attachmentId);
        return sendImmutableFile(request, reply, deps.blobs, {
          id: row.id,
          blobKey: row.blobKey,
          mediaType: row.mediaType,
          disposition: viewerDisposition(attachmentDisposition(row.fileName), row.mediaType),
        });
      },
    );

    app.get(
      '/api/field/klics/:id/map',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: 'The map of a KLIC of the worker (as the office map; gzip, ETag per delivery)',
          params: klicParams,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await workerKlic(deps.db, actor, request.params.id);
        return sendMap(request, reply, actor.organisationId, request.params.id);
      },
    );

    app.post(
      '/api/field/klics/:id/remove',
      {
        config: access,
        schema: { tags: ['field'], summary: "Removes a KLIC from the worker's device", params: klicParams },
      },
      async (request, reply) => {
        await removeFromDevice(deps.db, requireActor(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
