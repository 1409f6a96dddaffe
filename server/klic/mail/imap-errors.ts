import type { ImapFlowError } from 'imapflow';
import { AppError, isAppError } from '../../infra/errors/app-error.ts';
import './imap-messages.ts';

export const imapReasons = {
  loginFailed: 'klic.imap_login_failed',
  unreachable: 'klic.imap_unreachable',
  mailboxMissing: 'klic.imap_mailbox_missing',
  messageTooLarge: 'klic.imap_message_too_large',
} as const;

interface ImapTarget {
  host: string;
  port: number;
  user: string;
  mailbox: string;
}

/**
 * Turns what ImapFlow or the socket threw into the reason a user can act on. The detail names the
 * library's code for the log. The library's error is not kept as the cause: it can carry the
 * command as sent, and a LOGIN command holds the password.
 */
export function toImapError(error: unknown, target: ImapTarget): AppError {
  if (isAppError(error)) return error;
  const failure = (error ?? {}) as ImapFlowError;
  const what = failure.code ?? failure.serverResponseCode ?? failure.message ?? 'error';
  const detail = `IMAP ${target.host}:${target.port}: ${what}`;
  if (failure.authenticationFailed) {
    return new AppError('VALIDATION_FAILED', {
      reason: imapReasons.loginFailed,
      params: { host: target.host, user: target.user },
      detail,
    });
  }
  if (failure.mailboxMissing) {
    return new AppError('VALIDATION_FAILED', {
      reason: imapReasons.mailboxMissing,
      params: { mailbox: target.mailbox, user: target.user },
      detail,
    });
  }
  return new AppError('SERVICE_UNAVAILABLE', {
    reason: imapReasons.unreachable,
    params: { host: target.host, port: target.port },
    detail,
  });
}
