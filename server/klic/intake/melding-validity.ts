import { eq } from 'drizzle-orm';
import { workdayCalendarFor } from '../../accounts/holiday-rules-repository.ts';
import type { Executor } from '../../infra/db/database.ts';
import { klicMelding } from '../../infra/db/schema/index.ts';
import { type IsoDate, isIsoDate, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { klicExpiryDate } from '../warnings/klic-expiry.ts';

/**
 * The Dutch calendar day of the aanvraag's date (an xs:dateTime with offset, or a plain date), or null
 * when it is missing or unreadable.
 */
export function meldingDateOf(aanvraagDatum: string | null): IsoDate | null {
  if (!aanvraagDatum) return null;
  const plain = aanvraagDatum.slice(0, 10);
  if (aanvraagDatum.length === 10) return isIsoDate(plain) ? plain : null;
  const instant = new Date(aanvraagDatum);
  if (!Number.isNaN(instant.getTime())) return toAmsterdamDate(instant);
  return isIsoDate(plain) ? plain : null;
}

/** Sets the melding date and its Verloopdatum (20 working days later on the organisation's calendar). */
export async function setMeldingValidity(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  meldingDate: IsoDate,
): Promise<void> {
  const expiresOn = klicExpiryDate(await workdayCalendarFor(tx, organisationId), meldingDate);
  await tx.update(klicMelding).set({ meldingDate, expiresOn }).where(eq(klicMelding.id, meldingId));
}

/**
 * Gives the melding its date and Verloopdatum: the delivery's aanvraag date when it has one, else the date
 * it already has, else the day the Kadaster confirmed the request (or today). Unchanged dates are not written.
 */
export async function refreshMeldingValidity(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  aanvraagDatum: string | null,
): Promise<void> {
  const [melding] = await tx
    .select({
      meldingDate: klicMelding.meldingDate,
      expiresOn: klicMelding.expiresOn,
      requestedAt: klicMelding.requestedAt,
    })
    .from(klicMelding)
    .where(eq(klicMelding.id, meldingId));
  if (!melding) return;
  const date =
    meldingDateOf(aanvraagDatum) ?? melding.meldingDate ?? toAmsterdamDate(melding.requestedAt ?? new Date());
  if (date === melding.meldingDate && melding.expiresOn) return;
  await setMeldingValidity(tx, organisationId, meldingId, date);
}
