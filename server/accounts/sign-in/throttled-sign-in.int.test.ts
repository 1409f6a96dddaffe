import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, loginThrottle, user as userTable } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { anAddress, eventsAbout, signIn } from './sign-in-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const wrong = 'not the right password';

async function aUser() {
  const org = await aTestOrganisation(t.database.db);
  return { org, user: await aTestUser(t.database.db, org, { rights: ['fieldWorker'] }) };
}

/** Ends the lock as if its 15 minutes had passed. */
async function letLockExpire(key: string) {
  await t.database.db
    .update(loginThrottle)
    .set({ lockedUntil: sql`now() - interval '1 second'` })
    .where(eq(loginThrottle.key, key));
}

describe('throttling failed logins per account', () => {
  it('refuses the 6th attempt within 15 minutes with 429, Retry-After and a Dutch message', async () => {
    const { user } = await aUser();
    const ip = anAddress();
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(t.app, user.email, wrong, { ip })).statusCode).toBe(401);
    }
    const refused = await signIn(t.app, user.email, wrong, { ip });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    const body = refused.json();
    expect(body.error.code).toBe('TOO_MANY_REQUESTS');
    expect(body.error.message).toContain(`Wacht ${refused.headers['retry-after']} seconden`);
    expect(body.error.requestId).toBe(refused.headers['x-request-id']);
  });

  it('answers in English when the browser asks for it', async () => {
    const { user } = await aUser();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(t.app, user.email, wrong);
    const refused = await signIn(t.app, user.email, wrong, { language: 'en-GB,en;q=0.9' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^Too many attempts in a row\. Wait \d+ seconds/);
  });

  it('refuses the right password during the lock, from any address, and lets it in once the lock ended', async () => {
    const { user } = await aUser();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(t.app, user.email, wrong);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(429);
    expect((await signIn(t.app, user.email.toUpperCase(), user.password)).statusCode).toBe(429);

    await letLockExpire(`account:user:${user.userId}`);
    const afterLock = await signIn(t.app, user.email, user.password);
    expect(afterLock.statusCode).toBe(200);
  });

  it('starts counting again after a successful login', async () => {
    const { user } = await aUser();
    for (let attempt = 1; attempt <= 4; attempt++) await signIn(t.app, user.email, wrong);
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(t.app, user.email, wrong)).statusCode).toBe(401);
    }
    expect((await signIn(t.app, user.email, wrong)).statusCode).toBe(429);
  });

  it('throttles an unknown account exactly like a known one', async () => {
    const { user } = await aUser();
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.test`;
    const answers = async (email: string) => {
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 6; attempt++)
        statuses.push((await signIn(t.app, email, wrong)).statusCode);
      return statuses;
    };
    const known = await answers(user.email);
    expect(await answers(unknown)).toEqual(known);
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('counts e-mail and username logins of one account together', async () => {
    const org = await aTestOrganisation(t.database.db);
    const user = await aTestUser(t.database.db, org, { rights: ['fieldWorker'] });
    await t.database.db
      .update(userTable)
      .set({ username: `gebruiker${randomUUID().slice(0, 8)}` })
      .where(eq(userTable.id, user.userId));
    const [stored] = await t.database.db.select().from(userTable).where(eq(userTable.id, user.userId));
    for (let attempt = 1; attempt <= 3; attempt++) await signIn(t.app, user.email, wrong);
    for (let attempt = 1; attempt <= 2; attempt++)
      await signIn(t.app, stored?.username ?? '', wrong, { by: 'username' });
    expect((await signIn(t.app, user.email, user.password)).statusCode).toBe(429);
  });

  it('throttles username logins on the same account key', async () => {
    const { user } = await aUser();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(t.app, user.email, wrong);
    const refused = await signIn(t.app, user.email, user.password, { by: 'username' });
    expect(refused.statusCode).toBe(429);
  });

  it('logs failed logins with the organisation of the account and the lock, never the password', async () => {
    const { org, user } = await aUser();
    const ip = anAddress();
    for (let attempt = 1; attempt <= 6; attempt++) await signIn(t.app, user.email, wrong, { ip });
    const events = await eventsAbout(t.database.db, user.userId);
    expect(events.map((e) => e.event)).toEqual([...Array(5).fill('login.failed'), 'login.locked']);
    expect(events.every((e) => e.organisationId === org.organisationId && e.ipAddress === ip)).toBe(true);
    expect(events.at(-1)?.after).toEqual({ lockedBy: 'account', minutes: 15 });
    expect(JSON.stringify(events)).not.toContain(wrong);
  });

  it('logs failed logins of unknown accounts without an organisation', async () => {
    const ip = anAddress();
    await signIn(t.app, `nobody-${randomUUID().slice(0, 8)}@example.test`, wrong, { ip });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'login.failed'), eq(auditLog.ipAddress, ip)));
    expect(entry).toMatchObject({ organisationId: null, entityId: null, action: 'security' });
  });
});

describe('throttling failed logins per network address', () => {
  it('refuses the 21st attempt from one address, whichever accounts it tries, also with the right password', async () => {
    const { user } = await aUser();
    const ip = anAddress();
    for (let attempt = 1; attempt <= 20; attempt++) {
      const other = `guess-${attempt}-${randomUUID().slice(0, 6)}@example.test`;
      expect((await signIn(t.app, other, wrong, { ip })).statusCode).toBe(401);
    }
    const refused = await signIn(t.app, user.email, user.password, { ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json().error.message).toContain('Te veel pogingen');

    expect((await signIn(t.app, user.email, user.password, { ip: anAddress() })).statusCode).toBe(200);
    const [lock] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'login.locked'), eq(auditLog.ipAddress, ip)));
    expect(lock).toMatchObject({ organisationId: null, entityType: 'network_address', entityLabel: ip });

    await letLockExpire(`address:${ip}`);
    expect((await signIn(t.app, user.email, user.password, { ip })).statusCode).toBe(200);
  });

  it('does not count successful logins', async () => {
    const { user } = await aUser();
    const ip = anAddress();
    for (let attempt = 1; attempt <= 25; attempt++) {
      expect((await signIn(t.app, user.email, user.password, { ip })).statusCode).toBe(200);
    }
  });

  it('does not count malformed attempts that never checked a password', async () => {
    const ip = anAddress();
    for (let attempt = 1; attempt <= 25; attempt++) {
      expect((await signIn(t.app, 'not an address', wrong, { ip })).statusCode).toBe(400);
    }
    const { user } = await aUser();
    expect((await signIn(t.app, user.email, user.password, { ip })).statusCode).toBe(200);
  });

  it('lets at most 5 parallel attempts on one account reach the password check', async () => {
    const { user } = await aUser();
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => signIn(t.app, user.email, wrong).then((r) => r.statusCode)),
    );
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(7);
  });
});
