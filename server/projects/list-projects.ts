import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import type { Database } from '../infra/db/database.ts';
import { klicMelding, project } from '../infra/db/schema/index.ts';
import { assertVisibleRegion } from './project-access.ts';
import type { ListQuery } from './project-schemas.ts';

/**
 * Only for sorting by it, so it is counted for every project that matches. Written out so that the subquery
 * names the outer projects row, not its own table.
 */
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

/** How many KLIC-meldingen each of these projects has; only the page's projects, never a count over all. */
async function klicCountsOf(db: Database, organisationId: string, projectIds: string[]) {
  if (projectIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ projectId: klicMelding.projectId, count: sql<number>`count(*)::int` })
    .from(klicMelding)
    .where(and(eq(klicMelding.organisationId, organisationId), inArray(klicMelding.projectId, projectIds)))
    .groupBy(klicMelding.projectId);
  return new Map(rows.map((row) => [row.projectId as string, row.count]));
}

const listColumns = {
  id: project.id,
  number: project.number,
  description: project.description,
  regionId: project.regionId,
  status: project.status,
  startDate: project.startDate,
  klicValidityOverride: project.klicValidityOverride,
  updatedAt: project.updatedAt,
};

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
  const matching = db
    .select({ ...listColumns, sortKey: sql`${sortColumns[query.sort]}`.as('sort_key') })
    .from(project)
    .where(where)
    .$dynamic();
  // With a search term the hits are collected first (by the trigram indexes) and then ordered: an ORDER BY
  // inside the subquery keeps PostgreSQL from flattening it and walking the (organisation, number) index
  // until a page is full, which reads nearly every project when the hits sort last, as recent numbers do.
  const hits = (
    query.search ? matching.orderBy(order(sql`sort_key`), asc(project.number), asc(project.id)) : matching
  ).as('hits');
  const [page, [counted]] = await Promise.all([
    db
      .select({
        id: hits.id,
        number: hits.number,
        description: hits.description,
        regionId: hits.regionId,
        status: hits.status,
        startDate: hits.startDate,
        klicValidityOverride: hits.klicValidityOverride,
        updatedAt: hits.updatedAt,
      })
      .from(hits)
      .orderBy(order(hits.sortKey), asc(hits.number), asc(hits.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(project).where(where),
  ]);
  const klicCounts = await klicCountsOf(
    db,
    actor.organisationId,
    page.map((row) => row.id),
  );
  return {
    items: page.map((row) => ({ ...row, klics: klicCounts.get(row.id) ?? 0 })),
    total: counted?.total ?? 0,
  };
}

/** At most 50 of the organisation's projects by number or description: the choice when moving a KLIC. */
export function projectOptions(db: Database, organisationId: string, search: string) {
  const pattern = containsPattern(search);
  const byNumber = db
    .select({ id: project.id, number: project.number, description: project.description })
    .from(project)
    .where(
      and(
        eq(project.organisationId, organisationId),
        search ? or(ilike(project.number, pattern), ilike(project.description, pattern)) : undefined,
      ),
    )
    .orderBy(asc(project.number));
  if (!search) return byNumber.limit(50);
  // The hits first, then the first 50 of them: see listProjects.
  const hits = byNumber.as('hits');
  return db.select().from(hits).orderBy(asc(hits.number)).limit(50);
}
