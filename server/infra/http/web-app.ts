import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

/**
 * Serves the built web apps (web/dist): the office app, and the field app under /veld (its own build in
 * web/dist/veld with its own index.html and service worker). Unknown non-API paths are answered with the
 * app's index.html so that the browser's router can show them; a missing built asset is a 404.
 */
const oneYearMs = 365 * 24 * 60 * 60 * 1000;
const fieldPrefix = '/veld';

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const fieldIndex = path.join('veld', 'index.html');
  const hasFieldApp = existsSync(path.join(distDir, fieldIndex));
  const fieldDir = path.join(distDir, 'veld') + path.sep;
  const assetDirs = [path.join(distDir, 'assets') + path.sep, path.join(fieldDir, 'assets') + path.sep];
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    // An unknown API path is an API error, not the web app.
    if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND');
    const pathname = request.url.split('?')[0] ?? '/';
    const decoded = decodedPath(pathname);
    if (decoded === null) throw new AppError('NOT_FOUND');
    const requested = path.join(distDir, decoded);
    const isAsset = assetDirs.some((dir) => requested.startsWith(dir));
    if (requested.startsWith(distDir + path.sep) && isFile(requested)) {
      // Built assets have content hashes in their names: cache them for a year.
      const file = path.relative(distDir, requested);
      if (isAsset) return reply.sendFile(file, { maxAge: oneYearMs, immutable: true });
      // The field app's service worker, manifest and icons keep their names: always ask again, so that
      // the phone notices a new release.
      if (requested.startsWith(fieldDir)) reply.header('cache-control', 'no-cache');
      return reply.sendFile(file, { cacheControl: false });
    }
    // A chunk of a replaced release: a page would make the browser report a wrong MIME type instead.
    if (isAsset) throw new AppError('NOT_FOUND');
    // The apps' own pages: always ask again, so that a new release is picked up.
    const isFieldPage = hasFieldApp && (pathname === fieldPrefix || pathname.startsWith(`${fieldPrefix}/`));
    return reply
      .header('cache-control', 'no-cache')
      .sendFile(isFieldPage ? fieldIndex : 'index.html', { cacheControl: false });
  });
  return true;
}

/** The path with its %-escapes decoded; null for a malformed escape (e.g. `%E0%A4%A`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}
