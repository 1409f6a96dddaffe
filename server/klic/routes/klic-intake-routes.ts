import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../infra/errors/app-error.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { languageFromHeader } from '../../infra/i18n/language.ts';
import { acceptIntake, uploadTooLarge } from '../intake/accept-intake.ts';
import { listIntakes } from '../intake/intake-repository.ts';
import type { KlicIntakeDeps } from '../intake/klic-intake-deps.ts';
import { intakeSchema, presentIntake } from './intake-presenter.ts';
import '../intake/intake-messages.ts';

const uploadQuery = z.object({ name: z.string().min(1).max(500) });
const intakeParams = z.object({ id: z.uuid() });

/** "Klics uploaden": files in (ZIP deliveries and Kadaster mails) and what became of them. */
export function klicIntakeRoutes(deps: KlicIntakeDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // The body is streamed straight into the blob store (no 1 MB JSON limit, no buffering in memory).
    app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    app.post(
      '/api/klic/uploads',
      {
        config: { access: ['workPlanner'] },
        bodyLimit: deps.settings.maxUploadBytes,
        // Refuse other content types before Fastify would read (and parse) their body.
        onRequest: async (request) => {
          if (!request.headers['content-type']?.startsWith('application/octet-stream')) {
            throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.upload_unsupported' });
          }
        },
        schema: {
          tags: ['klic'],
          summary: 'Uploads one KLIC delivery ZIP or Kadaster mail (.eml/.msg) as the raw request body',
          querystring: uploadQuery,
          response: { 202: z.object({ intake: intakeSchema }) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const declared = Number(request.headers['content-length'] ?? 0);
        if (declared > deps.settings.maxUploadBytes) throw uploadTooLarge(deps.settings.maxUploadBytes);
        // Only the raw body parser hands over a stream; JSON or text parsed by Fastify is no file.
        if (!(request.body instanceof Readable))
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.upload_unsupported' });
        const intake = await acceptIntake(deps, {
          organisationId: actor.organisationId,
          userId: actor.userId,
          source: 'upload',
          fileName: request.query.name,
          data: request.body,
        });
        const [row] = await listIntakes(deps.db, actor.organisationId, { id: intake.id });
        const language = languageFromHeader(request.headers['accept-language']);
        return reply.status(202).send({ intake: presentIntake(row as NonNullable<typeof row>, language) });
      },
    );

    app.get(
      '/api/klic/intakes',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The last 100 intakes of the organisation, newest first',
          response: { 200: z.object({ intakes: z.array(intakeSchema) }) },
        },
      },
      async (request) => {
        const language = languageFromHeader(request.headers['accept-language']);
        const rows = await listIntakes(deps.db, requireActor(request).organisationId);
        return { intakes: rows.map((row) => presentIntake(row, language)) };
      },
    );

    app.get(
      '/api/klic/intakes/:id',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'One intake with its status, outcome or error',
          params: intakeParams,
          response: { 200: z.object({ intake: intakeSchema }) },
        },
      },
      async (request) => {
        const language = languageFromHeader(request.headers['accept-language']);
        const [row] = await listIntakes(deps.db, requireActor(request).organisationId, {
          id: request.params.id,
        });
        if (!row) throw new AppError('NOT_FOUND');
        return { intake: presentIntake(row, language) };
      },
    );
  };
}
