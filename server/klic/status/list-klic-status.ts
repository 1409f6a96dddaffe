import { and, asc, desc, eq, ilike, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.ts';
import { klicDelivery, klicMelding, project } from '../../infra/db/schema/index.ts';
import { toAmsterdamDate } from '../../infra/workdays/index.ts';
import { containsPattern } from '../../projects/list-projects.ts';
import type { StatusQuery, StatusRow } from './klic-status-schemas.ts';

const receivedAt = sql<Date | null>`coalesce(${klicDelivery.createdAt}, ${klicMelding.requestedAt}, ${klicMelding.createdAt})`;

const sortColumns = {
  meldnummer: klicMelding.meldnummer,
  referentie: klicMelding.referentie,
  project: project.number,
  state: klicMelding.state,
  expiresOn: klicMelding.expiresOn,
  receivedAt,
} as const;

function stateFilter(state: StatusQuery['state'], today: string): SQL | undefined {
  switch (state) {
    case 'all':
      return undefined;
    case 'linked':
      return isNotNull(klicMelding.projectId);
    case 'unlinked':
      return isNull(klicMelding.projectId);
    case 'expired':
      return lt(klicMelding.expiresOn, today);
    default:
      return eq(klicMelding.state, state);
  }
}

/** The search term in the meldnummer, the referentie or the linked project's number. */
export function meldingSearch(search: string): SQL | undefined {
  if (!search) return undefined;
  const pattern = containsPattern(search);
  return or(
    ilike(klicMelding.meldnummer, pattern),
    ilike(klicMelding.referentie, pattern),
    ilike(project.number, pattern),
  );
}

/** One page of meldingen in the given order, with their current delivery and their project's number. */
export function meldingPage(
  db: Database,
  where: SQL | undefined,
  paging: { page: number; pageSize: number },
  order: SQL[],
) {
  return db
    .select({
      melding: klicMelding,
      volgnummer: klicDelivery.volgnummer,
      deliveredAt: klicDelivery.createdAt,
      projectNumber: project.number,
    })
    .from(klicMelding)
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .where(where)
    .orderBy(...order)
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
}

/** "Status klics": one page of every KLIC of the organisation with its state, and the total. */
export async function listKlicStatus(db: Database, organisationId: string, query: StatusQuery) {
  const today = toAmsterdamDate(new Date());
  const where = and(
    eq(klicMelding.organisationId, organisationId),
    stateFilter(query.state, today),
    meldingSearch(query.search),
  );
  const order = query.direction === 'asc' ? asc : desc;
  const [rows, [counted]] = await Promise.all([
    meldingPage(db, where, query, [
      order(sortColumns[query.sort]),
      asc(klicMelding.meldnummer),
      asc(klicMelding.id),
    ]),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(klicMelding)
      .leftJoin(project, eq(project.id, klicMelding.projectId))
      .where(where),
  ]);
  const items: StatusRow[] = rows.map(({ melding, volgnummer, deliveredAt, projectNumber }) => ({
    id: melding.id,
    meldnummer: melding.meldnummer,
    referentie: melding.referentie,
    state: melding.state,
    volgnummer,
    projectId: melding.projectId,
    projectNumber,
    subProject: melding.subProject,
    linked: melding.projectId !== null,
    expiresOn: melding.expiresOn,
    expired: melding.expiresOn !== null && melding.expiresOn < today,
    requestedAt: melding.requestedAt,
    receivedAt: deliveredAt,
  }));
  return { items, total: counted?.total ?? 0 };
}
