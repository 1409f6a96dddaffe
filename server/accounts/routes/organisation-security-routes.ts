import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { member } from '../../infra/db/schema/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import type { ActorCache } from '../actor-cache.ts';
import { getSecuritySettings, saveSecuritySettings } from '../sign-in/two-factor-requirement.ts';

const securitySettings = z.object({ requireTwoFactorForAdmins: z.boolean() });

/** "Mijn bedrijf → Beveiliging": whether user admins must use two-factor authentication. */
export function organisationSecurityRoutes(db: Database, cache: ActorCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisation/security',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: "The organisation's security settings",
          response: { 200: securitySettings },
        },
      },
      async (request) => getSecuritySettings(db, requireActor(request).organisationId),
    );

    app.put(
      '/api/organisation/security',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: "Changes the organisation's security settings",
          body: securitySettings,
          response: { 200: securitySettings },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const saved = await saveSecuritySettings(db, actor, request.body, request.ip);
        // The requirement is part of every member's cached actor: take effect now on this instance.
        const members = await db
          .select({ userId: member.userId })
          .from(member)
          .where(eq(member.organizationId, actor.organisationId));
        for (const { userId } of members) cache.invalidateUser(userId);
        return saved;
      },
    );
  };
}
