import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userProfile, verification } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { createUser } from '../create-user.ts';
import { eventsAbout, mailsTo, signIn } from './sign-in-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const newPassword = 'Fietsbel-Kruispunt-Zonnebloem-81';

// Each request from its own address: an address may ask for 3 reset mails a minute (tested below).
let address = 0;
const requestReset = (email: string, remoteAddress = `192.0.2.${++address}`) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/request-password-reset',
    headers: { origin: testPublicUrl, 'content-type': 'application/json' },
    payload: { email, redirectTo: '/wachtwoord-herstellen' },
    remoteAddress,
  });

const resetPassword = (token: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/reset-password',
    headers: { origin: testPublicUrl, 'content-type': 'application/json' },
    payload: { token, newPassword: password },
  });

async function aUser() {
  const org = await aTestOrganisation(t.database.db);
  return { org, user: await aTestUser(t.database.db, org, { rights: ['fieldWorker'], name: 'Jan Jansen' }) };
}

/** The token of the newest reset link mailed to the address. */
async function tokenMailedTo(email: string): Promise<string> {
  const text = (await mailsTo(t.database.db, email)).at(-1)?.text ?? '';
  const link = text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no reset link mailed to ${email}`);
  const url = new URL(link);
  expect(`${url.origin}${url.pathname}`).toBe(`${testPublicUrl}/wachtwoord-herstellen`);
  return url.searchParams.get('token') ?? '';
}

describe('forgot password', () => {
  it('mails a Dutch link to the web app; the token sets a new password once and ends all sessions', async () => {
    const { org, user } = await aUser();
    const cookie = await logIn(t.app, user);
    expect((await requestReset(user.email)).statusCode).toBe(200);

    const [mail] = await mailsTo(t.database.db, user.email);
    expect(mail).toMatchObject({
      organisationId: org.organisationId,
      subject: 'Nieuw wachtwoord instellen voor Veldwerk',
    });
    expect(mail?.text).toContain('Beste Jan,');
    expect(mail?.text).toContain('1 uur geldig');
    const token = await tokenMailedTo(user.email);

    const reset = await resetPassword(token, newPassword);
    expect(reset.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, newPassword)).statusCode).toBe(200);

    const again = await resetPassword(token, 'Nog-een-Ander-Wachtwoord-93!');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('INVALID_TOKEN');
    expect((await signIn(t.app, user.email, newPassword)).statusCode).toBe(200);

    const events = (await eventsAbout(t.database.db, user.userId)).map((e) => e.event);
    expect(events.filter((event) => event === 'password.reset')).toHaveLength(1);
  });

  it('gives the same answer for an unknown address, and mails nothing', async () => {
    const { user } = await aUser();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    const known = await requestReset(user.email);
    const answer = await requestReset(unknown);
    expect(answer.statusCode).toBe(known.statusCode);
    expect(answer.body).toBe(known.body);
    expect(await mailsTo(t.database.db, unknown)).toEqual([]);
  });

  it('sends at most 3 reset mails a minute to requests from one address', async () => {
    const { user } = await aUser();
    const from = '198.51.100.7';
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await requestReset(user.email, from)).statusCode);
    expect(answers).toEqual([200, 200, 200, 429]);
    expect(await mailsTo(t.database.db, user.email)).toHaveLength(3);
  });

  it('refuses an expired token', async () => {
    const { user } = await aUser();
    await requestReset(user.email);
    const token = await tokenMailedTo(user.email);
    await t.database.db
      .update(verification)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(verification.value, user.userId));
    const reset = await resetPassword(token, newPassword);
    expect(reset.statusCode).toBe(400);
    expect(reset.json().code).toBe('INVALID_TOKEN');
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
  });

  it('refuses an unknown or forged token', async () => {
    for (const token of ['', 'x', 'a'.repeat(5000), `${randomUUID()}`]) {
      const reset = await resetPassword(token, newPassword);
      expect(reset.statusCode, token.slice(0, 10)).toBe(400);
    }
  });

  it('stores only a hash of the token', async () => {
    const { user } = await aUser();
    await requestReset(user.email);
    const token = await tokenMailedTo(user.email);
    const rows = await t.database.db.select().from(verification).where(eq(verification.value, user.userId));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('applies the password policy: 422 with fields.newPassword, the token stays usable', async () => {
    const { user } = await aUser();
    await requestReset(user.email);
    const token = await tokenMailedTo(user.email);
    for (const [password, problem] of [
      ['kort', 'too_short'],
      ['wachtwoord123', 'too_common'],
      ['Jansen-Fietst-Naar-Huis', 'contains_personal_data'],
      ['x'.repeat(300), 'too_long'],
    ] as const) {
      const refused = await resetPassword(token, password);
      expect(refused.statusCode, password).toBe(422);
      expect(refused.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { newPassword: problem },
      });
    }
    expect((await resetPassword(token, newPassword)).statusCode).toBe(200);
  });

  it('clears "must change password": the user chose this password', async () => {
    const { user } = await aUser();
    await t.database.db
      .update(userProfile)
      .set({ mustChangePassword: true })
      .where(eq(userProfile.userId, user.userId));
    await requestReset(user.email);
    expect((await resetPassword(await tokenMailedTo(user.email), newPassword)).statusCode).toBe(200);
    const [profile] = await t.database.db
      .select({ mustChangePassword: userProfile.mustChangePassword })
      .from(userProfile)
      .where(eq(userProfile.userId, user.userId));
    expect(profile?.mustChangePassword).toBe(false);
  });

  it('mails nothing to a user without an e-mail address or a removed user', async () => {
    const org = await aTestOrganisation(t.database.db);
    const { userId } = await t.database.db.transaction((tx) =>
      createUser(tx, {
        organisationId: org.organisationId,
        username: `zonder-mail-${randomUUID().slice(0, 6)}`,
        email: null,
        firstName: 'Zonder',
        lastName: 'Mail',
        password: 'Een-Heel-Lang-Wachtwoord-77',
        rights: ['fieldWorker'],
        regionIds: [],
      }),
    );
    const placeholder = `${userId}@geen-email.veldwerk.invalid`;
    expect((await requestReset(placeholder)).statusCode).toBe(200);
    expect(await mailsTo(t.database.db, placeholder)).toEqual([]);

    const { user } = await aUser();
    await t.database.db
      .update(userProfile)
      .set({ removedAt: new Date() })
      .where(eq(userProfile.userId, user.userId));
    expect((await requestReset(user.email)).statusCode).toBe(200);
    expect(await mailsTo(t.database.db, user.email)).toEqual([]);
  });
});
