import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: a state-changing request that carries cookies must come from our own
 * origin (Origin header, or Referer when a browser omits Origin). Together with SameSite=Lax session
 * cookies this refuses forms and scripts on other sites. better-auth checks its own routes the same way.
 */
export function registerCsrfCheck(app: FastifyInstance, publicUrl: string): void {
  const ownOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || !request.headers.cookie) return;
    if (request.url.startsWith('/api/auth/')) return;
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    if (origin !== ownOrigin) {
      throw new AppError('FORBIDDEN', {
        detail: `cross-site request refused (origin ${origin ?? 'missing'})`,
      });
    }
  });
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
