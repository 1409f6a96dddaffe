export type MailStatus = 'queued' | 'sent' | 'failed';

/** One row of `GET /api/mail/outbox`. Times are ISO strings. */
export type OutboxItem = {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

export type OutboxPage = { items: OutboxItem[]; total: number };

/** `GET /api/mail/outbox/:id`: the row plus the content and when the next try is due. */
export type OutboxMail = OutboxItem & { text: string | null; html: string | null; nextAttemptAt?: string };
