import type { Executor } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { takenIdentity } from './users-repository.ts';

/** The unique constraints on `users` and the form field each belongs to. */
const uniqueConstraintFields: Record<string, 'username' | 'email'> = {
  users_username_unique: 'username',
  users_email_unique: 'email',
};

function conflict(fields: Record<string, string>, cause?: unknown): AppError {
  return new AppError('CONFLICT', {
    fields,
    detail: `already in use: ${Object.keys(fields).join(', ')}`,
    cause,
  });
}

/**
 * Usernames and addresses are unique over all users of Veldwerk, removed ones included (their history
 * keeps them). Throws 409 with `fields` naming what is taken. `username` must be lower-case already.
 */
export async function assertIdentityFree(
  tx: Executor,
  candidate: { username?: string | undefined; email?: string | null | undefined },
  exceptUserId?: string,
): Promise<void> {
  const taken = await takenIdentity(tx, candidate, exceptUserId);
  const fields: Record<string, string> = {};
  if (taken.username) fields.username = 'already_exists';
  if (taken.email) fields.email = 'already_exists';
  if (Object.keys(fields).length > 0) throw conflict(fields);
}

/**
 * Two admins saving the same username at once both pass the check above; the unique constraint refuses
 * the second (SQLSTATE 23505 on PostgreSQL and PGlite alike, wrapped by Drizzle). Returns the same 409
 * for that error, undefined for any other.
 */
export function identityConflictOf(error: unknown): AppError | undefined {
  let cause = error;
  for (let depth = 0; depth < 5 && typeof cause === 'object' && cause !== null; depth++) {
    const { code, constraint } = cause as { code?: unknown; constraint?: unknown };
    if (code === '23505') {
      const field = typeof constraint === 'string' ? uniqueConstraintFields[constraint] : undefined;
      return field ? conflict({ [field]: 'already_exists' }, error) : undefined;
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Runs `work` and turns a unique violation of username or address into the 409 of the check. */
export async function withIdentityConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw identityConflictOf(error) ?? error;
  }
}
