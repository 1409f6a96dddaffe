import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { aPlanner } from '../intake/testing/klic-intake-testkit.ts';

// An instance as in production: IMAP servers inside private networks are not allowed.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ klicSettings: { allowInternalImapHosts: false } });
});
afterAll(() => t.close());

describe('IMAP settings pointing inside our own network', () => {
  it('are refused with a Dutch sentence on the host field and not stored', async () => {
    const planner = await aPlanner(t);
    for (const host of ['127.0.0.1', '169.254.169.254', '10.0.0.7']) {
      const response = await t.app.inject({
        method: 'PUT',
        url: '/api/klic/mail-settings/imap',
        headers: { cookie: planner.cookie, origin: testPublicUrl },
        payload: {
          enabled: true,
          host,
          port: 993,
          secure: true,
          user: 'klic@bouw.nl',
          password: 'geheim',
          mailbox: 'INBOX',
        },
      });
      expect(response.statusCode, host).toBe(422);
      expect(response.json().error).toMatchObject({
        reason: 'klic.imap_host_internal',
        fields: { host: 'internal' },
      });
      expect(response.json().error.message).toContain('intern netwerk');
    }
    const settings = await t.app.inject({
      method: 'GET',
      url: '/api/klic/mail-settings',
      headers: { cookie: planner.cookie },
    });
    expect(settings.json().imap).toMatchObject({ enabled: false, host: null, passwordSet: false });
  });
});
