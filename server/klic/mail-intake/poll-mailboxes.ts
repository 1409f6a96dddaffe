import { eq } from 'drizzle-orm';
import { klicMailSettings } from '../../infra/db/schema/index.ts';
import { isAppError } from '../../infra/errors/app-error.ts';
import { acceptIntake } from '../intake/accept-intake.ts';
import type { KlicIntakeDeps } from '../intake/klic-intake-deps.ts';
import { pollImapMailbox } from '../mail/imap-poller.ts';
import { defaultMaxMailBytes } from '../mail/parse-kadaster-mail.ts';
import { assertPublicImapHost } from './imap-host-check.ts';
import { defaultImapPort, type MailSettingsRow } from './mail-settings-repository.ts';
import './mail-intake-messages.ts';
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
    const lastError = await pollOne(deps, secrets, settings).catch((error: unknown) => {
      deps.logger.warn({ err: error, organisationId: settings.organisationId }, 'IMAP poll failed');
      return isAppError(error) && error.reason
        ? { code: error.code, reason: error.reason, params: error.params }
        : { code: 'SERVICE_UNAVAILABLE', reason: 'klic.imap_poll_failed', params: {} };
    });
    await deps.db
      .update(klicMailSettings)
      .set({ imapLastPolledAt: new Date(), imapLastError: lastError })
      .where(eq(klicMailSettings.organisationId, settings.organisationId));
  }
}

/** One mailbox; resolves to the problem to show (mails that could not be taken in), or null. */
async function pollOne(deps: KlicIntakeDeps, secrets: SecretBox, settings: MailSettingsRow) {
  const host = settings.imapHost as string;
  await assertPublicImapHost(host, deps.settings.allowInternalImapHosts);
  const result = await pollImapMailbox(
    {
      host,
      port: settings.imapPort ?? defaultImapPort(settings.imapSecure),
      secure: settings.imapSecure,
      requireStartTls: !deps.settings.allowInternalImapHosts,
      user: settings.imapUser as string,
      password: secrets.open(settings.imapPasswordEncrypted as string),
      mailbox: settings.imapMailbox,
      maxBytes: defaultMaxMailBytes,
    },
    async (raw) => {
      await acceptIntake(deps, {
        organisationId: settings.organisationId,
        userId: null,
        source: 'imap',
        fileName: `IMAP ${settings.imapMailbox} ${new Date().toISOString().slice(0, 16).replace('T', ' ')}.eml`,
        data: raw,
      }).catch((error: unknown) => {
        deps.logger.warn({ err: error, organisationId: settings.organisationId }, 'IMAP mail not taken in');
        throw error;
      });
    },
    (uid, reason) =>
      deps.logger.warn({ uid, reason, organisationId: settings.organisationId }, 'IMAP mail refused'),
  );
  return result.failed > 0
    ? { code: 'VALIDATION_FAILED', reason: 'klic.imap_mails_refused', params: { count: result.failed } }
    : null;
}
