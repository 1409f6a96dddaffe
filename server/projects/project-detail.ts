import type { Actor } from '../accounts/actor.ts';
import { listLogbook } from '../accounts/logbook/logbook-query.ts';
import type { Database } from '../infra/db/database.ts';
import { linkedKlicCount, visibleProject } from './project-access.ts';
import { projectFieldWorkers } from './project-field-workers.ts';

/** One project as its form shows it: the fields, the KLIC count and the field workers. */
export async function projectDetail(db: Database, actor: Actor, id: string) {
  const found = await visibleProject(db, actor, id);
  return {
    ...found,
    klics: await linkedKlicCount(db, id),
    fieldWorkers: await projectFieldWorkers(db, id),
  };
}

/** "Logboek geselecteerde item": what the projects module logged of this project, newest first. */
export async function projectLogbook(
  db: Database,
  actor: Actor,
  id: string,
  paging: { page: number; pageSize: number },
) {
  await visibleProject(db, actor, id);
  const { items, total } = await listLogbook(db, actor.organisationId, {
    entityType: 'project',
    entityId: id,
    ...paging,
  });
  return {
    items: items.map((entry) => ({
      id: entry.id,
      createdAt: entry.createdAt.toISOString(),
      actorName: entry.actorName,
      action: entry.action,
      event: entry.event,
      before: entry.before,
      after: entry.after,
    })),
    total,
  };
}
