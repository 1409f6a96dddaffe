import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationConsent, userProfile } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { cookieOf, eventsAbout, send, signIn } from '../sign-in/sign-in-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const strongPassword = 'Graafmachine-Regenboog-Tulp-42';

async function aUser(options: { mustChangePassword?: boolean } = {}) {
  const org = await aTestOrganisation(t.database.db);
  const user = await aTestUser(t.database.db, org, { rights: ['workPlanner'], name: 'Petra Planner' });
  if (options.mustChangePassword) {
    await t.database.db
      .update(userProfile)
      .set({ mustChangePassword: true })
      .where(eq(userProfile.userId, user.userId));
  }
  return { org, user };
}

const changePassword = (cookie: string, body: object) =>
  send(t.app, cookie, 'POST', '/api/account/password', body);

describe('POST /api/account/password', () => {
  it('changes the password, keeps this session, ends the others and logs password.changed', async () => {
    const { org, user } = await aUser();
    const thisDevice = await logIn(t.app, user);
    const otherDevice = await logIn(t.app, user);
    expect((await send(t.app, otherDevice, 'GET', '/api/me')).statusCode).toBe(200);

    const changed = await changePassword(thisDevice, {
      currentPassword: user.password,
      newPassword: strongPassword,
    });
    expect(changed.statusCode).toBe(204);
    const renewed = cookieOf(changed);
    expect(renewed).toContain('veldwerk.session_token=');

    expect((await send(t.app, renewed, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await send(t.app, otherDevice, 'GET', '/api/me')).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(401);
    expect((await signIn(t.app, user.email, strongPassword)).statusCode).toBe(200);

    const events = await eventsAbout(t.database.db, user.userId);
    expect(events.filter((e) => e.event === 'password.changed')).toEqual([
      expect.objectContaining({ organisationId: org.organisationId, actorUserId: user.userId }),
    ]);
    expect(JSON.stringify(events)).not.toContain(strongPassword);
  });

  it('answers 422 fields.currentPassword=incorrect for a wrong current password and changes nothing', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const refused = await changePassword(cookie, {
      currentPassword: 'wrong password',
      newPassword: strongPassword,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { currentPassword: 'incorrect' },
    });
    expect((await send(t.app, cookie, 'GET', '/api/me')).statusCode).toBe(200);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
  });

  it('stops guessing the current password after 5 wrong ones, sharing the login throttle', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const answers = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const answer = await changePassword(cookie, {
        currentPassword: `fout ${attempt}`,
        newPassword: strongPassword,
      });
      answers.push(answer.statusCode);
    }
    expect(answers).toEqual([422, 422, 422, 422, 422, 429]);
    // The right current password is refused during the lock too, and so is a login.
    const locked = await changePassword(cookie, {
      currentPassword: user.password,
      newPassword: strongPassword,
    });
    expect(locked.statusCode).toBe(429);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(429);
  });

  it('answers 422 fields.newPassword for a weak new password', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    for (const [newPassword, problem] of [
      ['kort', 'too_short'],
      ['welkom12345', 'too_common'],
      ['Petra-Plant-Bloemen', 'contains_personal_data'],
      ['y'.repeat(257), 'too_long'],
    ] as const) {
      const refused = await changePassword(cookie, { currentPassword: user.password, newPassword });
      expect(refused.statusCode, newPassword).toBe(422);
      expect(refused.json().error.fields).toEqual({ newPassword: problem });
    }
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
  });

  it('refuses bad and hostile bodies with 422', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    for (const body of [{}, { currentPassword: user.password }, { currentPassword: 1, newPassword: 2 }]) {
      expect((await changePassword(cookie, body)).statusCode).toBe(422);
    }
    const huge = await changePassword(cookie, {
      currentPassword: 'x'.repeat(100_000),
      newPassword: strongPassword,
    });
    expect(huge.statusCode).toBe(422);
  });

  it('needs a session and our own origin', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const body = { currentPassword: user.password, newPassword: strongPassword };
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/account/password', payload: body })).statusCode,
    ).toBe(401);
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: { cookie, origin: 'https://evil.example' },
      payload: body,
    });
    expect(foreign.statusCode).toBe(403);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
  });
});

describe("better-auth's own /api/auth/change-password", () => {
  it('applies the same password policy and logbook', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const post = (newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/change-password',
        headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
        payload: { currentPassword: user.password, newPassword, revokeOtherSessions: true },
      });
    const weak = await post('wachtwoord123');
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields).toEqual({ newPassword: 'too_common' });
    expect((await post(strongPassword)).statusCode).toBe(200);
    const events = (await eventsAbout(t.database.db, user.userId)).map((e) => e.event);
    expect(events).toContain('password.changed');
  });
});

describe('must change password', () => {
  it('allows only /api/me and the password change until the password is replaced', async () => {
    const { user } = await aUser({ mustChangePassword: true });
    const cookie = await logIn(t.app, user);

    const me = await send(t.app, cookie, 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().mustChangePassword).toBe(true);
    for (const url of ['/api/organisation/holidays', '/api/regions']) {
      const blocked = await send(t.app, cookie, 'GET', url);
      expect(blocked.statusCode, url).toBe(403);
      expect(blocked.json().error).toMatchObject({
        code: 'FORBIDDEN',
        fields: { account: 'password_change_required' },
      });
    }

    const changed = await changePassword(cookie, {
      currentPassword: user.password,
      newPassword: strongPassword,
    });
    expect(changed.statusCode).toBe(204);
    const renewed = cookieOf(changed);
    expect((await send(t.app, renewed, 'GET', '/api/organisation/holidays')).statusCode).toBe(200);
    expect((await send(t.app, renewed, 'GET', '/api/me')).json().mustChangePassword).toBe(false);
  });

  it('still lets the user log out', async () => {
    const { user } = await aUser({ mustChangePassword: true });
    const cookie = await logIn(t.app, user);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
  });
});

describe('GET /api/me about the own account', () => {
  it('tells whether the password must change, the two-factor state and the notification choice', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const before = (await send(t.app, cookie, 'GET', '/api/me')).json();
    expect(before).toMatchObject({
      mustChangePassword: false,
      twoFactor: { enabled: false, required: false },
      notifications: { choice: null },
    });

    await t.database.db.insert(notificationConsent).values({
      userId: user.userId,
      choice: 'informed',
      consentText: 'Informeer mij',
      language: 'nl',
    });
    const after = (await send(t.app, cookie, 'GET', '/api/me')).json();
    expect(after.notifications).toEqual({ choice: 'informed' });
  });
});
