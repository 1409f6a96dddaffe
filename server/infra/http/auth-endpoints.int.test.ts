import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../testing/test-app.ts';
import { exposedAuthEndpoints } from './auth-handler.ts';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db);
  cookie = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
});
afterAll(() => t.close());

/** Every endpoint better-auth has, as `METHOD /path`, read from its own API object. */
function allAuthEndpoints(): string[] {
  const endpoints = Object.values(
    t.auth.api as Record<string, { path?: string; options?: { method?: unknown } }>,
  );
  return endpoints.flatMap((endpoint) => {
    if (!endpoint.path) return [];
    const methods = [endpoint.options?.method ?? 'GET']
      .flat()
      .filter((m): m is string => typeof m === 'string');
    return methods.filter((m) => m !== '*').map((method) => `${method} ${endpoint.path}`);
  });
}

describe("better-auth's endpoints over HTTP", () => {
  it('are reachable only when Veldwerk lists them; the rest answer 404 even for a user admin', async () => {
    const endpoints = allAuthEndpoints();
    expect(endpoints.length).toBeGreaterThan(40);
    for (const endpoint of endpoints) {
      if (exposedAuthEndpoints.has(endpoint)) continue;
      const [method, path] = endpoint.split(' ') as [string, string];
      const response = await t.app.inject({
        method: method as 'GET',
        url: `/api/auth${path.replace(/:(\w+)/g, 'x')}`,
        headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { payload: {} }),
      });
      expect(response.statusCode, endpoint).toBe(404);
    }
  });

  it('every listed endpoint exists in better-auth', () => {
    const endpoints = new Set(allAuthEndpoints());
    for (const endpoint of exposedAuthEndpoints) expect(endpoints.has(endpoint), endpoint).toBe(true);
  });
});
