import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { languageFromHeader, languages } from '../../infra/i18n/language.ts';
import { consentText } from '../consent-text.ts';
import { type ConsentState, consentChoices, findConsent, saveConsent } from '../notification-consent.ts';

const consentBody = z.object({
  choice: z.enum(consentChoices).nullable(),
  chosenAt: z.iso.datetime().nullable(),
});

const consentJson = (state: ConsentState) => ({
  choice: state.choice,
  chosenAt: state.chosenAt ? state.chosenAt.toISOString() : null,
});

/** "Blijf op de hoogte": the one-time choice to be informed about maintenance, outages and updates. */
export function notificationConsentRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications/consent-text',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: 'The exact text of the consent dialog; the one stored with the choice',
          querystring: z.object({ language: z.enum(languages).optional() }),
          response: { 200: z.object({ text: z.string(), version: z.string() }) },
        },
      },
      async (request) =>
        consentText(request.query.language ?? languageFromHeader(request.headers['accept-language'])),
    );

    app.get(
      '/api/notifications/consent',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: "The user's choice; null when they have not chosen yet",
          response: { 200: consentBody },
        },
      },
      async (request) => consentJson(await findConsent(db, requireActor(request).userId)),
    );

    app.put(
      '/api/notifications/consent',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: 'Stores the choice with the text shown in that language and the time (GDPR)',
          body: z.strictObject({ choice: z.enum(consentChoices), language: z.enum(languages) }),
          response: { 200: consentBody },
        },
      },
      async (request) => {
        const by = { actor: requireActor(request), ipAddress: request.ip };
        return consentJson(await saveConsent(db, by, request.body.choice, request.body.language));
      },
    );
  };
}
