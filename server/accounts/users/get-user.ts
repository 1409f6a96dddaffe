import type { Executor } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { toUserDetail } from './user-presenter.ts';
import type { UserDetail } from './user-schemas.ts';
import type { Caller } from './users-deps.ts';
import { findUser, type UserRecord } from './users-repository.ts';

/** A user of the caller's organisation; any other id is NOT_FOUND, whoever it belongs to. */
export async function requireUser(db: Executor, caller: Caller, userId: string): Promise<UserRecord> {
  const found = await findUser(db, caller.actor.organisationId, userId);
  if (!found) throw new AppError('NOT_FOUND', { detail: 'user not in organisation' });
  return found;
}

export async function getUser(db: Executor, caller: Caller, userId: string): Promise<UserDetail> {
  return toUserDetail(await requireUser(db, caller, userId));
}
