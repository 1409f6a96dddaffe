import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { changeFieldWorkers, releaseMeldingen } from './change-field-workers.ts';
import { fieldWorkersBody, meldingTexts, meldingTextsBody, releaseBody } from './manage-schemas.ts';
import { updateMeldingTexts } from './update-melding-texts.ts';

const access = { access: ['workPlanner'] } as const;

/** "Klics beheren": a KLIC's texts, its field workers, and giving it back to workers who removed it. */
export function klicManageRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/api/klic/meldingen/:id',
      {
        config: access,
        schema: {
          tags: ['klic'],
          summary: 'Wijzigen: the toelichting (shown in the field app) and the extra free field of a KLIC',
          params: z.object({ id: z.uuid() }),
          body: meldingTextsBody,
          response: { 200: z.object({ melding: meldingTexts }) },
        },
      },
      async (request) => ({
        melding: await updateMeldingTexts(db, requireActor(request), request.params.id, request.body),
      }),
    );

    app.post(
      '/api/klic/meldingen/field-workers',
      {
        config: access,
        schema: {
          tags: ['klic'],
          summary: 'Veldmedewerker(s) toewijzen / loskoppelen: assigns or unassigns the KLICs (all or none)',
          body: fieldWorkersBody,
          response: { 200: z.object({ changed: z.number() }) },
        },
      },
      async (request) => changeFieldWorkers(db, requireActor(request), request.body),
    );

    app.post(
      '/api/klic/meldingen/release',
      {
        config: access,
        schema: {
          tags: ['klic'],
          summary: 'Klics vrijgeven: puts the KLICs back on the devices of the workers who removed them',
          body: releaseBody,
          response: { 200: z.object({ released: z.number() }) },
        },
      },
      async (request) => releaseMeldingen(db, requireActor(request), request.body),
    );
  };
}
