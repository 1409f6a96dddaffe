import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, user, userInvitation, userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { aTestOrganisation, aTestUser } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import { loadActor } from '../actor.ts';
import { addUser } from './add-user.ts';
import { addUserBodySchema } from './user-schemas.ts';
import type { Caller } from './users-deps.ts';
import { aNewUser } from './users-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function anAdminCaller(): Promise<Caller & { organisationId: string }> {
  const org = await aTestOrganisation(t.database.db);
  const admin = await aTestUser(t.database.db, org, { rights: ['userAdmin'], name: 'Anna Beheer' });
  const actor = await loadActor(
    t.database.db,
    { id: 'test-session', userId: admin.userId },
    { name: 'Anna Beheer', email: admin.email },
  );
  if (!actor) throw new Error('admin has no actor');
  return { actor, ipAddress: '192.0.2.1', organisationId: org.organisationId };
}

describe('adding a user stores nothing half', () => {
  it('when the invitation mail cannot be stored after the user was inserted', async () => {
    const caller = await anAdminCaller();
    const failingMailer = {
      send: async () => {
        throw new AppError('VALIDATION_FAILED', { fields: { to: 'invalid_format' } });
      },
    };
    const input = addUserBodySchema.parse(aNewUser());
    const deps = {
      db: t.database.db,
      auth: t.auth,
      mailer: failingMailer,
      config: { publicUrl: testPublicUrl, invitationValidDays: 7 },
    };
    await expect(addUser(deps, caller, input)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });

    expect(await t.database.db.select().from(user).where(eq(user.username, input.username))).toEqual([]);
    const profiles = await t.database.db
      .select()
      .from(userProfile)
      .where(eq(userProfile.organisationId, caller.organisationId));
    expect(profiles.map((p) => p.userId)).toEqual([caller.actor.userId]);
    const invitations = await t.database.db
      .select()
      .from(userInvitation)
      .where(eq(userInvitation.organisationId, caller.organisationId));
    expect(invitations).toEqual([]);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organisationId, caller.organisationId));
    expect(logged).toEqual([]);

    // The same user can be added once the mail works: nothing of the failed attempt is in the way.
    const added = await addUser({ ...deps, mailer: t.mailer }, caller, input);
    expect(added.username).toBe(input.username);
  });
});
