import { eq } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import type { Mailer } from '../../infra/mail/outbox.ts';

/** The web app's page that reads the token and asks for the new password. */
export const passwordResetPage = '/wachtwoord-herstellen';
export const passwordResetValidSeconds = 60 * 60;

export function passwordResetLink(publicUrl: string, token: string): string {
  const url = new URL(passwordResetPage, publicUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

/**
 * better-auth's `sendResetPassword`: the Dutch mail with the link to the web app's page. Users without
 * a real address (the placeholder ends in `.invalid`) and removed users get nothing; the answer to the
 * request is the same either way.
 */
export function sendPasswordResetMail(db: Database, mailer: Mailer, publicUrl: string) {
  return async ({ user, token }: { user: { id: string; email: string; name: string }; token: string }) => {
    if (user.email.endsWith('.invalid')) return;
    const [profile] = await db
      .select({
        organisationId: userProfile.organisationId,
        firstName: userProfile.firstName,
        removedAt: userProfile.removedAt,
      })
      .from(userProfile)
      .where(eq(userProfile.userId, user.id));
    if (profile?.removedAt) return;
    await mailer.send({
      organisationId: profile?.organisationId ?? null,
      to: user.email,
      subject: 'Nieuw wachtwoord instellen voor Veldwerk',
      text: resetMailText(profile?.firstName || user.name, passwordResetLink(publicUrl, token)),
    });
  };
}

function resetMailText(firstName: string, link: string): string {
  return [
    `Beste ${firstName},`,
    '',
    'Er is gevraagd om een nieuw wachtwoord voor uw account in Veldwerk. Met deze link kiest u een nieuw wachtwoord:',
    '',
    link,
    '',
    `De link werkt één keer en is ${passwordResetValidSeconds / 3600} uur geldig. Is hij verlopen, vraag dan op de inlogpagina via "Wachtwoord vergeten?" een nieuwe aan.`,
    '',
    'Heeft u dit niet zelf gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft zoals het is.',
    '',
    'Met vriendelijke groet,',
    'Veldwerk',
  ].join('\n');
}
