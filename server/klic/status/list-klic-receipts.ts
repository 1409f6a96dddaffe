import { and, asc, desc, eq, isNotNull, ne, type SQL, sql } from 'drizzle-orm';
import { workdayCalendarFor } from '../../accounts/holiday-rules-repository.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding, project } from '../../infra/db/schema/index.ts';
import { toAmsterdamDate } from '../../infra/workdays/index.ts';
import type { ReceiptRow, ReceiptsQuery } from './klic-status-schemas.ts';
import { meldingPage, meldingSearch } from './list-klic-status.ts';

const awaiting = sql<boolean>`(${klicMelding.state} = 'requested')`;

function statusFilter(status: ReceiptsQuery['status']): SQL | undefined {
  if (status === 'awaiting') return eq(klicMelding.state, 'requested');
  if (status === 'delivered') return ne(klicMelding.state, 'requested');
  return undefined;
}

/**
 * "Klic ontvangstbevestigingen": the meldingen whose receipt came in, the deliveries still awaited first
 * (longest waiting on top), with the working days between the request and today or the delivery.
 */
export async function listKlicReceipts(db: Database, organisationId: string, query: ReceiptsQuery) {
  const withReceipt = and(
    eq(klicMelding.organisationId, organisationId),
    isNotNull(klicMelding.receiptBlobKey),
  );
  const where = and(withReceipt, statusFilter(query.status), meldingSearch(query.search));
  const [rows, [counted], calendar] = await Promise.all([
    meldingPage(db, where, query, [
      desc(awaiting),
      sql`case when ${awaiting} then ${klicMelding.requestedAt} end asc nulls last`,
      desc(klicMelding.requestedAt),
      asc(klicMelding.meldnummer),
    ]),
    db
      .select({
        total: sql<number>`count(*) filter (where ${statusFilter(query.status) ?? sql`true`})::int`,
        awaiting: sql<number>`count(*) filter (where ${awaiting})::int`,
        delivered: sql<number>`count(*) filter (where not ${awaiting})::int`,
      })
      .from(klicMelding)
      .leftJoin(project, eq(project.id, klicMelding.projectId))
      .where(and(withReceipt, meldingSearch(query.search))),
    workdayCalendarFor(db, organisationId),
  ]);
  const today = toAmsterdamDate(new Date());
  const items: ReceiptRow[] = rows.map(({ melding, volgnummer, deliveredAt, projectNumber }) => {
    const waiting = melding.state === 'requested';
    const until = waiting ? today : deliveredAt ? toAmsterdamDate(deliveredAt) : null;
    return {
      id: melding.id,
      meldnummer: melding.meldnummer,
      referentie: melding.referentie,
      projectNumber,
      subProject: melding.subProject,
      state: melding.state,
      requestedAt: melding.requestedAt,
      awaiting: waiting,
      deliveredAt: waiting ? null : deliveredAt,
      volgnummer,
      workingDaysWaiting:
        melding.requestedAt && until
          ? Math.max(0, calendar.workingDaysBetween(toAmsterdamDate(melding.requestedAt), until))
          : null,
    };
  });
  return {
    items,
    total: counted?.total ?? 0,
    counts: { awaiting: counted?.awaiting ?? 0, delivered: counted?.delivered ?? 0 },
  };
}
