import { eq } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { organisationSettings } from '../infra/db/schema/index.ts';
import {
  createWorkdayCalendar,
  defaultHolidayRules,
  type HolidayRules,
  type WorkdayCalendar,
} from '../infra/workdays/index.ts';

/** The organisation's holiday rules; the defaults until a user admin changes them. */
export async function getHolidayRules(db: Executor, organisationId: string): Promise<HolidayRules> {
  const [row] = await db
    .select({ rules: organisationSettings.holidayRules })
    .from(organisationSettings)
    .where(eq(organisationSettings.organisationId, organisationId));
  return row?.rules ?? defaultHolidayRules;
}

export async function saveHolidayRules(
  db: Executor,
  organisationId: string,
  rules: HolidayRules,
): Promise<void> {
  const normalised = { ...rules, extraClosedDays: [...new Set(rules.extraClosedDays)].sort() };
  await db
    .insert(organisationSettings)
    .values({ organisationId, holidayRules: normalised })
    .onConflictDoUpdate({
      target: organisationSettings.organisationId,
      set: { holidayRules: normalised, updatedAt: new Date() },
    });
}

/** The working-day calendar every module uses for deadlines of this organisation. */
export async function workdayCalendarFor(db: Executor, organisationId: string): Promise<WorkdayCalendar> {
  return createWorkdayCalendar(await getHolidayRules(db, organisationId));
}
