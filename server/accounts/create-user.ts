import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Executor } from '../infra/db/database.ts';
import { account, member, teamMember, user } from '../infra/db/schema/index.ts';
import { passwordHashOptions } from './auth.ts';
import { formatRights, type Right } from './rights.ts';

export type NewUser = {
  organisationId: string;
  email: string;
  name: string;
  username?: string;
  password: string;
  rights: Right[];
  regionIds: string[];
};

/**
 * Creates a user with a password set by an administrator (or the demo seed): the user row, the
 * credential account better-auth logs in with, the membership with its rights, and region assignments.
 * Run it inside a transaction so that nothing is stored half.
 */
export async function createUserWithPassword(tx: Executor, input: NewUser): Promise<{ userId: string }> {
  const userId = randomUUID();
  const email = input.email.trim().toLowerCase();
  await tx.insert(user).values({
    id: userId,
    name: input.name,
    email,
    emailVerified: true,
    username: (input.username ?? email).toLowerCase(),
    displayUsername: input.username ?? email,
  });
  await tx.insert(account).values({
    id: randomUUID(),
    accountId: userId,
    providerId: 'credential',
    userId,
    password: await hash(input.password, passwordHashOptions),
  });
  await tx.insert(member).values({
    id: randomUUID(),
    organizationId: input.organisationId,
    userId,
    role: formatRights(input.rights),
  });
  if (input.regionIds.length > 0) {
    await tx
      .insert(teamMember)
      .values(input.regionIds.map((teamId) => ({ id: randomUUID(), teamId, userId })));
  }
  return { userId };
}
