import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { languageFromHeader } from '../../infra/i18n/language.ts';
import { meldingWithSummary } from './current-summary.ts';
import { listRegistrations, registrationSchema } from './list-registrations.ts';
import { meldingFacts, meldingFactsSchema } from './melding-facts.ts';
import { operatorContacts, operatorContactsSchema } from './operator-contacts.ts';

const meldingParams = z.object({ id: z.uuid() });

/** What the page of one KLIC reads besides its deliveries: request facts, contacts, field registrations. */
export function klicMeldingInfoRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id/aanvraag',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'Dates (melding, Verloopdatum, start and end of the work) and details of the request',
          params: meldingParams,
          response: { 200: z.object({ aanvraag: meldingFactsSchema }) },
        },
      },
      async (request) => ({
        aanvraag: meldingFacts(
          await meldingWithSummary(db, requireActor(request).organisationId, request.params.id),
        ),
      }),
    );

    app.get(
      '/api/klic/meldingen/:id/contacts',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: "Klic contacten: each operator's contacts for net information, damage and the EV",
          params: meldingParams,
          response: { 200: z.object({ operators: z.array(operatorContactsSchema) }) },
        },
      },
      async (request) => {
        const { summary } = await meldingWithSummary(
          db,
          requireActor(request).organisationId,
          request.params.id,
        );
        return { operators: operatorContacts(summary) };
      },
    );

    app.get(
      '/api/klic/meldingen/:id/registrations',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'Preventie rapporten: the field registrations at the KLIC, newest first',
          params: meldingParams,
          response: { 200: z.object({ registrations: z.array(registrationSchema) }) },
        },
      },
      async (request) => {
        const organisationId = requireActor(request).organisationId;
        await meldingWithSummary(db, organisationId, request.params.id);
        const language = languageFromHeader(request.headers['accept-language']);
        return { registrations: await listRegistrations(db, organisationId, request.params.id, language) };
      },
    );
  };
}
