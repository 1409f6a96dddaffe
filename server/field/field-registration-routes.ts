import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../infra/errors/app-error.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { sendImmutableFile } from '../klic/routes/immutable-file-reply.ts';
import { arrivedRegistrationSchema, ownRegistrationsSince } from './own-registrations.ts';
import { fieldAbortSchema, recordAbort } from './record-abort.ts';
import { fieldRegistrationSchema, recordRegistration } from './record-registration.ts';
import { abortBody, registrationBody } from './registration-input.ts';
import {
  addPhoto,
  ownRegistration,
  type PhotoDeps,
  photoMaxBytes,
  photoOf,
  photoSchema,
  photoTooLarge,
} from './registration-photos.ts';

const klicParams = z.object({ id: z.uuid() });
const registrationParams = z.object({ id: z.uuid() });
const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });
const photoQuery = z.object({ idempotencyKey: z.uuid() });
const sinceQuery = z.object({ since: z.iso.datetime({ offset: true }).optional() });
const access = { access: ['fieldWorker'] as const };
const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];
const thirtyDaysMs = 30 * 24 * 60 * 60 * 1000;

const unsupported = () => new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'field.photo_unsupported' });

/** What the field app sends: registrations, their photos, aborts; and what of it has arrived. */
export function fieldRegistrationRoutes(deps: PhotoDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // A photo is streamed straight into the blob store, never buffered or parsed.
    app.addContentTypeParser(photoContentTypes, (_request, payload, done) => done(null, payload));

    app.post(
      '/api/field/klics/:id/registrations',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: 'Records a proefsleuf, graafschade, afwijkende ligging or onbekend net (idempotent)',
          params: klicParams,
          body: registrationBody,
          response: {
            200: z.object({ registration: fieldRegistrationSchema }),
            201: z.object({ registration: fieldRegistrationSchema }),
          },
        },
      },
      async (request, reply) => {
        const { created, registration } = await recordRegistration(
          deps.db,
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.status(created ? 201 : 200).send({ registration });
      },
    );

    app.post(
      '/api/field/registrations/:id/photos',
      {
        config: access,
        bodyLimit: photoMaxBytes,
        // Before any byte of the body is read: the registration must be the worker's own, the body a raw photo.
        onRequest: async (request) => {
          const { id } = request.params as { id: string };
          if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND');
          await ownRegistration(deps.db, requireActor(request), id);
          const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
          if (!photoContentTypes.includes(type)) throw unsupported();
          if (Number(request.headers['content-length'] ?? 0) > photoMaxBytes) throw photoTooLarge();
        },
        schema: {
          tags: ['field'],
          summary: 'Adds a photo (JPEG, WebP, PNG; raw body) to a registration (idempotent)',
          params: registrationParams,
          querystring: photoQuery,
          response: { 200: z.object({ photo: photoSchema }), 201: z.object({ photo: photoSchema }) },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) throw unsupported();
        const { created, photo } = await addPhoto(deps, requireActor(request), request.params.id, {
          idempotencyKey: request.query.idempotencyKey,
          data: request.body,
        });
        return reply.status(created ? 201 : 200).send({ photo });
      },
    );

    app.get(
      '/api/field/registrations/:id/photos/:photoId',
      {
        config: access,
        schema: { tags: ['field'], summary: 'One photo of a registration', params: photoParams },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await ownRegistration(deps.db, actor, request.params.id);
        const photo = await photoOf(deps.db, actor.organisationId, request.params.id, request.params.photoId);
        return sendImmutableFile(request, reply, deps.blobs, {
          id: photo.id,
          blobKey: photo.blobKey,
          mediaType: photo.mediaType,
          disposition: 'inline',
        });
      },
    );

    app.get(
      '/api/field/registrations',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: "The worker's own registrations that arrived (default: the last 30 days)",
          querystring: sinceQuery,
          response: { 200: z.object({ registrations: z.array(arrivedRegistrationSchema) }) },
        },
      },
      async (request) => {
        const since = request.query.since
          ? new Date(request.query.since)
          : new Date(Date.now() - thirtyDaysMs);
        return { registrations: await ownRegistrationsSince(deps.db, requireActor(request), since) };
      },
    );

    app.post(
      '/api/field/klics/:id/abort',
      {
        config: access,
        schema: {
          tags: ['field'],
          summary: 'Aborts execution or site inspection with a reason of the organisation (idempotent)',
          params: klicParams,
          body: abortBody,
          response: {
            200: z.object({ abort: fieldAbortSchema }),
            201: z.object({ abort: fieldAbortSchema }),
          },
        },
      },
      async (request, reply) => {
        const { created, abort } = await recordAbort(
          deps.db,
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.status(created ? 201 : 200).send({ abort });
      },
    );
  };
}
