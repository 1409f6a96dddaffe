import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Executor } from '../infra/db/database.ts';
import { account, member, teamMember, user, userProfile } from '../infra/db/schema/index.ts';
import { passwordHashOptions } from './auth.ts';
import { formatRights, type Right } from './rights.ts';

export type NewUser = {
  organisationId: string;
  /** Unique across Veldwerk; the e-mail address is the advice (seed 001). Stored lower-case. */
  username: string;
  /** Null for a user without an e-mail address: the admin sets their password. */
  email: string | null;
  firstName: string;
  lastName: string;
  jobTitle?: string | null;
  phone?: string | null;
  remarks?: string | null;
  kind?: 'internal' | 'partner';
  partnerCompany?: string | null;
  rights: Right[];
  regionIds: string[];
  /** Null: no password yet (the user chooses one through an invitation). */
  password: string | null;
  mustChangePassword?: boolean;
};

/** better-auth needs an address for every user; users without one get an address that cannot receive. */
export function placeholderEmail(userId: string): string {
  return `${userId}@geen-email.veldwerk.invalid`;
}

export function fullName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.trim();
}

/**
 * Creates a user: the login (better-auth's user row and, with a password, its credential account), the
 * profile, the membership with its rights, and region assignments. Run it inside a transaction so that
 * nothing is stored half. Uniqueness of username and e-mail is enforced by the database.
 */
export async function createUser(tx: Executor, input: NewUser): Promise<{ userId: string }> {
  const userId = randomUUID();
  const username = input.username.trim().toLowerCase();
  await tx.insert(user).values({
    id: userId,
    name: fullName(input.firstName, input.lastName),
    email: input.email ? input.email.trim().toLowerCase() : placeholderEmail(userId),
    emailVerified: input.email !== null,
    username,
    displayUsername: input.username.trim(),
  });
  if (input.password !== null) {
    await tx.insert(account).values({
      id: randomUUID(),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: await hash(input.password, passwordHashOptions),
    });
  }
  await tx.insert(userProfile).values({
    userId,
    organisationId: input.organisationId,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    jobTitle: input.jobTitle ?? null,
    phone: input.phone ?? null,
    remarks: input.remarks ?? null,
    kind: input.kind ?? 'internal',
    partnerCompany: input.kind === 'partner' ? (input.partnerCompany ?? null) : null,
    hasEmail: input.email !== null,
    mustChangePassword: input.mustChangePassword ?? false,
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
