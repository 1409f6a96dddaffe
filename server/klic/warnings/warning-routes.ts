import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { updateWarningSettings } from './update-warning-settings.ts';
import { warningKinds } from './warning-model.ts';
import { getWarningSettings, recipientCandidates } from './warning-settings-repository.ts';
import { warningsOfOrganisation } from './warnings-of-organisation.ts';

const warningRow = z.object({
  kind: z.enum(warningKinds),
  meldingId: z.string(),
  meldnummer: z.string(),
  projectId: z.string().nullable(),
  projectNumber: z.string().nullable(),
  subProject: z.string().nullable(),
  expiresOn: z.string().nullable(),
  workdaysLeft: z.number().nullable(),
  startDate: z.string().nullable(),
  operators: z.array(z.string()),
});
const count = z.number();
const counts = z.object({ expiring: count, expired: count, partial: count, evOpen: count });

const settingsBody = z.object({
  expiringWithinWorkdays: z.number().int().min(1).max(20),
  recipientUserIds: z.array(z.string().min(1).max(100)).max(500),
});
const settingsReply = settingsBody.extend({
  candidates: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});

/** The KLIC warnings of the organisation and "Waarschuwingen instellen". */
export function klicWarningRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/warnings',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'KLICs expiring or expired, partial deliveries and open EVs shortly before the start',
          response: {
            200: z.object({
              today: z.string(),
              expiringWithinWorkdays: z.number(),
              warnings: z.array(warningRow),
              counts,
            }),
          },
        },
      },
      async (request) => warningsOfOrganisation(db, requireActor(request).organisationId),
    );

    app.get(
      '/api/klic/warning-settings',
      {
        config: { access: ['workPlanner', 'userAdmin'] },
        schema: {
          tags: ['klic'],
          summary: 'N (working days ahead) and the recipients of the daily digest, with who may receive it',
          response: { 200: settingsReply },
        },
      },
      async (request) => {
        const { organisationId } = requireActor(request);
        return {
          ...(await getWarningSettings(db, organisationId)),
          candidates: await recipientCandidates(db, organisationId),
        };
      },
    );

    app.put(
      '/api/klic/warning-settings',
      {
        config: { access: ['workPlanner', 'userAdmin'] },
        schema: {
          tags: ['klic'],
          summary: 'Sets N (1–20 working days) and the recipients (planners and user admins)',
          body: settingsBody,
          response: { 200: settingsReply },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return {
          ...(await updateWarningSettings(db, actor, request.body)),
          candidates: await recipientCandidates(db, actor.organisationId),
        };
      },
    );
  };
}
