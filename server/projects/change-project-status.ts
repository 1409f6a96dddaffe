import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { type ProjectStatus, project } from '../infra/db/schema/index.ts';
import { projectsForChange } from './project-access.ts';

/** "Status wijzigen naar" for the selected projects: all of them or, if one is not ours, none (404). */
export async function changeProjectStatus(
  db: Database,
  actor: Actor,
  input: { ids: string[]; status: ProjectStatus },
): Promise<{ changed: number }> {
  const ids = [...new Set(input.ids)];
  return db.transaction(async (tx) => {
    const projects = await projectsForChange(tx, actor, ids);
    const changing = projects.filter((found) => found.status !== input.status);
    if (changing.length === 0) return { changed: 0 };
    await tx
      .update(project)
      .set({ status: input.status, updatedAt: new Date() })
      .where(
        and(
          eq(project.organisationId, actor.organisationId),
          inArray(
            project.id,
            changing.map((found) => found.id),
          ),
        ),
      );
    for (const found of changing)
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'update',
        event: 'project.status_changed',
        entity: { type: 'project', id: found.id, label: found.number },
        before: { status: found.status },
        after: { status: input.status },
      });
    return { changed: changing.length };
  });
}
