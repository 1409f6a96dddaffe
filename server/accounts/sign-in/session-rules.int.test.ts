import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { member, session, userProfile, user as userTable } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { anAddress, eventsAbout, mailsTo, signIn } from './sign-in-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function aUser() {
  const org = await aTestOrganisation(t.database.db);
  return { org, user: await aTestUser(t.database.db, org, { rights: ['workPlanner'] }) };
}

describe('a removed user', () => {
  it('cannot log in, and the answer is that of a wrong password', async () => {
    const { user } = await aUser();
    await t.database.db
      .update(userProfile)
      .set({ removedAt: new Date() })
      .where(eq(userProfile.userId, user.userId));
    const rightPassword = await signIn(t.app, user.email, user.password);
    const wrongPassword = await signIn(t.app, user.email, 'not the right password');
    expect(rightPassword.statusCode).toBe(401);
    expect(rightPassword.json()).toEqual(wrongPassword.json());
    expect(rightPassword.cookies.filter((cookie) => cookie.value !== '')).toEqual([]);
    expect(await t.database.db.select().from(session).where(eq(session.userId, user.userId))).toEqual([]);
  });

  it('loses a session that still exists', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    await t.database.db
      .update(userProfile)
      .set({ removedAt: new Date() })
      .where(eq(userProfile.userId, user.userId));
    // The session has not been used yet, so no actor of it is cached.
    const response = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(response.statusCode).toBe(403);
  });
});

describe('a successful login', () => {
  it('sets the last login and logs login.succeeded with the address', async () => {
    const { org, user } = await aUser();
    const ip = anAddress();
    const before = Date.now();
    expect((await signIn(t.app, user.email, user.password, { ip })).statusCode).toBe(200);
    const [profile] = await t.database.db
      .select({ lastLoginAt: userProfile.lastLoginAt })
      .from(userProfile)
      .where(eq(userProfile.userId, user.userId));
    expect(profile?.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const events = await eventsAbout(t.database.db, user.userId);
    expect(events).toEqual([
      expect.objectContaining({
        event: 'login.succeeded',
        organisationId: org.organisationId,
        actorUserId: user.userId,
        ipAddress: ip,
      }),
    ]);
  });

  it("stores the caller's address with the session, not an address the client claims", async () => {
    const { user } = await aUser();
    const ip = anAddress();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      remoteAddress: ip,
      headers: {
        origin: testPublicUrl,
        'content-type': 'application/json',
        'x-veldwerk-client-ip': '203.0.113.9',
        'x-forwarded-for': '203.0.113.10',
      },
      payload: { email: user.email, password: user.password },
    });
    expect(response.statusCode).toBe(200);
    const [stored] = await t.database.db
      .select({ ipAddress: session.ipAddress })
      .from(session)
      .where(eq(session.userId, user.userId));
    expect(stored?.ipAddress).toBe(ip);
  });
});

describe("better-auth's routes and other sites (CSRF)", () => {
  it('refuses a password change posted from another site with the session cookie', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: { currentPassword: user.password, newPassword: 'Zeer-sterk-Wachtwoord-2025!' },
    });
    expect(response.statusCode).toBe(403);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
  });

  it('refuses a password-reset request and a sign-out from another site', async () => {
    const { user } = await aUser();
    const cookie = await logIn(t.app, user);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: { email: user.email, redirectTo: '/wachtwoord-herstellen' },
    });
    expect(reset.statusCode).toBe(403);
    expect(await mailsTo(t.database.db, user.email)).toEqual([]);
    const signOut = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: {},
    });
    expect(signOut.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });
});

describe("better-auth's routes for users and organisations", () => {
  it('are closed over HTTP: a member can neither rename themselves nor leave their organisation', async () => {
    const { org, user } = await aUser();
    const cookie = await logIn(t.app, user);
    for (const [url, payload] of [
      ['/api/auth/update-user', { name: 'Iemand Anders' }],
      ['/api/auth/organization/leave', { organizationId: org.organisationId }],
      ['/api/auth/organization/update-member-role', { memberId: user.userId, role: 'userAdmin' }],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie, origin: testPublicUrl, 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, url).toBe(404);
    }
    const [stored] = await t.database.db.select().from(userTable).where(eq(userTable.id, user.userId));
    expect(stored?.name).toBe('Test Gebruiker');
    const memberships = await t.database.db.select().from(member).where(eq(member.userId, user.userId));
    expect(memberships.map((m) => m.role)).toEqual(['workPlanner']);
  });
});
