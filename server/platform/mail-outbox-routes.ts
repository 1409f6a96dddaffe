import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../infra/db/database.ts';

/** Placeholder replaced by the mail outbox routes (issue 2, mail). */
export function mailOutboxRoutes(_db: Database): FastifyPluginAsyncZod {
  return async () => {};
}
