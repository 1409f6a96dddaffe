import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../infra/db/database.ts';
import type { BlobStore } from '../infra/files/index.ts';
import { fieldKlicRoutes } from './field-klic-routes.ts';
import { fieldRegistrationRoutes } from './field-registration-routes.ts';
import { plannerPhotoRoutes } from './planner-photo-routes.ts';

/** Every HTTP route of the field app's server side, and the planner's view of its photos. */
export function fieldRoutes(deps: { db: Database; blobs: BlobStore }): FastifyPluginAsync {
  return async (app) => {
    await app.register(fieldKlicRoutes(deps));
    await app.register(fieldRegistrationRoutes(deps));
    await app.register(plannerPhotoRoutes(deps));
  };
}
