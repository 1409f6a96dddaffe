import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, twoFactor } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { cookieOf, eventsAbout, send, signIn } from './sign-in-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What an authenticator app computes from the otpauth:// URI (RFC 6238: HMAC-SHA1, 30 s, 6 digits). */
function authenticatorCode(totpUri: string, at = Date.now()): string {
  const secret = new URL(totpUri).searchParams.get('secret') ?? '';
  const key = base32Decode(secret);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => Number.parseInt(byte, 2)));
}

const authPost = (cookie: string, path: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/auth${path}`,
    headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
    payload,
  });

async function anOrganisationRequiringTwoFactor() {
  const org = await aTestOrganisation(t.database.db);
  const admin = await aTestUser(t.database.db, org, { rights: ['userAdmin'], name: 'Anna Admin' });
  const planner = await aTestUser(t.database.db, org, { rights: ['workPlanner'] });
  const adminCookie = await logIn(t.app, admin);
  const turnedOn = await send(t.app, adminCookie, 'PUT', '/api/organisation/security', {
    requireTwoFactorForAdmins: true,
  });
  expect(turnedOn.statusCode).toBe(200);
  return { org, admin, planner, adminCookie };
}

/** Sets up TOTP as the web app does: enable with the password, then confirm with a code. */
async function setUpTwoFactor(cookie: string, password: string) {
  const enabled = await authPost(cookie, '/two-factor/enable', { password });
  expect(enabled.statusCode).toBe(200);
  const { totpURI, backupCodes } = enabled.json() as { totpURI: string; backupCodes: string[] };
  expect(totpURI).toMatch(/^otpauth:\/\/totp\/Veldwerk:/);
  expect(new URL(totpURI).searchParams.get('issuer')).toBe('Veldwerk');
  expect(backupCodes.length).toBeGreaterThan(0);
  const confirmed = await authPost(cookie, '/two-factor/verify-totp', { code: authenticatorCode(totpURI) });
  expect(confirmed.statusCode).toBe(200);
  return { totpURI, cookie: cookieOf(confirmed) };
}

describe('the organisation setting', () => {
  it('is off by default, changed by a user admin and logged', async () => {
    const org = await aTestOrganisation(t.database.db);
    const admin = await aTestUser(t.database.db, org, { rights: ['userAdmin'] });
    const cookie = await logIn(t.app, admin);
    expect((await send(t.app, cookie, 'GET', '/api/organisation/security')).json()).toEqual({
      requireTwoFactorForAdmins: false,
    });
    const put = await send(t.app, cookie, 'PUT', '/api/organisation/security', {
      requireTwoFactorForAdmins: true,
    });
    expect(put.json()).toEqual({ requireTwoFactorForAdmins: true });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.organisationId, org.organisationId), eq(auditLog.event, 'security_settings.changed')),
      );
    expect(entry).toMatchObject({
      actorUserId: admin.userId,
      action: 'update',
      before: { requireTwoFactorForAdmins: false },
      after: { requireTwoFactorForAdmins: true },
    });
  });

  it('refuses bad bodies with 422 and other rights with 403', async () => {
    const org = await aTestOrganisation(t.database.db);
    const admin = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['userAdmin'] }));
    for (const body of [{}, { requireTwoFactorForAdmins: 'yes' }, { requireTwoFactorForAdmins: null }]) {
      expect((await send(t.app, admin, 'PUT', '/api/organisation/security', body)).statusCode).toBe(422);
    }
    const planner = await logIn(t.app, await aTestUser(t.database.db, org, { rights: ['workPlanner'] }));
    const refused = await send(t.app, planner, 'PUT', '/api/organisation/security', {
      requireTwoFactorForAdmins: true,
    });
    expect(refused.statusCode).toBe(403);
    expect((await send(t.app, admin, 'GET', '/api/organisation/security')).json()).toEqual({
      requireTwoFactorForAdmins: false,
    });
  });
});

describe('two-factor authentication required for user admins', () => {
  it('holds a user admin at /api/me until TOTP is set up; other users are not held', async () => {
    const { planner, adminCookie } = await anOrganisationRequiringTwoFactor();
    const blocked = await send(t.app, adminCookie, 'GET', '/api/organisation/security');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({
      code: 'FORBIDDEN',
      fields: { account: 'two_factor_setup_required' },
    });
    const me = await send(t.app, adminCookie, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().twoFactor).toEqual({ enabled: false, required: true });

    const plannerCookie = await logIn(t.app, planner);
    expect((await send(t.app, plannerCookie, 'GET', '/api/organisation/holidays')).statusCode).toBe(200);
    expect((await send(t.app, plannerCookie, 'GET', '/api/me')).json().twoFactor).toEqual({
      enabled: false,
      required: false,
    });
  });

  it('lets the admin in once TOTP is set up, and asks for a code at every later login', async () => {
    const { admin, adminCookie } = await anOrganisationRequiringTwoFactor();
    const { totpURI, cookie } = await setUpTwoFactor(adminCookie, admin.password);
    expect((await send(t.app, cookie, 'GET', '/api/organisation/security')).statusCode).toBe(200);
    expect((await send(t.app, cookie, 'GET', '/api/me')).json().twoFactor).toEqual({
      enabled: true,
      required: true,
    });
    const [stored] = await t.database.db.select().from(twoFactor).where(eq(twoFactor.userId, admin.userId));
    expect(stored?.secret).not.toContain(new URL(totpURI).searchParams.get('secret'));

    const loginsBefore = (await eventsAbout(t.database.db, admin.userId)).filter(
      (e) => e.event === 'login.succeeded',
    ).length;
    const passwordStep = await signIn(t.app, admin.email, admin.password);
    expect(passwordStep.statusCode).toBe(200);
    expect(passwordStep.json()).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ['totp'] });
    const challenge = cookieOf(passwordStep);
    expect(challenge).not.toContain('veldwerk.session_token=');
    expect((await send(t.app, challenge, 'GET', '/api/me')).statusCode).toBe(401);

    const wrongCode = await authPost(challenge, '/two-factor/verify-totp', { code: '000000' });
    expect(wrongCode.statusCode).toBe(401);
    const rightCode = await authPost(challenge, '/two-factor/verify-totp', {
      code: authenticatorCode(totpURI),
    });
    expect(rightCode.statusCode).toBe(200);
    const session = cookieOf(rightCode);
    expect((await send(t.app, session, 'GET', '/api/organisation/holidays')).statusCode).toBe(200);

    const logins = (await eventsAbout(t.database.db, admin.userId)).filter(
      (e) => e.event === 'login.succeeded',
    );
    expect(logins.length).toBe(loginsBefore + 1);
  });

  it('does not let the challenge cookie of one login be used without the code', async () => {
    const { admin, adminCookie } = await anOrganisationRequiringTwoFactor();
    await setUpTwoFactor(adminCookie, admin.password);
    const challenge = cookieOf(await signIn(t.app, admin.email, admin.password));
    const codes = ['', '12345', '1234567', 'abcdef', '9'.repeat(10_000)];
    for (const code of codes) {
      const response = await authPost(challenge, '/two-factor/verify-totp', { code });
      expect(response.statusCode, code.slice(0, 8)).toBeGreaterThanOrEqual(400);
      expect(cookieOf(response)).not.toContain('veldwerk.session_token=');
    }
  });
});
