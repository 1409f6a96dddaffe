import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createOrganisation } from '../../accounts/create-organisation.ts';
import { createUser } from '../../accounts/create-user.ts';
import type { Right } from '../../accounts/rights.ts';
import type { Database } from '../db/database.ts';
import { platformOperator } from '../db/schema/index.ts';
import { testPublicUrl } from './test-app.ts';

export const testPassword = 'correct horse battery staple';

export type TestOrganisation = { organisationId: string; regionIds: string[] };

/** A fresh organisation with two regions, unique per call so tests never share data. */
export function aTestOrganisation(db: Database, name = `Testbedrijf ${randomUUID().slice(0, 8)}`) {
  return db.transaction((tx) => createOrganisation(tx, { name, regions: ['Noord', 'Zuid'] }));
}

export type TestUser = { userId: string; email: string; password: string };

export async function aTestUser(
  db: Database,
  org: TestOrganisation,
  options: { rights?: Right[]; regionIds?: string[]; name?: string } = {},
): Promise<TestUser> {
  const email = `user-${randomUUID().slice(0, 12)}@example.test`;
  const [firstName = 'Test', ...rest] = (options.name ?? 'Test Gebruiker').split(' ');
  const { userId } = await db.transaction((tx) =>
    createUser(tx, {
      organisationId: org.organisationId,
      username: email,
      email,
      firstName,
      lastName: rest.join(' '),
      password: testPassword,
      rights: options.rights ?? [],
      regionIds: options.regionIds ?? [],
    }),
  );
  return { userId, email, password: testPassword };
}

/** Logs in through the real auth endpoint and returns the Cookie header for later requests. */
export async function logIn(
  app: FastifyInstance,
  user: { email: string; password: string },
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: testPublicUrl, 'content-type': 'application/json' },
    payload: { email: user.email, password: user.password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login failed for ${user.email}: ${response.statusCode} ${response.body}`);
  }
  const cookies = response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`);
  return cookies.join('; ');
}

/** A member without organisation rights who holds the platform operator right. */
export async function aPlatformOperator(db: Database, org: TestOrganisation): Promise<TestUser> {
  const operator = await aTestUser(db, org, { name: 'Platform Beheerder' });
  await db.insert(platformOperator).values({ userId: operator.userId });
  return operator;
}
