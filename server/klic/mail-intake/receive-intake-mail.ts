import { acceptIntake } from '../intake/accept-intake.ts';
import type { KlicIntakeDeps } from '../intake/klic-intake-deps.ts';
import type { IntakeMail } from '../mail/smtp-intake-server.ts';
import { organisationOfIntakeAddress } from './mail-settings-repository.ts';

/** A mail that reached an intake address over SMTP: stored as an intake of each organisation it was for. */
export async function receiveIntakeMail(
  deps: KlicIntakeDeps,
  intakeDomain: string,
  mail: IntakeMail,
): Promise<void> {
  const organisations = new Set<string>();
  for (const recipient of mail.recipients) {
    const organisationId = await organisationOfIntakeAddress(deps.db, recipient, intakeDomain);
    if (organisationId) organisations.add(organisationId);
  }
  for (const organisationId of organisations) {
    await acceptIntake(deps, {
      organisationId,
      userId: null,
      source: 'smtp',
      fileName: `e-mail ${new Date().toISOString().slice(0, 16).replace('T', ' ')}.eml`,
      data: mail.raw,
    });
  }
}
