import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { createdAt, organisationId, userId } from './columns.ts';

/**
 * What Veldwerk knows of a user beyond better-auth's login data (seed 001/002): name parts, function,
 * phone, remarks, internal or partner contractor, invitation and login dates, and removal. A removed
 * user keeps their row so that history keeps their name; they can no longer log in.
 */
export const userProfile = pgTable(
  'user_profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    jobTitle: text('job_title'),
    phone: text('phone'),
    remarks: text('remarks'),
    kind: text('kind', { enum: ['internal', 'partner'] })
      .notNull()
      .default('internal'),
    partnerCompany: text('partner_company'),
    /** True when the user has an e-mail address; username-only users get a placeholder address. */
    hasEmail: boolean('has_email').notNull().default(true),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    invitationSentAt: timestamp('invitation_sent_at', { withTimezone: true }),
    invitationConfirmedAt: timestamp('invitation_confirmed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: text('removed_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('user_profiles_organisation_idx').on(table.organisationId, table.lastName)],
);

/** A single-use link with which an invited user chooses their password. Only the token's hash is stored. */
export const userInvitation = pgTable(
  'user_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    userId: userId(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('user_invitations_token_idx').on(table.tokenHash),
    index('user_invitations_user_idx').on(table.userId),
  ],
);

/** Failed logins per account and per network address, for throttling. */
export const loginThrottle = pgTable('login_throttle', {
  /** `account:<identifier>` or `address:<ip>` */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});

/** Platform operators publish announcements; the right is outside any organisation. */
export const platformOperator = pgTable('platform_operators', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});
