import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fromNodeHeaders } from 'better-auth/node';
import { type Actor, loadActor } from '../../accounts/actor.ts';
import type { Auth } from '../../accounts/auth.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { RouteAccess } from './route-access.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Before any handler runs: routes must declare their access; non-public routes need a session (401)
 * and, where rights are named, one of those rights (403). Handlers read `requireActor(request)`.
 */
export function registerAuthentication(app: FastifyInstance, auth: Auth, db: Database): void {
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/');
    if (isApi && route.config?.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    }
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const result = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    if (!result) throw new AppError('UNAUTHENTICATED');
    const actor = await loadActor(db, result.session, result.user);
    if (!actor) throw new AppError('FORBIDDEN', { detail: 'user has no organisation' });
    request.actor = actor;
    if (!allows(access, actor)) throw new AppError('FORBIDDEN');
  });
}

function allows(access: Exclude<RouteAccess, 'public'>, actor: Actor): boolean {
  if (access === 'member') return true;
  return access.some((right) => actor.rights.includes(right));
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
