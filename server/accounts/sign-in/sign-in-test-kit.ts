import { randomInt } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../infra/db/database.ts';
import { auditLog, mailOutbox } from '../../infra/db/schema/index.ts';
import { testPublicUrl } from '../../infra/testing/test-app.ts';

/** A network address of its own, so that one test's failed logins never count against another's. */
export function anAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export type SignInOptions = { ip?: string; language?: string; by?: 'email' | 'username' };

/** POST /api/auth/sign-in/email (or /username) as the web app sends it. */
export function signIn(
  app: FastifyInstance,
  identifier: string,
  password: string,
  options: SignInOptions = {},
) {
  const by = options.by ?? 'email';
  return app.inject({
    method: 'POST',
    url: `/api/auth/sign-in/${by}`,
    remoteAddress: options.ip ?? anAddress(),
    headers: {
      origin: testPublicUrl,
      'content-type': 'application/json',
      ...(options.language ? { 'accept-language': options.language } : {}),
    },
    payload: { [by]: identifier, password },
  });
}

/** The Cookie header a browser would send after this response. */
export function cookieOf(response: { cookies: { name: string; value: string }[] }): string {
  return response.cookies
    .filter((cookie) => cookie.value !== '')
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join('; ');
}

/** A request as the logged-in web app sends it. */
export function send(
  app: FastifyInstance,
  cookie: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) {
  return app.inject({
    method,
    url,
    headers: { origin: testPublicUrl, cookie },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** The logbook's events about one user, oldest first. */
export function eventsAbout(db: Database, entityId: string) {
  return db
    .select({
      event: auditLog.event,
      organisationId: auditLog.organisationId,
      actorUserId: auditLog.actorUserId,
      ipAddress: auditLog.ipAddress,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}

export function mailsTo(db: Database, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));
}
