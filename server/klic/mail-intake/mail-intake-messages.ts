import { defineReasonMessages } from '../../infra/i18n/reason-messages.ts';

export const mailIntakeMessages = defineReasonMessages({
  nl: {
    'klic.imap_host_unknown':
      'De mailserver {host} is niet te vinden. Controleer de naam van de IMAP-server.',
    'klic.imap_host_internal':
      'De mailserver {host} ligt in een intern netwerk; Veldwerk maakt daar geen verbinding mee. Gebruik het publieke adres van uw IMAP-server.',
    'klic.imap_poll_failed':
      'De mailbox kon niet worden gelezen. Controleer de instellingen of probeer het later opnieuw.',
    'klic.imap_mails_refused':
      '{count} e-mail(s) in de mailbox konden niet worden verwerkt (te groot of niet op te slaan). Stuur die mails door of upload de levering zelf.',
  },
  en: {
    'klic.imap_host_unknown': 'The mail server {host} cannot be found. Check the name of the IMAP server.',
    'klic.imap_host_internal':
      'The mail server {host} is in an internal network; Veldwerk does not connect there. Use the public address of your IMAP server.',
    'klic.imap_poll_failed': 'The mailbox could not be read. Check the settings or try again later.',
    'klic.imap_mails_refused':
      '{count} e-mail(s) in the mailbox could not be processed (too large or not storable). Forward those mails or upload the delivery yourself.',
  },
});
