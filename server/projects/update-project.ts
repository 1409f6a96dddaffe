import { eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { changedFields, recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { linkWaitingMeldingen } from '../klic/intake/project-link.ts';
import { assertVisibleRegion, auditedFields, linkedKlicCount, projectForChange } from './project-access.ts';
import { projectFieldWorkers, setProjectFieldWorkers } from './project-field-workers.ts';
import { claimProjectNumber, rethrowNumberTaken } from './project-number.ts';
import type { UpdateInput } from './project-schemas.ts';

/**
 * Edits a project; a new number links the meldingen that were waiting with it as their reference. New field
 * workers get the project's KLICs, removed ones lose them.
 */
export async function updateProject(db: Database, actor: Actor, id: string, input: UpdateInput) {
  const organisationId = actor.organisationId;
  const { fieldWorkerIds, ...fields } = input;
  return db.transaction(async (tx) => {
    const before = await projectForChange(tx, actor, id);
    if (input.regionId !== undefined && input.regionId !== before.regionId)
      await assertVisibleRegion(tx, actor, input.regionId);
    const renumbered = input.number !== undefined && input.number !== before.number;
    if (renumbered) await claimProjectNumber(tx, organisationId, input.number as string, id);
    const [updated] = await tx
      .update(project)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(project.id, id))
      .returning()
      .catch(rethrowNumberTaken);
    const after = updated as NonNullable<typeof updated>;
    const linkedKlics = renumbered ? await linkWaitingMeldingen(tx, organisationId, after) : 0;
    const workers = fieldWorkerIds ? await setProjectFieldWorkers(tx, after, fieldWorkerIds) : null;
    const changes = changedFields(
      { ...auditedFields(before), fieldWorkers: workers?.before },
      { ...auditedFields(after), fieldWorkers: workers?.after },
    );
    await recordAudit(tx, {
      organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: 'project.updated',
      entity: { type: 'project', id, label: after.number },
      before: changes.before,
      after: linkedKlics > 0 ? { ...changes.after, linkedKlics } : changes.after,
    });
    return {
      ...after,
      klics: await linkedKlicCount(tx, id),
      linkedKlics,
      fieldWorkers: await projectFieldWorkers(tx, id),
    };
  });
}
