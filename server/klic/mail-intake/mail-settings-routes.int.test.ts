import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicMailSettings } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { aPlanner, getJson, type PlannerSession } from '../intake/testing/klic-intake-testkit.ts';
import { createSecretBox } from './secret-box.ts';

// "KLIC e-mail" settings: the IMAP mailbox to poll. The password goes in, is kept encrypted, never comes out.

let t: TestApp;
const password = 'Klic-Mailbox-Wachtwoord-2026!';

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const putImap = (planner: PlannerSession, body: object) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/klic/mail-settings/imap',
    headers: { cookie: planner.cookie, origin: testPublicUrl },
    payload: body,
  });

const validImap = {
  enabled: true,
  host: 'imap.bouw.nl',
  port: 993,
  secure: true,
  user: 'klic@bouw.nl',
  password,
  mailbox: 'KLIC',
};

async function storedSettings(organisationId: string) {
  const [row] = await t.database.db
    .select()
    .from(klicMailSettings)
    .where(eq(klicMailSettings.organisationId, organisationId));
  return row;
}

describe('setting the IMAP mailbox', () => {
  it('never returns the password and keeps it encrypted with the instance secret', async () => {
    const planner = await aPlanner(t);
    const response = await putImap(planner, validImap);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imap).toEqual({
      enabled: true,
      host: 'imap.bouw.nl',
      port: 993,
      secure: true,
      user: 'klic@bouw.nl',
      mailbox: 'KLIC',
      passwordSet: true,
      lastPolledAt: null,
      lastError: null,
    });
    expect(response.body).not.toContain(password);
    expect((await getJson(t, planner.cookie, '/api/klic/mail-settings')).body).not.toContain(password);

    const sealed = (await storedSettings(planner.organisationId))?.imapPasswordEncrypted as string;
    expect(sealed).not.toContain(password);
    expect(sealed).not.toContain(Buffer.from(password).toString('base64url'));
    expect(createSecretBox(t.klic.wiring.secret).open(sealed)).toBe(password);

    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organisationId, planner.organisationId));
    expect(audit.map((entry) => entry.event)).toContain('klic.imap.changed');
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('keeps the password when it is left out, and the default port follows TLS', async () => {
    const planner = await aPlanner(t);
    await putImap(planner, validImap);
    const sealed = (await storedSettings(planner.organisationId))?.imapPasswordEncrypted;

    const { password: _left, ...withoutPassword } = validImap;
    const response = await putImap(planner, { ...withoutPassword, port: null, secure: false });
    expect(response.statusCode).toBe(200);
    expect(response.json().imap).toMatchObject({ port: 143, secure: false, passwordSet: true });
    expect((await storedSettings(planner.organisationId))?.imapPasswordEncrypted).toBe(sealed);
  });

  it('refuses bad settings with 422 and the fields, changing nothing', async () => {
    const planner = await aPlanner(t);
    await putImap(planner, validImap);
    const before = await storedSettings(planner.organisationId);

    const cases: Array<[object, Record<string, string>]> = [
      [{ ...validImap, host: null }, { host: 'custom' }],
      [{ ...validImap, port: 70_000 }, { port: 'too_big' }],
      [{ ...validImap, port: 0 }, { port: 'too_small' }],
      [{ ...validImap, host: 'imap.bouw.nl/../etc' }, { host: 'invalid_format' }],
      [{ ...validImap, host: `${'a'.repeat(300)}.nl` }, { host: 'too_big' }],
      [{ ...validImap, user: null }, { user: 'custom' }],
    ];
    for (const [body, fields] of cases) {
      const response = await putImap(planner, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields });
      expect(response.json().error.message).toBe(
        'Niet alle gegevens zijn juist ingevuld. Controleer de gemarkeerde velden.',
      );
    }
    expect(await storedSettings(planner.organisationId)).toEqual(before);
  });

  it('allows a disabled mailbox without a host', async () => {
    const planner = await aPlanner(t);
    const response = await putImap(planner, {
      enabled: false,
      host: null,
      port: null,
      secure: true,
      user: null,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().imap).toMatchObject({ enabled: false, host: null, port: 993, passwordSet: false });
  });
});
