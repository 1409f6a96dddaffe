import { getSessionCookie } from 'better-auth/cookies';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import type { ActorCache } from '../../accounts/actor-cache.ts';
import { type Auth, authCookiePrefix } from '../../accounts/auth.ts';

/**
 * Hands `/api/auth/*` to better-auth (login, logout, session). Its own routes are documented by
 * better-auth, not in Veldwerk's OpenAPI document.
 */
export function registerAuthHandler(
  app: FastifyInstance,
  auth: Auth,
  cache: ActorCache,
  publicUrl: string,
): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { access: 'public' },
    schema: { hide: true },
    async handler(request, reply) {
      const url = new URL(request.url, publicUrl);
      const headers = fromNodeHeaders(request.headers);
      const body = request.body === undefined ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers, body }));
      if (url.pathname === '/api/auth/sign-out') {
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
