import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTestOrganisation, aTestUser, logIn } from '../testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('cross-site request forgery', () => {
  const rules = { goedeVrijdag: true, bevrijdingsdag: 'always', extraClosedDays: [] };

  it('refuses a state-changing request with the session cookie from another origin or none', async () => {
    const org = await aTestOrganisation(t.database.db);
    const cookie = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
    for (const headers of [
      { cookie, origin: 'https://evil.example' },
      { cookie, referer: 'https://evil.example/form.html' },
      { cookie },
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/organisation/holiday-rules',
        headers,
        payload: rules,
      });
      expect(response.statusCode).toBe(403);
    }
    const unchanged = await t.app.inject({
      method: 'GET',
      url: '/api/organisation/holidays',
      headers: { cookie },
    });
    expect(unchanged.json().rules.goedeVrijdag).toBe(false);
  });

  it('accepts the same request from our own origin or referer', async () => {
    const org = await aTestOrganisation(t.database.db);
    const cookie = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
    for (const headers of [
      { cookie, origin: testPublicUrl },
      { cookie, referer: `${testPublicUrl}/mijn-bedrijf` },
    ]) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/organisation/holiday-rules',
        headers,
        payload: rules,
      });
      expect(response.statusCode).toBe(200);
    }
  });
});
