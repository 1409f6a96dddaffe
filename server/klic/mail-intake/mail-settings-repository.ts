import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicMailSettings } from '../../infra/db/schema/index.ts';

export type MailSettingsRow = typeof klicMailSettings.$inferSelect;

/** The organisation's KLIC mail settings, created with a fresh intake address the first time they are asked for. */
export async function mailSettingsOf(tx: Executor, organisationId: string): Promise<MailSettingsRow> {
  await tx
    .insert(klicMailSettings)
    .values({ organisationId, intakeLocalPart: `klic-${randomBytes(6).toString('hex')}` })
    .onConflictDoNothing({ target: klicMailSettings.organisationId });
  const [row] = await tx
    .select()
    .from(klicMailSettings)
    .where(eq(klicMailSettings.organisationId, organisationId));
  return row as MailSettingsRow;
}

/** The organisation an intake address belongs to (case-insensitive; the domain must be ours). */
export async function organisationOfIntakeAddress(
  tx: Executor,
  address: string,
  intakeDomain: string,
): Promise<string | null> {
  const at = address.lastIndexOf('@');
  if (at < 1 || address.slice(at + 1).toLowerCase() !== intakeDomain.toLowerCase()) return null;
  const localPart = address.slice(0, at).toLowerCase();
  const [row] = await tx
    .select({ organisationId: klicMailSettings.organisationId })
    .from(klicMailSettings)
    .where(eq(sql`lower(${klicMailSettings.intakeLocalPart})`, localPart));
  return row?.organisationId ?? null;
}

/** IMAPS (TLS from the start) listens on 993, IMAP with STARTTLS on 143. */
export function defaultImapPort(secure: boolean): number {
  return secure ? 993 : 143;
}
