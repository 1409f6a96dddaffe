import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { workdayCalendarFor } from '../../accounts/holiday-rules-repository.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding } from '../../infra/db/schema/index.ts';
import { klicExpiryDate } from './klic-expiry.ts';

/**
 * Fills the Verloopdatum of meldingen that have a melding date but no expiry yet (stored before the intake
 * set it), with each organisation's calendar: one update per organisation and melding date. Returns the
 * number of meldingen filled.
 */
export async function backfillKlicExpiry(db: Database): Promise<number> {
  const missing = await db
    .selectDistinct({ organisationId: klicMelding.organisationId, meldingDate: klicMelding.meldingDate })
    .from(klicMelding)
    .where(and(isNull(klicMelding.expiresOn), isNotNull(klicMelding.meldingDate)))
    .orderBy(klicMelding.organisationId, klicMelding.meldingDate);
  let filled = 0;
  let organisation: { id: string; calendar: Awaited<ReturnType<typeof workdayCalendarFor>> } | undefined;
  for (const { organisationId, meldingDate } of missing) {
    if (meldingDate === null) continue;
    if (organisation?.id !== organisationId) {
      organisation = { id: organisationId, calendar: await workdayCalendarFor(db, organisationId) };
    }
    const updated = await db
      .update(klicMelding)
      .set({ expiresOn: klicExpiryDate(organisation.calendar, meldingDate) })
      .where(
        and(
          eq(klicMelding.organisationId, organisationId),
          eq(klicMelding.meldingDate, meldingDate),
          isNull(klicMelding.expiresOn),
        ),
      )
      .returning({ id: klicMelding.id });
    filled += updated.length;
  }
  return filled;
}
