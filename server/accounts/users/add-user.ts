import { recordAudit } from '../../infra/audit/record-audit.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { createUser } from '../create-user.ts';
import { assertPasswordAllowed } from '../password-policy.ts';
import { assertIdentityFree, withIdentityConflicts } from './identity-conflict.ts';
import { issueInvitation } from './issue-invitation.ts';
import { auditEntity, auditView, toUserSummary } from './user-presenter.ts';
import type { AddUserInput, UserSummary } from './user-schemas.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';
import { findUser, unknownRegionIds } from './users-repository.ts';

/** Field problems that the schema cannot see alone; thrown together so the form shows them at once. */
function inputProblems(input: AddUserInput): Record<string, string> {
  const fields: Record<string, string> = {};
  if (input.kind === 'partner' && !input.partnerCompany) fields.partnerCompany = 'required';
  if (input.setup.mode === 'invite' && !input.email) fields.email = 'required_for_invitation';
  return fields;
}

/**
 * "Gebruiker toevoegen": the user with rights and regions, and either an invitation mail (the user
 * chooses a password) or a password set by the admin (seed 001). All or nothing: a failing mail
 * leaves no user behind.
 */
export async function addUser(deps: UsersDeps, caller: Caller, input: AddUserInput): Promise<UserSummary> {
  const problems = inputProblems(input);
  if (Object.keys(problems).length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  const { setup } = input;
  if (setup.mode === 'password') {
    const personal = [input.firstName, input.lastName, input.username, input.email ?? ''];
    assertPasswordAllowed(setup.password, personal, 'setup.password');
  }
  const organisationId = caller.actor.organisationId;
  const username = input.username.toLowerCase();

  return withIdentityConflicts(() =>
    deps.db.transaction(async (tx) => {
      if ((await unknownRegionIds(tx, organisationId, input.regionIds)).length > 0) {
        throw new AppError('VALIDATION_FAILED', { fields: { regionIds: 'unknown_region' } });
      }
      await assertIdentityFree(tx, { username, email: input.email });
      const { userId } = await createUser(tx, {
        organisationId,
        username: input.username,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        jobTitle: input.jobTitle,
        phone: input.phone,
        remarks: input.remarks,
        kind: input.kind,
        partnerCompany: input.partnerCompany,
        rights: input.rights,
        regionIds: input.regionIds,
        password: setup.mode === 'password' ? setup.password : null,
        mustChangePassword: setup.mode === 'password' && setup.mustChangePassword,
      });
      const created = await findUser(tx, organisationId, userId);
      if (!created) throw new Error('created user not found');
      const entry = {
        organisationId,
        actor: auditActor(caller),
        entity: auditEntity(created),
        ipAddress: caller.ipAddress,
      };
      await recordAudit(tx, {
        ...entry,
        action: 'create',
        event: 'user.created',
        after: { ...auditView(created), setup: setup.mode },
      });
      if (input.rights.length > 0) {
        await recordAudit(tx, {
          ...entry,
          action: 'security',
          event: 'rights.changed',
          before: { rights: [] },
          after: { rights: input.rights },
        });
      }
      if (setup.mode === 'password') {
        await recordAudit(tx, {
          ...entry,
          action: 'security',
          event: 'password.set_by_admin',
          after: { mustChangePassword: setup.mustChangePassword },
        });
      } else {
        await issueInvitation(tx, deps, caller, created);
      }
      const stored = await findUser(tx, organisationId, userId);
      if (!stored) throw new Error('created user not found');
      return toUserSummary(stored);
    }),
  );
}
