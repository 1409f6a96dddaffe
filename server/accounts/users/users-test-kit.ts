import { and, asc, eq, notLike } from 'drizzle-orm';
import { auditLog, mailOutbox } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn, type TestUser } from '../../infra/testing/factories.ts';
import { type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';

/** Helpers for the user administration's integration tests: requests as a user admin, mails, logbook. */
export function usersTestKit(app: () => TestApp) {
  const db = () => app().database.db;

  async function anOrganisationWithAdmin(name = 'Beheer Admin') {
    const org = await aTestOrganisation(db());
    const adminUser = await aTestUser(db(), org, { rights: ['userAdmin'], name });
    const admin = await logIn(app().app, adminUser);
    return { org, adminUser, admin };
  }

  const send = (
    cookie: string | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    app().app.inject({
      method,
      url,
      headers: { origin: testPublicUrl, ...(cookie ? { cookie } : {}) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const cookieOf = (response: { cookies: { name: string; value: string }[] }) =>
    response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

  /** Logs in with a username and password through better-auth's username sign-in. */
  const signInWithUsername = (username: string, password: string) =>
    app().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: testPublicUrl, 'content-type': 'application/json' },
      payload: { username, password },
    });

  const signInWithEmail = (email: string, password: string) =>
    app().app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: testPublicUrl, 'content-type': 'application/json' },
      payload: { email, password },
    });

  const mailsTo = (to: string) =>
    db().select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));

  /** The token of the newest invitation link mailed to the address. */
  async function invitationTokenFor(to: string): Promise<string> {
    const mails = await mailsTo(to);
    const text = mails.at(-1)?.text ?? '';
    const match = text.match(new RegExp(`${testPublicUrl}/uitnodiging/([A-Za-z0-9_-]+)`));
    if (!match?.[1]) throw new Error(`no invitation link mailed to ${to}`);
    return match[1];
  }

  /** The logbook rows of a user, without the log-ins (logged by the sign-in, not by user administration). */
  const logbook = (organisationId: string, entityId: string) =>
    db()
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, organisationId),
          eq(auditLog.entityId, entityId),
          notLike(auditLog.event, 'login.%'),
        ),
      )
      .orderBy(asc(auditLog.id));

  return {
    anOrganisationWithAdmin,
    send,
    cookieOf,
    signInWithUsername,
    signInWithEmail,
    mailsTo,
    invitationTokenFor,
    logbook,
  };
}

let counter = 0;

/** A valid body for POST /api/users with a unique username and address; override what the test is about. */
export function aNewUser(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const unique = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return {
    username: `monteur.${unique}`,
    email: `monteur.${unique}@example.test`,
    firstName: 'Henk',
    lastName: 'de Vries',
    jobTitle: 'Monteur',
    phone: '06 12345678',
    kind: 'internal',
    rights: ['fieldWorker'],
    regionIds: [],
    setup: { mode: 'invite' },
    ...overrides,
  };
}

export type { TestUser };
