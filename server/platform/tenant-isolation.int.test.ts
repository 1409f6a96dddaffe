import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';

/**
 * The organisation boundary, for every API route: a user of another organisation, holding every right,
 * never reads, changes or even learns of this organisation's records. Routes with a path parameter need
 * a record of their kind below; a new route without one fails the first test until it gets one.
 */
let t: TestApp;
const marker = `geheim${randomUUID().slice(0, 8)}`;
const ours: Record<string, string> = {};
let outsider: string;
let ourAdmin: string;

/** Path parameters that are not tenant records, and why. */
const notTenantScoped = new Set([
  '/api/invitations/:token', // the secret token itself is the authorisation (public)
  '/api/invitations/:token/accept',
  '/api/announcements/:id', // platform-wide notices of the platform operator
]);

/** Which of our records each route's `:id` names. */
const recordFor = (url: string): string | undefined => {
  if (url.startsWith('/api/users/')) return ours.user;
  if (url.startsWith('/api/regions/')) return ours.region;
  if (url.startsWith('/api/mail/outbox/')) return ours.mail;
  return undefined;
};

/** A valid body for each changing route, so that the answer is about the record, not the input. */
const bodyFor = (method: string, url: string): object => {
  if (url.endsWith('/password'))
    return { password: 'Sleuven-graven-in-de-klei-2026', mustChangePassword: false };
  if (url.endsWith('/users') && method === 'PUT') return { userIds: [] };
  if (url.startsWith('/api/users/') && method === 'PATCH') return { firstName: 'Overgenomen' };
  if (url.startsWith('/api/regions/') && method === 'PATCH') return { name: 'Overgenomen' };
  return {};
};

const call = (method: string, url: string, cookie: string, payload?: object) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(method === 'GET' || method === 'DELETE' ? {} : { payload: payload ?? {} }),
  });

beforeAll(async () => {
  t = await createTestApp();
  const org = await aTestOrganisation(t.database.db, `Organisatie ${marker}`);
  ourAdmin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
  const region = await call('POST', '/api/regions', ourAdmin, { name: `Regio ${marker}` });
  ours.region = region.json().id;
  const user = await call('POST', '/api/users', ourAdmin, {
    username: `${marker}@example.test`,
    email: `${marker}@example.test`,
    firstName: 'Gerda',
    lastName: marker,
    kind: 'internal',
    rights: ['fieldWorker'],
    regionIds: [ours.region],
    setup: { mode: 'invite' },
  });
  expect(user.statusCode).toBe(201);
  ours.user = user.json().id;
  const mails = await call('GET', '/api/mail/outbox', ourAdmin);
  ours.mail = mails.json().items[0].id;

  const theirs = await aTestOrganisation(t.database.db);
  outsider = await logIn(
    t.app,
    await aTestUser(t.database.db, theirs, { rights: ['userAdmin', 'workPlanner', 'fieldWorker'] }),
  );
});
afterAll(() => t.close());

describe('another organisation, with every right', () => {
  it('has a record of ours to try for every route with a path parameter', () => {
    for (const route of t.app.routeAccess.filter((r) => r.url.includes('/:'))) {
      if (notTenantScoped.has(route.url)) continue;
      expect(recordFor(route.url), `${route.method} ${route.url}`).toBeDefined();
    }
  });

  it('gets 404 for each of our records, on every route, and changes nothing', async () => {
    const before = (await call('GET', `/api/users/${ours.user}`, ourAdmin)).json();
    for (const route of t.app.routeAccess.filter(
      (r) => r.url.includes('/:') && !notTenantScoped.has(r.url),
    )) {
      const url = route.url.replace(/:(\w+)/, recordFor(route.url) ?? '');
      const response = await call(route.method, url, outsider, bodyFor(route.method, route.url));
      expect(response.statusCode, `${route.method} ${url}`).toBe(404);
    }
    expect((await call('GET', `/api/users/${ours.user}`, ourAdmin)).json()).toEqual(before);
    const regions = (await call('GET', '/api/regions', ourAdmin)).json().items;
    expect(regions.map((r: { name: string }) => r.name)).toContain(`Regio ${marker}`);
  });

  it('never sees a trace of us in any list or overview', async () => {
    const lists = t.app.routeAccess.filter(
      (r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('*') && r.access !== 'public',
    );
    expect(lists.length).toBeGreaterThan(5);
    for (const route of lists) {
      const response = await call('GET', route.url, outsider);
      expect(response.statusCode, route.url).toBeLessThan(500);
      expect(response.body, route.url).not.toContain(marker);
    }
  });
});
