import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { notificationConsent, organization } from '../../infra/db/schema/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { abilitiesOf } from '../policies.ts';
import { visibleRegions } from '../regions-repository.ts';
import { rights } from '../rights.ts';

const region = z.object({ id: z.string(), name: z.string() });

const meBody = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  organisation: z.object({ id: z.string(), name: z.string() }),
  rights: z.array(z.enum(rights)),
  regions: z.array(region),
  abilities: z.record(z.string(), z.boolean()),
  /** The admin set this password: until it is replaced, only /api/me and the password change answer. */
  mustChangePassword: z.boolean(),
  /** `required`: the organisation requires two-factor authentication of user admins, and this user is one. */
  twoFactor: z.object({ enabled: z.boolean(), required: z.boolean() }),
  /** The user's answer to "keep me informed"; null until they chose. */
  notifications: z.object({ choice: z.enum(['informed', 'declined']).nullable() }),
  /** Instance settings of the map: the online background (PDOK) exists only when configured. */
  map: z.object({ onlineBackgroundUrl: z.string().nullable() }),
});

/** Who am I: the logged-in user, their organisation, rights, visible regions and abilities for the UI. */
export function meRoutes(
  db: Database,
  settings: { mapOnlineBackgroundUrl?: string | undefined } = {},
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/me',
      {
        config: { access: 'member' },
        schema: { tags: ['accounts'], summary: 'The logged-in user', response: { 200: meBody } },
      },
      async (request) => {
        const actor = requireActor(request);
        const [org] = await db
          .select({ id: organization.id, name: organization.name })
          .from(organization)
          .where(eq(organization.id, actor.organisationId));
        const [consent] = await db
          .select({ choice: notificationConsent.choice })
          .from(notificationConsent)
          .where(eq(notificationConsent.userId, actor.userId));
        return {
          user: { id: actor.userId, name: actor.name, email: actor.email },
          organisation: org ?? { id: actor.organisationId, name: '' },
          rights: actor.rights,
          regions: await visibleRegions(db, actor),
          abilities: abilitiesOf(actor),
          mustChangePassword: actor.mustChangePassword,
          twoFactor: { enabled: actor.twoFactorEnabled, required: actor.twoFactorRequired },
          notifications: { choice: consent?.choice ?? null },
          map: { onlineBackgroundUrl: settings.mapOnlineBackgroundUrl ?? null },
        };
      },
    );
  };
}
