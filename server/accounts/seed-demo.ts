import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import { organization, platformOperator } from '../infra/db/schema/index.ts';
import { createOrganisation } from './create-organisation.ts';
import { createUser, fullName } from './create-user.ts';
import type { Right } from './rights.ts';

/** `role`: the right the account demonstrates (an organisation right, or the platform operator). */
export type DemoAccount = { email: string; name: string; role: Right | 'platformOperator'; password: string };

const SEED_LOCK_KEY = 7_317_302;

export const demoOrganisationName = 'Demo Grondwerken B.V.';

/**
 * On the very first start (no organisation at all) creates a demo organisation with two regions and
 * one user per right, plus a platform operator who publishes announcements. Returns the accounts with their one-time passwords, or null when the database
 * already holds data. Serialised by an advisory lock so that two instances cannot both seed.
 */
export async function seedDemoIfEmpty(db: Database): Promise<DemoAccount[] | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [existing] = await tx.select({ id: organization.id }).from(organization).limit(1);
    if (existing) return null;
    const { organisationId, regionIds } = await createOrganisation(tx, {
      name: demoOrganisationName,
      regions: ['Nieuwegein', 'Utrecht'],
    });
    const [nieuwegein = '', utrecht = ''] = regionIds;
    const people: {
      email: string;
      firstName: string;
      lastName: string;
      rights: Right[];
      regionIds: string[];
      platformOperator?: boolean;
    }[] = [
      {
        email: 'beheerder@demo.veldwerk.nl',
        firstName: 'Bea',
        lastName: 'Beheer',
        rights: ['userAdmin'],
        regionIds,
      },
      {
        email: 'planner@demo.veldwerk.nl',
        firstName: 'Pieter',
        lastName: 'Planner',
        rights: ['workPlanner'],
        regionIds: [nieuwegein],
      },
      {
        email: 'monteur@demo.veldwerk.nl',
        firstName: 'Mo',
        lastName: 'Monteur',
        rights: ['fieldWorker'],
        regionIds: [utrecht],
      },
      {
        email: 'platform@demo.veldwerk.nl',
        firstName: 'Paula',
        lastName: 'Platform',
        rights: [],
        regionIds: [],
        platformOperator: true,
      },
    ];
    const accounts: DemoAccount[] = [];
    for (const person of people) {
      const password = generatePassword();
      const { userId } = await createUser(tx, {
        ...person,
        username: person.email,
        organisationId,
        password,
      });
      if (person.platformOperator) await tx.insert(platformOperator).values({ userId });
      accounts.push({
        email: person.email,
        name: fullName(person.firstName, person.lastName),
        role: person.platformOperator ? 'platformOperator' : (person.rights[0] ?? 'fieldWorker'),
        password,
      });
    }
    return accounts;
  });
}

/** 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

export function formatDemoAccounts(accounts: DemoAccount[], publicUrl: string): string {
  const rows = accounts.map((a) => `  ${a.role.padEnd(16)} ${a.email.padEnd(30)} ${a.password}`);
  return [
    '',
    '=== Demo organisation created (shown once; write these down) ===',
    `  Log in at ${publicUrl}`,
    ...rows,
    '================================================================',
    '',
  ].join('\n');
}
