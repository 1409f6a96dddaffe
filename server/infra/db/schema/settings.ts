import { boolean, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { HolidayRules } from '../../workdays/index.ts';
import { organization } from './organisations.ts';

/** Per-organisation settings that are not part of better-auth's organisation row. */
export const organisationSettings = pgTable('organisation_settings', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  holidayRules: jsonb('holiday_rules').$type<HolidayRules>(),
  /** User admins must use two-factor authentication (TOTP). */
  requireTwoFactorForAdmins: boolean('require_two_factor_for_admins').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Instance-wide values that are generated once, e.g. the VAPID keys of browser push. */
export const instanceSetting = pgTable('instance_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
