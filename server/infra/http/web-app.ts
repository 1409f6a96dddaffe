import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * Serves the built web app (web/dist) and answers unknown non-API paths with index.html so that the
 * browser's router can show them.
 */
const oneYearMs = 365 * 24 * 60 * 60 * 1000;

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    // An unknown API path is an API error, not the web app.
    if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND');
    const requested = path.join(distDir, decodeURIComponent(request.url.split('?')[0] ?? '/'));
    if (requested.startsWith(distDir + path.sep) && existsSync(requested) && !requested.endsWith(path.sep)) {
      // Built assets have content hashes in their names: cache them for a year.
      const isAsset = requested.startsWith(path.join(distDir, 'assets') + path.sep);
      return reply.sendFile(
        path.relative(distDir, requested),
        isAsset ? { maxAge: oneYearMs, immutable: true } : { cacheControl: false },
      );
    }
    // The app's own pages: always ask again, so that a new release is picked up.
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
  return true;
}
