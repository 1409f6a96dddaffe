import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import type { Database } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { assertVisibleRegion } from './project-access.ts';
import type { ListQuery } from './project-schemas.ts';

/** Written out so that the subquery names the outer projects row, not its own table. */
const klics = sql<number>`(select count(*)::int from klic_meldingen km where km.project_id = projects.id)`;

const sortColumns = {
  number: project.number,
  description: project.description,
  status: project.status,
  startDate: project.startDate,
  updatedAt: project.updatedAt,
  klics,
} as const;

/** A search term as an ILIKE pattern that matches it literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function statusFilter(status: ListQuery['status']): SQL | undefined {
  if (status === 'all') return undefined;
  if (status === 'open') return inArray(project.status, ['new', 'inExecution']);
  return eq(project.status, status);
}

/** "Klic projecten – <regio>": one page of the region's projects with their KLIC count, and the total. */
export async function listProjects(db: Database, actor: Actor, query: ListQuery) {
  await assertVisibleRegion(db, actor, query.regionId);
  const pattern = containsPattern(query.search);
  const where = and(
    eq(project.organisationId, actor.organisationId),
    eq(project.regionId, query.regionId),
    statusFilter(query.status),
    query.search ? or(ilike(project.number, pattern), ilike(project.description, pattern)) : undefined,
  );
  const order = query.direction === 'asc' ? asc : desc;
  const [items, [counted]] = await Promise.all([
    db
      .select({
        id: project.id,
        number: project.number,
        description: project.description,
        regionId: project.regionId,
        status: project.status,
        startDate: project.startDate,
        klicValidityOverride: project.klicValidityOverride,
        updatedAt: project.updatedAt,
        klics,
      })
      .from(project)
      .where(where)
      .orderBy(order(sortColumns[query.sort]), asc(project.number), asc(project.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(project).where(where),
  ]);
  return { items, total: counted?.total ?? 0 };
}

/** At most 50 of the organisation's projects by number or description: the choice when moving a KLIC. */
export function projectOptions(db: Database, organisationId: string, search: string) {
  const pattern = containsPattern(search);
  return db
    .select({ id: project.id, number: project.number, description: project.description })
    .from(project)
    .where(
      and(
        eq(project.organisationId, organisationId),
        search ? or(ilike(project.number, pattern), ilike(project.description, pattern)) : undefined,
      ),
    )
    .orderBy(asc(project.number))
    .limit(50);
}
