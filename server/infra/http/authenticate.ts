import { getSessionCookie } from 'better-auth/cookies';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Actor, loadActor } from '../../accounts/actor.ts';
import type { ActorCache } from '../../accounts/actor-cache.ts';
import { type Auth, authCookiePrefix } from '../../accounts/auth.ts';
import { pendingAccountStep } from '../../accounts/sign-in/two-factor-requirement.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { RouteAccess } from './route-access.ts';

export type DeclaredRoute = { method: string; url: string; access: RouteAccess };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for the authorization matrix test and docs. */
    routeAccess: DeclaredRoute[];
  }
}

/**
 * What a user who still has to replace their password may reach; a user admin who still has to set up
 * two-factor authentication reaches only /api/me (and better-auth's public /api/auth/* routes).
 */
const passwordStepRoutes = new Set(['GET /api/me', 'POST /api/account/password']);
const twoFactorStepRoutes = new Set(['GET /api/me']);

/**
 * Before anything else about a request is done: routes must declare their access; non-public routes need a session (401)
 * and, where rights are named, one of those rights (403). While the account has a step to take
 * (new password, two-factor set-up) other routes answer 403 with `fields.account` naming the step.
 * Handlers read `requireActor(request)`.
 */
export function registerAuthentication(
  app: FastifyInstance,
  auth: Auth,
  db: Database,
  cache: ActorCache,
): void {
  app.decorateRequest('actor', null);

  app.decorate('routeAccess', [] as DeclaredRoute[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeAccess.push({ method, url: route.url, access });
    }
  });

  // onRequest: before the body is parsed or validated, so a refused caller learns nothing about input.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const headers = fromNodeHeaders(request.headers);
    const token = getSessionCookie(headers, { cookiePrefix: authCookiePrefix });
    if (!token) throw new AppError('UNAUTHENTICATED');
    let actor = cache.get(token);
    if (!actor) {
      const { headers: responseHeaders, response } = await auth.api.getSession({
        headers,
        returnHeaders: true,
      });
      // better-auth refreshes its session cookies here from time to time: pass them on.
      const cookies = responseHeaders.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      if (!response) throw new AppError('UNAUTHENTICATED');
      actor = (await loadActor(db, response.session, response.user)) ?? undefined;
      if (!actor) throw new AppError('FORBIDDEN', { detail: 'user has no organisation or was removed' });
      cache.set(token, actor, response.session.expiresAt);
    }
    request.actor = actor;
    const step = pendingAccountStep(actor);
    const route = `${request.method} ${request.routeOptions.url}`;
    const stepRoutes = step === 'password_change_required' ? passwordStepRoutes : twoFactorStepRoutes;
    if (step && !stepRoutes.has(route)) {
      throw new AppError('FORBIDDEN', { fields: { account: step }, detail: `account step ${step}` });
    }
    if (!allows(access, actor)) throw new AppError('FORBIDDEN');
  });
}

function allows(access: Exclude<RouteAccess, 'public'>, actor: Actor): boolean {
  if (access === 'member') return true;
  if (access === 'platformOperator') return actor.platformOperator;
  return access.some((right) => actor.rights.includes(right));
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
