/** One mail as handed to the transport. */
export type OutgoingMail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

/** Delivers one mail; rejects with a MailDeliveryError that says whether trying again can help. */
export type MailTransport = (mail: OutgoingMail) => Promise<void>;

/**
 * - rejected: the server refused this mail for good (SMTP 5xx); retrying gets the same answer
 * - deferred: the server refused this mail for now (SMTP 4xx); retry it later
 * - unavailable: no mail can go out now (server down, timeout, wrong credentials); retry everything later
 */
export type DeliveryFailure = 'rejected' | 'deferred' | 'unavailable';

export class MailDeliveryError extends Error {
  readonly failure: DeliveryFailure;

  /** `message` ends up in the outbox for user admins to read: it must never hold secrets. */
  constructor(failure: DeliveryFailure, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MailDeliveryError';
    this.failure = failure;
  }
}
