import { getSessionCookie } from 'better-auth/cookies';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import type { ActorCache } from '../../accounts/actor-cache.ts';
import { type Auth, authCookiePrefix, clientIpHeader } from '../../accounts/auth.ts';
import type { AuthCall, AuthGuard } from '../../accounts/sign-in/auth-call.ts';
import { changePasswordGuard, resetPasswordGuard } from '../../accounts/sign-in/password-guards.ts';
import { throttledSignIn } from '../../accounts/sign-in/throttled-sign-in.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';

export type AuthHandlerDependencies = {
  auth: Auth;
  db: Database;
  cache: ActorCache;
  publicUrl: string;
};

const basePath = '/api/auth';

/**
 * The better-auth endpoints Veldwerk uses. better-auth serves many more (profile and e-mail changes,
 * session lists with tokens, organisation management, …) that would bypass Veldwerk's own rules and
 * logbook: over HTTP everything not listed here answers 404. Not even get-session: it hands the session
 * token to JavaScript, which the httpOnly cookie keeps from scripts (the apps read `/api/me`).
 */
export const exposedAuthEndpoints = new Set([
  'POST /sign-in/email',
  'POST /sign-in/username',
  'POST /sign-out',
  'POST /request-password-reset',
  'POST /reset-password',
  'POST /change-password',
  'POST /two-factor/enable',
  'POST /two-factor/disable',
  'POST /two-factor/get-totp-uri',
  'POST /two-factor/verify-totp',
  'POST /two-factor/verify-backup-code',
  'POST /two-factor/generate-backup-codes',
]);

/**
 * Hands `/api/auth/*` to better-auth (login, logout, session, password reset, two-factor). Its own
 * routes are documented by better-auth, not in Veldwerk's OpenAPI document. Around some of them
 * Veldwerk adds its rules: login throttling, the password policy and the logbook.
 */
export function registerAuthHandler(app: FastifyInstance, deps: AuthHandlerDependencies): void {
  const { auth, db, cache } = deps;
  const guards = new Map<string, AuthGuard>([
    ['POST /sign-in/email', throttledSignIn(db, 'email')],
    ['POST /sign-in/username', throttledSignIn(db, 'username')],
    ['POST /change-password', changePasswordGuard(auth, db, cache)],
    ['POST /reset-password', resetPasswordGuard(auth, db, cache)],
  ]);

  // better-auth reads the client's address (sessions, its rate limits) from this header only; set it
  // from Fastify's proxy-aware request.ip, replacing whatever the client sent.
  app.addHook('onRequest', async (request) => {
    request.headers[clientIpHeader] = request.ip;
  });

  app.route({
    method: ['GET', 'POST'],
    url: `${basePath}/*`,
    config: { access: 'public' },
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, deps.publicUrl);
      const headers = fromNodeHeaders(request.headers);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const call: AuthCall = {
        body: request.body,
        headers,
        query: url.searchParams,
        ip: request.ip,
        forward: () => auth.handler(new Request(url, { method: request.method, headers, body })),
      };
      const endpoint = `${request.method} ${url.pathname.slice(basePath.length)}`;
      if (!exposedAuthEndpoints.has(endpoint))
        throw new AppError('NOT_FOUND', { detail: `auth ${endpoint}` });
      const guard = guards.get(endpoint);
      const response = await (guard ? guard(call) : call.forward());

      if (response.status === 429) {
        // better-auth's own rate limit (e.g. two-factor codes): Veldwerk's answer and Retry-After.
        const seconds = Number(response.headers.get('x-retry-after')) || 60;
        throw new AppError('TOO_MANY_REQUESTS', { params: { seconds }, detail: 'better-auth rate limit' });
      }
      if (url.pathname === `${basePath}/sign-out`) {
        const token = getSessionCookie(headers, { cookiePrefix: authCookiePrefix });
        if (token) cache.invalidateToken(token);
      }
      reply.status(response.status);
      for (const [name, value] of response.headers) {
        if (name !== 'set-cookie') reply.header(name, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
    },
  });
}
