import { eq } from 'drizzle-orm';
import { klicMailSettings } from '../../infra/db/schema/index.ts';
import { isAppError } from '../../infra/errors/app-error.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { acceptIntake } from '../intake/accept-intake.ts';
import type { KlicIntakeDeps } from '../intake/klic-intake-deps.ts';
import { pollImapMailbox } from '../mail/imap-poller.ts';
import type { SecretBox } from './secret-box.ts';
import '../mail/imap-messages.ts';

/**
 * One round over every organisation's IMAP mailbox: unseen mails become intakes. A mailbox that fails
 * keeps its error (in Dutch) on the settings page; the others go on.
 */
export async function pollMailboxes(deps: KlicIntakeDeps, secrets: SecretBox): Promise<void> {
  const mailboxes = await deps.db
    .select()
    .from(klicMailSettings)
    .where(eq(klicMailSettings.imapEnabled, true));
  for (const settings of mailboxes) {
    if (!settings.imapHost || !settings.imapUser || !settings.imapPasswordEncrypted) continue;
    let lastError: string | null = null;
    try {
      await pollImapMailbox(
        {
          host: settings.imapHost,
          port: settings.imapPort ?? (settings.imapSecure ? 993 : 143),
          secure: settings.imapSecure,
          user: settings.imapUser,
          password: secrets.open(settings.imapPasswordEncrypted),
          mailbox: settings.imapMailbox,
          maxBytes: 25 * 1024 ** 2,
        },
        async (raw) => {
          await acceptIntake(deps, {
            organisationId: settings.organisationId,
            userId: null,
            source: 'imap',
            fileName: `IMAP ${settings.imapMailbox} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}.eml`,
            data: raw,
          }).catch((error: unknown) => {
            deps.logger.warn(
              { err: error, organisationId: settings.organisationId },
              'IMAP mail not taken in',
            );
            throw error;
          });
        },
      );
    } catch (error) {
      deps.logger.warn({ err: error, organisationId: settings.organisationId }, 'IMAP poll failed');
      lastError =
        (isAppError(error) && error.reason ? reasonMessage('nl', error.reason, error.params) : null) ??
        'De mailbox kon niet worden gelezen.';
    }
    await deps.db
      .update(klicMailSettings)
      .set({ imapLastPolledAt: new Date(), imapLastError: lastError })
      .where(eq(klicMailSettings.organisationId, settings.organisationId));
  }
}
