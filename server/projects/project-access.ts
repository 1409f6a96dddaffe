import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { findRegion } from '../accounts/regions-repository.ts';
import type { Executor } from '../infra/db/database.ts';
import { klicMelding, project } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';

/** Whether the actor sees the region (user admins all of the organisation's, others their assigned ones). */
function seesRegion(actor: Actor, regionId: string | null): boolean {
  return regionId === null || actor.rights.includes('userAdmin') || actor.regionIds.includes(regionId);
}

/** A region of the organisation the actor may see; any other answers 404, as if it did not exist. */
export async function assertVisibleRegion(tx: Executor, actor: Actor, regionId: string): Promise<void> {
  if (!seesRegion(actor, regionId) || !(await findRegion(tx, actor.organisationId, regionId)))
    throw new AppError('NOT_FOUND');
}

export type ProjectRecord = typeof project.$inferSelect;

/** The organisation's project in a region the actor sees, locked for the change; otherwise 404. */
export async function projectForChange(tx: Executor, actor: Actor, id: string): Promise<ProjectRecord> {
  const [found] = await tx
    .select()
    .from(project)
    .where(and(eq(project.organisationId, actor.organisationId), eq(project.id, id)))
    .for('update');
  if (!found || !seesRegion(actor, found.regionId)) throw new AppError('NOT_FOUND');
  return found;
}

/** The organisation's project in a region the actor sees (to read it); otherwise 404. */
export async function visibleProject(tx: Executor, actor: Actor, id: string): Promise<ProjectRecord> {
  const [found] = await tx
    .select()
    .from(project)
    .where(and(eq(project.organisationId, actor.organisationId), eq(project.id, id)));
  if (!found || !seesRegion(actor, found.regionId)) throw new AppError('NOT_FOUND');
  return found;
}

/** The organisation's projects, locked for the change; 404 when any of them is not one the actor may change. */
export async function projectsForChange(tx: Executor, actor: Actor, ids: string[]): Promise<ProjectRecord[]> {
  const found = await tx
    .select()
    .from(project)
    .where(and(eq(project.organisationId, actor.organisationId), inArray(project.id, ids)))
    .for('update');
  if (found.length !== ids.length || found.some((row) => !seesRegion(actor, row.regionId)))
    throw new AppError('NOT_FOUND');
  return found;
}

/** What the logbook keeps of a project. */
export function auditedFields(
  record: Omit<ProjectRecord, 'id' | 'organisationId' | 'createdAt' | 'updatedAt'>,
) {
  return {
    number: record.number,
    description: record.description,
    regionId: record.regionId,
    status: record.status,
    startDate: record.startDate,
    klicValidityOverride: record.klicValidityOverride,
  };
}

/** How many KLIC-meldingen are linked to the project. */
export async function linkedKlicCount(tx: Executor, projectId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(klicMelding)
    .where(eq(klicMelding.projectId, projectId));
  return row?.count ?? 0;
}
