import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding, project } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { assignProjectWorkers, releaseFromProjectWorkers } from '../manage/field-worker-assignments.ts';
import { listMeldingen, type MeldingRow } from './list-meldingen.ts';

/**
 * "Ongekoppelde klics verplaatsen": links a melding to a project of the same organisation (its field workers
 * get it, the field workers of the project it leaves lose it), or unlinks it.
 */
export async function moveMelding(
  db: Database,
  actor: Actor,
  meldingId: string,
  target: { projectId: string | null; subProject: string | null },
): Promise<MeldingRow> {
  const organisationId = actor.organisationId;
  await db.transaction(async (tx) => {
    const [melding] = await tx
      .select()
      .from(klicMelding)
      .where(and(eq(klicMelding.id, meldingId), eq(klicMelding.organisationId, organisationId)))
      .for('update');
    if (!melding) throw new AppError('NOT_FOUND');
    let projectNumber: string | null = null;
    if (target.projectId) {
      const [found] = await tx
        .select({ number: project.number })
        .from(project)
        .where(and(eq(project.id, target.projectId), eq(project.organisationId, organisationId)));
      if (!found) throw new AppError('VALIDATION_FAILED', { fields: { projectId: 'not_found' } });
      projectNumber = found.number;
    }
    const subProject = target.projectId ? target.subProject || null : null;
    await tx
      .update(klicMelding)
      .set({ projectId: target.projectId, subProject, linkedByHand: true, updatedAt: new Date() })
      .where(eq(klicMelding.id, meldingId));
    if (melding.projectId && melding.projectId !== target.projectId) {
      await releaseFromProjectWorkers(tx, meldingId, melding.projectId, target.projectId);
    }
    if (target.projectId) await assignProjectWorkers(tx, target.projectId, { meldingIds: [meldingId] });
    await recordAudit(tx, {
      organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: target.projectId ? 'klic.linked' : 'klic.unlinked',
      entity: { type: 'klic', id: meldingId, label: melding.meldnummer },
      before: { projectId: melding.projectId, subProject: melding.subProject },
      after: { projectNumber, subProject },
    });
  });
  const [row] = await listMeldingen(db, organisationId, { id: meldingId });
  return row as MeldingRow;
}
