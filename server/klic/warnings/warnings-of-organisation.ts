import { workdayCalendarFor } from '../../accounts/holiday-rules-repository.ts';
import type { Executor } from '../../infra/db/database.ts';
import { type IsoDate, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { computeKlicWarnings } from './compute-warnings.ts';
import type { KlicWarnings } from './warning-model.ts';
import { getWarningSettings } from './warning-settings-repository.ts';

/** The organisation's warnings on `today` (default: the Amsterdam date now), with its calendar and N. */
export async function warningsOfOrganisation(
  db: Executor,
  organisationId: string,
  today: IsoDate = toAmsterdamDate(new Date()),
): Promise<KlicWarnings> {
  const [calendar, settings] = await Promise.all([
    workdayCalendarFor(db, organisationId),
    getWarningSettings(db, organisationId),
  ]);
  return computeKlicWarnings(db, organisationId, {
    today,
    calendar,
    expiringWithinWorkdays: settings.expiringWithinWorkdays,
  });
}
