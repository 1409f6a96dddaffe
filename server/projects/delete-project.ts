import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { klicMelding, project } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { auditedFields, linkedKlicCount, projectForChange } from './project-access.ts';
import './project-messages.ts';

/**
 * Deletes a project. Its linked KLICs are never dropped silently: without `unlinkKlics` the delete is
 * refused (409) with their count; with it they become unlinked ("ongekoppeld") in the same transaction.
 */
export async function deleteProject(
  db: Database,
  actor: Actor,
  id: string,
  unlinkKlics: boolean,
): Promise<{ unlinkedKlics: number }> {
  return db.transaction(async (tx) => {
    const before = await projectForChange(tx, actor, id);
    const klics = await linkedKlicCount(tx, id);
    if (klics > 0 && !unlinkKlics)
      throw new AppError('CONFLICT', {
        reason: 'projects.has_klics',
        params: { count: klics },
        fields: { klics: 'has_klics' },
      });
    if (klics > 0)
      await tx
        .update(klicMelding)
        .set({ projectId: null, subProject: null, updatedAt: new Date() })
        .where(eq(klicMelding.projectId, id));
    await tx.delete(project).where(eq(project.id, id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'delete',
      event: 'project.deleted',
      entity: { type: 'project', id, label: before.number },
      before: auditedFields(before),
      after: { unlinkedKlics: klics },
    });
    return { unlinkedKlics: klics };
  });
}
