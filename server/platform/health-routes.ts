import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../infra/db/database.ts';

const healthBody = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['ok', 'unreachable']),
  databaseKind: z.enum(['pglite', 'postgres']),
});

/** `/api/health` answers 200 while the database answers, 503 while it does not (no restart needed). */
export function healthRoutes(database: DatabaseHandle): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          tags: ['platform'],
          summary: 'Liveness and database reachability',
          response: { 200: healthBody, 503: healthBody },
        },
      },
      async (request, reply) => {
        try {
          await withTimeout(database.ping(), 2_000);
          return { status: 'ok' as const, database: 'ok' as const, databaseKind: database.kind };
        } catch (error) {
          request.log.warn({ err: error }, 'database unreachable');
          return reply
            .status(503)
            .send({ status: 'unavailable', database: 'unreachable', databaseKind: database.kind });
        }
      },
    );
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
