import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../infra/errors/app-error.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { meldingWithSummary } from '../melding-info/current-summary.ts';
import { attachmentDisposition } from './attachment-file-name.ts';
import {
  type AttachmentDeps,
  addOwnAttachment,
  attachmentTooLarge,
  listOwnAttachments,
  ownAttachmentMaxBytes,
  ownAttachmentRow,
  ownAttachmentSchema,
  removeOwnAttachment,
} from './own-attachments.ts';

const meldingParams = z.object({ id: z.uuid() });
const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const uploadQuery = z.object({ name: z.string().min(1).max(500) });

const unsupported = () => new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.attachment_unsupported' });

/** "Eigen bijlage(n)": the planner's own Word, PDF, TIF and JPG files on a KLIC. */
export function klicAttachmentRoutes(deps: AttachmentDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // The body is streamed straight into the blob store, never buffered or parsed.
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    app.get(
      '/api/klic/meldingen/:id/attachments',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The own attachments of a KLIC, newest first',
          params: meldingParams,
          response: { 200: z.object({ attachments: z.array(ownAttachmentSchema) }) },
        },
      },
      async (request) => {
        const organisationId = requireActor(request).organisationId;
        await meldingWithSummary(deps.db, organisationId, request.params.id);
        return { attachments: await listOwnAttachments(deps.db, organisationId, request.params.id) };
      },
    );

    app.post(
      '/api/klic/meldingen/:id/attachments',
      {
        config: { access: ['workPlanner'] },
        bodyLimit: ownAttachmentMaxBytes,
        // Before any byte of the body is read: the melding must be ours, the body a raw file of fitting size.
        onRequest: async (request) => {
          const { id } = request.params as { id: string };
          if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND');
          await meldingWithSummary(deps.db, requireActor(request).organisationId, id);
          if (!request.headers['content-type']?.startsWith('application/octet-stream')) throw unsupported();
          if (Number(request.headers['content-length'] ?? 0) > ownAttachmentMaxBytes)
            throw attachmentTooLarge();
        },
        schema: {
          tags: ['klic'],
          summary: 'Adds an own attachment (Word, PDF, TIF, JPG) sent as the raw request body',
          params: meldingParams,
          querystring: uploadQuery,
          response: { 201: z.object({ attachment: ownAttachmentSchema }) },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) throw unsupported();
        const attachment = await addOwnAttachment(deps, requireActor(request), request.params.id, {
          name: request.query.name,
          data: request.body,
        });
        return reply.status(201).send({ attachment });
      },
    );

    app.get(
      '/api/klic/meldingen/:id/attachments/:attachmentId/file',
      {
        config: { access: ['workPlanner'] },
        schema: { tags: ['klic'], summary: 'Downloads one own attachment', params: attachmentParams },
      },
      async (request, reply) => {
        const { id, attachmentId } = request.params;
        const row = await ownAttachmentRow(deps.db, requireActor(request).organisationId, id, attachmentId);
        reply.header('content-type', row.mediaType);
        reply.header('content-disposition', attachmentDisposition(row.fileName));
        reply.header('x-content-type-options', 'nosniff');
        return reply.send(await deps.blobs.get(row.blobKey));
      },
    );

    app.delete(
      '/api/klic/meldingen/:id/attachments/:attachmentId',
      {
        config: { access: ['workPlanner'] },
        schema: { tags: ['klic'], summary: 'Removes one own attachment', params: attachmentParams },
      },
      async (request, reply) => {
        const { id, attachmentId } = request.params;
        await removeOwnAttachment(deps, requireActor(request), id, attachmentId);
        return reply.status(204).send();
      },
    );
  };
}
