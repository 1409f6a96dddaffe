import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import { team } from '../../infra/db/schema/index.ts';
import { isUniqueViolation } from '../../infra/db/unique-violation.ts';
import { AppError } from '../../infra/errors/app-error.ts';

/** A region name as users type it: trimmed, 1–100 characters, no control characters (line breaks, tabs). */
export const regionName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]*$/u);

function comparable(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

function nameTaken(cause?: unknown): AppError {
  return new AppError('CONFLICT', { fields: { name: 'already_exists' }, cause });
}

/**
 * Throws 409 fields.name='already_exists' when another region of the organisation has this name in any
 * letter case. Compared here rather than with SQL lower(), which ignores non-ASCII letters under the C
 * locale. Call it after `lockOrganisationRegions`, so that no other change slips in between.
 */
export async function assertRegionNameFree(
  tx: Executor,
  organisationId: string,
  name: string,
  exceptRegionId?: string,
): Promise<void> {
  const regions = await tx
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(eq(team.organizationId, organisationId));
  const wanted = comparable(name);
  if (regions.some((region) => region.id !== exceptRegionId && comparable(region.name) === wanted)) {
    throw nameTaken();
  }
}

/** Runs a region change; a unique violation of the name index (a concurrent writer) becomes the same 409. */
export async function withUniqueRegionName<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(error);
    throw error;
  }
}
