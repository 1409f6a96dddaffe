import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { organization } from '../../infra/db/schema/index.ts';
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
});

/** Who am I: the logged-in user, their organisation, rights, visible regions and abilities for the UI. */
export function meRoutes(db: Database): FastifyPluginAsyncZod {
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
        return {
          user: { id: actor.userId, name: actor.name, email: actor.email },
          organisation: org ?? { id: actor.organisationId, name: '' },
          rights: actor.rights,
          regions: await visibleRegions(db, actor),
          abilities: abilitiesOf(actor),
        };
      },
    );

    app.get(
      '/api/regions',
      {
        config: { access: 'member' },
        schema: {
          tags: ['accounts'],
          summary: 'The regions the user may see',
          response: { 200: z.object({ items: z.array(region) }) },
        },
      },
      async (request) => ({ items: await visibleRegions(db, requireActor(request)) }),
    );
  };
}
