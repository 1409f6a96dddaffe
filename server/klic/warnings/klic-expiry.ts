import type { IsoDate, WorkdayCalendar } from '../../infra/workdays/index.ts';

/** A KLIC-melding may be used for this many working days after the melding (Dutch holidays excluded). */
export const klicValidityWorkdays = 20;

/**
 * The Verloopdatum of a KLIC-melding: the 20th working day after the melding date (the melding date itself
 * not counted), with the organisation's working-day calendar (`workdayCalendarFor(db, organisationId)`).
 * The KLIC is valid up to and including this day.
 */
export function klicExpiryDate(calendar: WorkdayCalendar, meldingDate: IsoDate): IsoDate {
  return calendar.addWorkingDays(meldingDate, klicValidityWorkdays);
}
