import type { Right } from '../rights.ts';

export type InvitationMailInput = {
  firstName: string;
  inviterName: string;
  organisationName: string;
  username: string;
  rights: Right[];
  link: string;
  expiresAt: Date;
};

const amsterdamClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** dd-mm-jjjj and HH:mm as seen in the Netherlands. */
export function dutchDateAndTime(instant: Date): { date: string; time: string } {
  const parts = amsterdamClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('day')}-${part('month')}-${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** What Veldwerk is for the invitee, by their rights (seed 001's descriptions of the rights). */
function purposeSentences(rights: Right[], organisationName: string): string[] {
  const sentences: string[] = [];
  if (rights.includes('fieldWorker')) {
    sentences.push(
      'In Veldwerk ziet u het werk dat aan u is toegewezen, met de KLIC-tekeningen op de kaart, en legt u ' +
        'proefsleuven, graafschade en afwijkende liggingen vast, ook op uw telefoon.',
    );
  }
  if (rights.includes('workPlanner')) {
    sentences.push('U bereidt er het werk voor: projecten, KLIC-meldingen en het toewijzen aan monteurs.');
  }
  if (rights.includes('userAdmin')) {
    sentences.push(`U beheert er de gebruikers, rechten en regio's van ${organisationName}.`);
  }
  if (sentences.length === 0) {
    sentences.push(
      `In Veldwerk organiseert ${organisationName} het werk in het veld, van aanvraag tot oplevering.`,
    );
  }
  return sentences;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The Dutch invitation mail, as plain text and as simple HTML in which every value is escaped. */
export function invitationMail(input: InvitationMailInput): { subject: string; text: string; html: string } {
  const { date, time } = dutchDateAndTime(input.expiresAt);
  const invitedBy = `${input.inviterName} heeft u uitgenodigd voor Veldwerk van ${input.organisationName}.`;
  const purpose = purposeSentences(input.rights, input.organisationName).join(' ');
  const validity = `De link werkt één keer en is geldig tot ${date} om ${time} uur.`;
  const ignore = 'Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.';
  const text = [
    `Beste ${input.firstName},`,
    `${invitedBy} ${purpose}`,
    `Uw gebruikersnaam is: ${input.username}`,
    `Kies via deze link uw wachtwoord; daarna bent u meteen ingelogd:\n${input.link}`,
    validity,
    ignore,
    `Met vriendelijke groet,\n${input.organisationName}`,
  ].join('\n\n');
  const e = escapeHtml;
  const html = [
    '<!doctype html><html lang="nl"><body style="font-family: Arial, sans-serif; line-height: 1.5">',
    `<p>Beste ${e(input.firstName)},</p>`,
    `<p>${e(invitedBy)} ${e(purpose)}</p>`,
    `<p>Uw gebruikersnaam is: <strong>${e(input.username)}</strong></p>`,
    `<p><a href="${e(input.link)}" style="display: inline-block; padding: 10px 16px; background: #1c7ed6; ` +
      'color: #ffffff; text-decoration: none; border-radius: 4px">Wachtwoord kiezen</a></p>',
    `<p>Werkt de knop niet? Open dan deze link: <br>${e(input.link)}</p>`,
    `<p>${e(validity)}</p>`,
    `<p>${e(ignore)}</p>`,
    `<p>Met vriendelijke groet,<br>${e(input.organisationName)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `Uitnodiging voor Veldwerk van ${input.organisationName}`, text, html };
}
