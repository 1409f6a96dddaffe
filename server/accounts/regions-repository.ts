import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { team } from '../infra/db/schema/index.ts';
import type { Actor } from './actor.ts';

/** The organisation's regions the actor may see: user admins all, others those they are assigned to. */
export async function visibleRegions(db: Executor, actor: Actor): Promise<{ id: string; name: string }[]> {
  const scope = actor.rights.includes('userAdmin')
    ? eq(team.organizationId, actor.organisationId)
    : and(eq(team.organizationId, actor.organisationId), inArray(team.id, actor.regionIds));
  if (!actor.rights.includes('userAdmin') && actor.regionIds.length === 0) return [];
  return db.select({ id: team.id, name: team.name }).from(team).where(scope).orderBy(asc(team.name));
}
