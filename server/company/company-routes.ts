import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../infra/db/database.ts';
import { helpdeskRoutes } from './helpdesk-routes.ts';
import { reasonListRoutes } from './reason-list-routes.ts';

/** "Mijn bedrijf": the organisation's reason lists and its own helpdesk. */
export function companyRoutes(db: Database): FastifyPluginAsync {
  return async (app) => {
    await app.register(reasonListRoutes(db));
    await app.register(helpdeskRoutes(db));
  };
}
