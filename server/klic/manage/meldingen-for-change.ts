import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';

export type MeldingForChange = typeof klicMelding.$inferSelect;

/**
 * The organisation's meldingen with these ids, locked for the change. When any id is not one of the
 * organisation's, the whole request answers 404: nothing of another organisation is touched or revealed.
 */
export async function meldingenForChange(
  tx: Executor,
  organisationId: string,
  ids: string[],
): Promise<MeldingForChange[]> {
  const unique = [...new Set(ids)];
  const found = await tx
    .select()
    .from(klicMelding)
    .where(and(eq(klicMelding.organisationId, organisationId), inArray(klicMelding.id, unique)))
    .orderBy(klicMelding.meldnummer)
    .for('update');
  if (found.length !== unique.length) throw new AppError('NOT_FOUND');
  return found;
}
