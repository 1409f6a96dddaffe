import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { HolidayRules } from '../../workdays/index.ts';
import { organization } from './organisations.ts';

/** Per-organisation settings that are not part of better-auth's organisation row. */
export const organisationSettings = pgTable('organisation_settings', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  holidayRules: jsonb('holiday_rules').$type<HolidayRules>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
