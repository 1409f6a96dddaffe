import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

/** What went wrong while reading an organisation's KLIC mailbox over IMAP, and what the user can do. */
export const imapMessages = defineReasonMessages({
  nl: {
    'klic.imap_login_failed':
      'Inloggen op de mailserver {host} als {user} is mislukt. Controleer de gebruikersnaam en het wachtwoord van de KLIC-mailbox in de instellingen; bij sommige mailproviders is een apart app-wachtwoord nodig.',
    'klic.imap_unreachable':
      'De mailserver {host} (poort {port}) was niet bereikbaar of verbrak de verbinding. Controleer de servernaam, de poort en de TLS-instelling van de KLIC-mailbox; Veldwerk probeert het bij de volgende ronde opnieuw.',
    'klic.imap_mailbox_missing':
      'De map {mailbox} bestaat niet in de mailbox van {user}. Controleer de mapnaam in de instellingen van de KLIC-mailbox (meestal INBOX).',
    'klic.imap_message_too_large':
      'Een mail in de KLIC-mailbox is groter dan de grens voor KLIC-mails en is overgeslagen (als gelezen gemarkeerd). Download de levering zelf bij het Kadaster en upload het ZIP-bestand hier.',
  },
  en: {
    'klic.imap_login_failed':
      "Signing in to the mail server {host} as {user} failed. Check the KLIC mailbox's user name and password in the settings; some mail providers require a separate app password.",
    'klic.imap_unreachable':
      "The mail server {host} (port {port}) could not be reached or closed the connection. Check the KLIC mailbox's server name, port and TLS setting; Veldwerk tries again in the next round.",
    'klic.imap_mailbox_missing':
      "The folder {mailbox} does not exist in the mailbox of {user}. Check the folder name in the KLIC mailbox's settings (usually INBOX).",
    'klic.imap_message_too_large':
      'A mail in the KLIC mailbox is larger than the limit for KLIC mails and was skipped (marked as read). Download the delivery from the Kadaster yourself and upload the ZIP file here.',
  },
});
