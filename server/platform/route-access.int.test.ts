import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rights } from '../accounts/rights.ts';
import type { RouteAccess } from '../infra/http/route-access.ts';
import { aPlatformOperator, aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';

/**
 * The authorization matrix: every API route × no session × each right on its own. New routes are
 * covered automatically: each declares its access, and an undeclared route stops the app from starting.
 */
let t: TestApp;
const cookies = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  for (const right of rights) {
    cookies.set(right, await logIn(t.app, await aTestUser(t.database.db, org, { rights: [right] })));
  }
  cookies.set('platformOperator', await logIn(t.app, await aPlatformOperator(t.database.db, org)));
});

const subjects = [...rights, 'platformOperator'] as const;

function isAllowed(access: RouteAccess, subject: (typeof subjects)[number]): boolean {
  if (access === 'member') return true;
  if (access === 'platformOperator') return subject === 'platformOperator';
  return (access as readonly string[]).includes(subject);
}
afterAll(() => t.close());

/** Routes anyone may call without logging in: adding one must be a conscious change of this list. */
const publicRoutes = [
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/auth/*',
  'POST /api/auth/*',
  // The token in the path is the secret of an invitation link.
  'GET /api/invitations/:token',
  'POST /api/invitations/:token/accept',
  // /updates/onderhoud and /updates/storing are public pages.
  'GET /api/public/announcements',
];

const call = (method: string, url: string, cookie?: string) =>
  t.app.inject({
    method: method as 'GET',
    url: url.replace(/:(\w+)/g, () => randomUUID()),
    headers: { origin: testPublicUrl, ...(cookie ? { cookie } : {}) },
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
  });

describe('every API route', () => {
  it('is public only when it is on the list of public routes', () => {
    const declaredPublic = t.app.routeAccess
      .filter((route) => route.access === 'public')
      .map((route) => `${route.method} ${route.url}`);
    expect(declaredPublic.sort()).toEqual([...publicRoutes].sort());
  });

  it('answers 401 to a caller without a session', async () => {
    for (const route of t.app.routeAccess.filter((r) => r.access !== 'public')) {
      const response = await call(route.method, route.url);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('answers 403 to a user without the right the route needs (each right, and the platform operator), and lets the others in', async () => {
    for (const route of t.app.routeAccess.filter((r) => r.access !== 'public')) {
      for (const subject of subjects) {
        const response = await call(route.method, route.url, cookies.get(subject));
        const allowed = isAllowed(route.access, subject);
        const label = `${route.method} ${route.url} as ${subject}`;
        if (allowed) {
          expect([401, 403], label).not.toContain(response.statusCode);
          expect(response.statusCode, label).toBeLessThan(500);
        } else expect(response.statusCode, label).toBe(403);
      }
    }
  });
});
