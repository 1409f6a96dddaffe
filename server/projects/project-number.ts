import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { isUniqueViolation } from '../infra/db/unique-violation.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { lockProjectNumber } from '../klic/intake/project-link.ts';

const numberTaken = () => new AppError('CONFLICT', { fields: { number: 'already_exists' } });

/**
 * Locks the number for this transaction and refuses it when another project of the organisation has it.
 * The lock also makes a delivery naming the number at this very moment wait (see makeCurrent).
 */
export async function claimProjectNumber(
  tx: Executor,
  organisationId: string,
  number: string,
  exceptId?: string,
): Promise<void> {
  await lockProjectNumber(tx, organisationId, number);
  const [taken] = await tx
    .select({ id: project.id })
    .from(project)
    .where(
      and(
        eq(project.organisationId, organisationId),
        eq(project.number, number),
        exceptId ? ne(project.id, exceptId) : undefined,
      ),
    )
    .for('update');
  if (taken) throw numberTaken();
}

/** Turns the unique index's violation (two writers passing the check at once) into the same 409. */
export function rethrowNumberTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw numberTaken();
  throw error;
}
