import { eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { workdayCalendarFor } from '../../accounts/holiday-rules-repository.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import {
  klicWarningRecipient,
  klicWarningSettings,
  notificationConsent,
} from '../../infra/db/schema/index.ts';
import type { Language } from '../../infra/i18n/language.ts';
import type { Mailer } from '../../infra/mail/outbox.ts';
import { type IsoDate, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { backfillKlicExpiry } from './backfill-expiry.ts';
import { computeKlicWarnings } from './compute-warnings.ts';
import { digestMail } from './digest-mail.ts';
import { getWarningSettings, recipientCandidates } from './warning-settings-repository.ts';

export type DigestDeps = { db: Database; mailer: Mailer; publicUrl: string; logger?: Logger };

/**
 * The daily digest: fills missing expiry dates, then, per organisation with recipients whose calendar
 * makes today a working day and that has at least one warning, one mail per recipient. The organisation's
 * digest_last_sent_on is claimed in the same transaction as its mails, so a second run (a retry, a restart,
 * a second app instance) on the same day sends nothing.
 */
export async function sendWarningDigests(deps: DigestDeps, now = new Date()): Promise<{ mails: number }> {
  const { db } = deps;
  const filled = await backfillKlicExpiry(db);
  if (filled > 0) deps.logger?.info({ filled }, 'KLIC expiry dates filled in');
  const today = toAmsterdamDate(now);
  const organisations = await db
    .selectDistinct({ organisationId: klicWarningRecipient.organisationId })
    .from(klicWarningRecipient)
    .leftJoin(
      klicWarningSettings,
      eq(klicWarningSettings.organisationId, klicWarningRecipient.organisationId),
    )
    .where(or(isNull(klicWarningSettings.digestLastSentOn), lt(klicWarningSettings.digestLastSentOn, today)));
  let mails = 0;
  for (const { organisationId } of organisations) {
    mails += await sendDigestOf(deps, organisationId, today);
  }
  return { mails };
}

async function sendDigestOf(deps: DigestDeps, organisationId: string, today: IsoDate): Promise<number> {
  const { db } = deps;
  const calendar = await workdayCalendarFor(db, organisationId);
  if (!calendar.isWorkingDay(today)) return 0;
  const settings = await getWarningSettings(db, organisationId);
  const warnings = await computeKlicWarnings(db, organisationId, {
    today,
    calendar,
    expiringWithinWorkdays: settings.expiringWithinWorkdays,
  });
  if (warnings.warnings.length === 0) return 0;
  const wanted = new Set(settings.recipientUserIds);
  const recipients = (await recipientCandidates(db, organisationId)).filter((c) => wanted.has(c.id));
  if (recipients.length === 0) return 0;
  const languages = await languagesOf(
    db,
    recipients.map((r) => r.id),
  );
  return db.transaction(async (tx) => {
    if (!(await claimDay(tx, organisationId, today))) return 0;
    for (const recipient of recipients) {
      const mail = digestMail({
        warnings,
        recipientName: recipient.name,
        language: languages.get(recipient.id) ?? 'nl',
        publicUrl: deps.publicUrl,
      });
      await deps.mailer.send({ organisationId, to: recipient.email, ...mail }, tx);
    }
    return recipients.length;
  });
}

/** Marks today as sent unless it already was; false when another run got there first. */
async function claimDay(tx: Executor, organisationId: string, today: IsoDate): Promise<boolean> {
  const claimed = await tx
    .insert(klicWarningSettings)
    .values({ organisationId, digestLastSentOn: today })
    .onConflictDoUpdate({
      target: klicWarningSettings.organisationId,
      set: { digestLastSentOn: today },
      setWhere: sql`${klicWarningSettings.digestLastSentOn} is null or ${klicWarningSettings.digestLastSentOn} < ${today}`,
    })
    .returning({ organisationId: klicWarningSettings.organisationId });
  return claimed.length > 0;
}

/**
 * The language each user chose in the app, as far as the server knows it: the language in which they
 * answered the notification question. Dutch otherwise.
 */
async function languagesOf(db: Executor, userIds: string[]): Promise<Map<string, Language>> {
  const rows = await db
    .select({ userId: notificationConsent.userId, language: notificationConsent.language })
    .from(notificationConsent)
    .where(inArray(notificationConsent.userId, userIds));
  return new Map(rows.map((r) => [r.userId, r.language === 'en' ? 'en' : 'nl']));
}
