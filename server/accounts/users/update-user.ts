import { and, eq } from 'drizzle-orm';
import { changedFields, recordAudit } from '../../infra/audit/record-audit.ts';
import type { Executor } from '../../infra/db/database.ts';
import { member, user, userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { fullName } from '../create-user.ts';
import { formatRights, parseRights } from '../rights.ts';
import { requireUser } from './get-user.ts';
import { assertIdentityFree, withIdentityConflicts } from './identity-conflict.ts';
import { auditEntity, auditView, toUserSummary } from './user-presenter.ts';
import type { UpdateUserInput, UserSummary } from './user-schemas.ts';
import { auditActor, type Caller, type UsersDeps } from './users-deps.ts';
import { replaceRegions, type UserRecord, unknownRegionIds } from './users-repository.ts';

const given = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);

/** The kind and partner company the update results in; throws 422 with every field problem at once. */
async function planUpdate(tx: Executor, caller: Caller, before: UserRecord, input: UpdateUserInput) {
  const fields: Record<string, string> = {};
  // A new address means a new user (seed 002); the address is also the login of invitations.
  if (input.email !== undefined) fields.email = 'cannot_change';
  const kind = given(input.kind, before.kind);
  const partnerCompany = kind === 'partner' ? given(input.partnerCompany, before.partnerCompany) : null;
  if (kind === 'partner' && !partnerCompany) fields.partnerCompany = 'required';
  if (input.rights && before.id === caller.actor.userId && !input.rights.includes('userAdmin')) {
    fields.rights = 'cannot_remove_own_admin';
  }
  if (
    input.regionIds &&
    (await unknownRegionIds(tx, caller.actor.organisationId, input.regionIds)).length > 0
  ) {
    fields.regionIds = 'unknown_region';
  }
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', { fields });
  return { kind, partnerCompany };
}

/**
 * "Bewerken": changes any of the editable fields, rights and regions. The user's sessions on this
 * instance see new rights and regions at once (their cached actor is dropped); other instances within
 * the actor cache's 5 seconds (actor-cache.ts), which is acceptable for a change of rights.
 */
export async function updateUser(
  deps: UsersDeps,
  caller: Caller,
  userId: string,
  input: UpdateUserInput,
): Promise<UserSummary> {
  const organisationId = caller.actor.organisationId;
  const updated = await withIdentityConflicts(() =>
    deps.db.transaction(async (tx) => {
      const before = await requireUser(tx, caller, userId);
      const { kind, partnerCompany } = await planUpdate(tx, caller, before, input);
      const username = input.username?.toLowerCase();
      if (username !== undefined && username !== before.username) {
        await assertIdentityFree(tx, { username }, userId);
      }
      const firstName = given(input.firstName, before.firstName);
      const lastName = given(input.lastName, before.lastName);
      const now = new Date();
      await tx
        .update(user)
        .set({
          name: fullName(firstName, lastName),
          ...(input.username === undefined ? {} : { username, displayUsername: input.username }),
          updatedAt: now,
        })
        .where(eq(user.id, userId));
      await tx
        .update(userProfile)
        .set({
          firstName,
          lastName,
          jobTitle: given(input.jobTitle, before.jobTitle),
          phone: given(input.phone, before.phone),
          remarks: given(input.remarks, before.remarks),
          kind,
          partnerCompany,
          updatedAt: now,
        })
        .where(eq(userProfile.userId, userId));
      if (input.rights) {
        await tx
          .update(member)
          .set({ role: formatRights(input.rights) })
          .where(and(eq(member.userId, userId), eq(member.organizationId, organisationId)));
      }
      if (input.regionIds) await replaceRegions(tx, organisationId, userId, input.regionIds);

      const after = await requireUser(tx, caller, userId);
      const entry = {
        organisationId,
        actor: auditActor(caller),
        entity: auditEntity(after),
        ipAddress: caller.ipAddress,
      };
      const changes = changedFields(auditView(before), auditView(after));
      if (Object.keys(changes.after).length > 0) {
        await recordAudit(tx, { ...entry, action: 'update', event: 'user.updated', ...changes });
      }
      const rightsBefore = parseRights(before.rightsRole);
      const rightsAfter = parseRights(after.rightsRole);
      if (formatRights(rightsBefore) !== formatRights(rightsAfter)) {
        await recordAudit(tx, {
          ...entry,
          action: 'security',
          event: 'rights.changed',
          before: { rights: rightsBefore },
          after: { rights: rightsAfter },
        });
      }
      return toUserSummary(after);
    }),
  );
  deps.actorCache?.invalidateUser(userId);
  return updated;
}
