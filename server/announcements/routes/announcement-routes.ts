import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../infra/db/database.ts';
import type { PushQueue } from '../push-queue.ts';
import { announcementListRoutes } from './announcement-list-routes.ts';
import { announcementPublishRoutes } from './announcement-publish-routes.ts';
import { notificationConsentRoutes } from './notification-consent-routes.ts';
import { publicAnnouncementRoutes } from './public-announcement-routes.ts';
import { pushSubscriptionRoutes } from './push-subscription-routes.ts';

/**
 * Announcements of the platform operator and the users' notification choice. Without `jobs` (API tests)
 * announcements are stored and listed but not pushed.
 */
export function announcementRoutes(deps: {
  db: Database;
  jobs?: PushQueue | undefined;
}): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(publicAnnouncementRoutes(deps.db));
    await app.register(announcementListRoutes(deps.db));
    await app.register(
      announcementPublishRoutes(deps.jobs ? { db: deps.db, jobs: deps.jobs } : { db: deps.db }),
    );
    await app.register(notificationConsentRoutes(deps.db));
    await app.register(pushSubscriptionRoutes(deps.db));
  };
}
