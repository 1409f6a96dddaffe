import nodemailer, { type NodemailerError } from 'nodemailer';
import { type DeliveryFailure, MailDeliveryError, type MailTransport } from './mail-transport.ts';

/** A dead or hanging server fails a send within seconds instead of minutes. */
const TIMEOUT_MS = 10_000;

/** Failures that are about the connection or our account, not about the mail: no mail can go out now. */
const unavailableCodes = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ETLS',
  'EPROXY',
  'EAUTH',
  'ENOAUTH',
]);
/** 421 service not available, 530 authentication required. */
const unavailableResponses = new Set([421, 530]);

/** Sends through the SMTP server of SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
  });
  return async (mail) => {
    try {
      await transporter.sendMail(mail);
    } catch (error) {
      throw toDeliveryError(error as NodemailerError);
    }
  };
}

function toDeliveryError(error: NodemailerError): MailDeliveryError {
  const message = `${error.code ?? 'ERROR'}: ${error.message}`;
  return new MailDeliveryError(failureOf(error), withoutCredentials(message).slice(0, 1_000), {
    cause: error,
  });
}

function failureOf(error: NodemailerError): DeliveryFailure {
  const { code, responseCode } = error;
  if (code !== undefined && unavailableCodes.has(code)) return 'unavailable';
  if (responseCode === undefined) return 'deferred';
  if (unavailableResponses.has(responseCode)) return 'unavailable';
  // 503 (bad sequence of commands) is about the session, not the mail.
  return responseCode >= 500 && responseCode < 600 && responseCode !== 503 ? 'rejected' : 'deferred';
}

/** Error texts do not normally hold the SMTP URL, but if one ever does, its password stays out. */
function withoutCredentials(text: string): string {
  return text.replace(/\/\/[^/\s@]*@/g, '//***@');
}
