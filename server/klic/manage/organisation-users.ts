import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { member, user, userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';

export type UserRef = { userId: string; name: string };

export const holdsFieldWorkerRight = sql`(',' || ${member.role} || ',') like '%,fieldWorker,%'`;

/**
 * The named users of the organisation, by name. `fieldWorkers`: only active users with the right
 * 'fieldWorker' count (to give them KLICs); otherwise any member does (to take KLICs away again). Any
 * other id refuses the request as a whole: 422 on `field` with `not_a_field_worker` or `unknown_user`.
 */
export async function requireUsers(
  tx: Executor,
  organisationId: string,
  userIds: string[],
  options: { field: string; fieldWorkers: boolean },
): Promise<UserRef[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const found = await tx
    .select({ userId: user.id, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .innerJoin(userProfile, eq(userProfile.userId, member.userId))
    .where(
      and(
        eq(member.organizationId, organisationId),
        inArray(member.userId, unique),
        options.fieldWorkers ? and(holdsFieldWorkerRight, isNull(userProfile.removedAt)) : undefined,
      ),
    )
    .orderBy(asc(user.name));
  if (found.length !== unique.length) {
    const reason = options.fieldWorkers ? 'not_a_field_worker' : 'unknown_user';
    throw new AppError('VALIDATION_FAILED', { fields: { [options.field]: reason } });
  }
  return found;
}
