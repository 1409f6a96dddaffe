import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { isUniqueViolation } from '../infra/db/unique-violation.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { linkWaitingMeldingen, lockProjectNumber } from '../klic/intake/project-link.ts';

export type ProjectView = { id: string; number: string; description: string; linkedKlics: number };

/**
 * Adds a project. KLIC-meldingen that were waiting with this project number as their reference link to it
 * at once (in the same transaction).
 */
export async function createProject(
  db: Database,
  actor: Actor,
  input: { number: string; description: string },
): Promise<ProjectView> {
  const organisationId = actor.organisationId;
  const id = randomUUID();
  return db.transaction(async (tx) => {
    // Links made by a delivery that arrives at this very moment wait for this lock (see makeCurrent).
    await lockProjectNumber(tx, organisationId, input.number);
    const [taken] = await tx
      .select({ id: project.id })
      .from(project)
      .where(and(eq(project.organisationId, organisationId), eq(project.number, input.number)))
      .for('update');
    if (taken) throw new AppError('CONFLICT', { fields: { number: 'already_exists' } });
    await tx
      .insert(project)
      .values({ id, organisationId, number: input.number, description: input.description })
      .catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw new AppError('CONFLICT', { fields: { number: 'already_exists' } });
        throw error;
      });
    const linkedKlics = await linkWaitingMeldingen(tx, organisationId, { id, number: input.number });
    await recordAudit(tx, {
      organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'create',
      event: 'project.created',
      entity: { type: 'project', id, label: input.number },
      after: { number: input.number, description: input.description, linkedKlics },
    });
    return { id, number: input.number, description: input.description, linkedKlics };
  });
}
