import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/free-port.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { mailOutbox } from '../db/schema/index.ts';
import { aTestOrganisation } from '../testing/factories.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { flushOutbox } from './flush-outbox.ts';
import { enqueueMail } from './outbox.ts';
import { createSmtpTransport } from './smtp-transport.ts';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.ts';

const from = 'Veldwerk <noreply@veldwerk.test>';
const unknownRecipient = 'onbekend@example.test';
const greylisted = 'later@example.test';

let database: DatabaseHandle;
let organisationId: string;
let smtp: TestSmtpServer;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ organisationId } = await aTestOrganisation(database.db));
  smtp = await startTestSmtpServer({
    recipientReplies: {
      [unknownRecipient]: { responseCode: 550, message: 'Onbekende ontvanger' },
      [greylisted]: { responseCode: 451, message: 'Probeer het later opnieuw' },
    },
  });
});

afterAll(async () => {
  await smtp?.close();
  await database?.close();
});

/** Rows are stamped by the database's clock; a second of margin keeps the tests clear of clock skew. */
const soon = () => new Date(Date.now() + 1_000);

const anAddress = () => `ontvanger-${randomUUID().slice(0, 8)}@example.test`;

function queue(to: string, subject = 'Uitnodiging voor Veldwerk') {
  return enqueueMail(database.db, {
    organisationId,
    to,
    subject,
    text: `Hallo ${to}`,
    html: `<p>Hallo ${to}</p>`,
  });
}

async function outboxRow(id: string) {
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  if (!row) throw new Error(`no outbox row ${id}`);
  return row;
}

describe('flushOutbox', () => {
  it('delivers a queued mail over SMTP and marks it sent', async () => {
    const to = anAddress();
    const id = await queue(to, 'Welkom bij Veldwerk');
    const now = soon();

    const result = await flushOutbox(database.db, createSmtpTransport(smtp.url), { from, now });

    expect(result).toEqual({ sent: 1, failed: 0, deferred: 0 });
    const [mail] = smtp.receivedFor(to);
    expect(mail?.subject).toBe('Welkom bij Veldwerk');
    expect(mail?.text?.trim()).toBe(`Hallo ${to}`);
    expect(mail?.html).toContain(`<p>Hallo ${to}</p>`);
    expect(mail?.from?.value[0]?.address).toBe('noreply@veldwerk.test');
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row.sentAt?.getTime()).toBe(now.getTime());
  });

  it('keeps the mail queued with back-off while SMTP is down, and delivers it once SMTP is back', async () => {
    const port = await freePort();
    const to = anAddress();
    const id = await queue(to);
    const now = soon();

    const down = await flushOutbox(
      database.db,
      createSmtpTransport(`smtp://veldwerk:geheim@127.0.0.1:${port}`),
      {
        from,
        now,
      },
    );

    expect(down).toEqual({ sent: 0, failed: 0, deferred: 1 });
    const waiting = await outboxRow(id);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1, sentAt: null });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ESOCKET/);
    expect(waiting.lastError).not.toContain('geheim');
    expect(waiting.nextAttemptAt.getTime()).toBe(now.getTime() + 30_000);

    const notYetDue = await flushOutbox(database.db, createSmtpTransport(smtp.url), { from, now });
    expect(notYetDue).toEqual({ sent: 0, failed: 0, deferred: 0 });

    const revived = await startTestSmtpServer({ port });
    try {
      const later = new Date(waiting.nextAttemptAt.getTime() + 1_000);
      const back = await flushOutbox(database.db, createSmtpTransport(revived.url), { from, now: later });

      expect(back).toEqual({ sent: 1, failed: 0, deferred: 0 });
      expect(revived.receivedFor(to)).toHaveLength(1);
      expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 2, sentAt: later });
      await flushOutbox(database.db, createSmtpTransport(revived.url), { from, now: later });
      expect(revived.receivedFor(to)).toHaveLength(1);
    } finally {
      await revived.close();
    }
  });

  it('doubles the back-off per attempt', async () => {
    const port = await freePort();
    const id = await queue(anAddress());
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    let now = soon();
    for (const expectedDelay of [30_000, 60_000, 120_000]) {
      await flushOutbox(database.db, transport, { from, now });
      const row = await outboxRow(id);
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(expectedDelay);
      now = row.nextAttemptAt;
    }
  });

  it('marks a mail failed when the server rejects the recipient for good (550)', async () => {
    const id = await queue(unknownRecipient);

    const result = await flushOutbox(database.db, createSmtpTransport(smtp.url), { from, now: soon() });

    expect(result).toEqual({ sent: 0, failed: 1, deferred: 0 });
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, sentAt: null });
    expect(row.lastError).toContain('550');
    expect(smtp.receivedFor(unknownRecipient)).toHaveLength(0);
  });

  it('retries a mail the server defers (451) and still sends the others', async () => {
    const deferredId = await queue(greylisted);
    const to = anAddress();
    const sentId = await queue(to);
    const now = soon();

    const result = await flushOutbox(database.db, createSmtpTransport(smtp.url), { from, now });

    expect(result).toEqual({ sent: 1, failed: 0, deferred: 1 });
    const deferred = await outboxRow(deferredId);
    expect(deferred).toMatchObject({ status: 'queued', attempts: 1 });
    expect(deferred.lastError).toContain('451');
    expect(deferred.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect((await outboxRow(sentId)).status).toBe('sent');
  });

  it('sends each mail once when two flushes run at the same time', async () => {
    const addresses = Array.from({ length: 8 }, anAddress);
    const ids: string[] = [];
    for (const to of addresses) ids.push(await queue(to));
    const transport = createSmtpTransport(smtp.url);
    const now = soon();

    const results = await Promise.all([
      flushOutbox(database.db, transport, { from, now }),
      flushOutbox(database.db, transport, { from, now }),
    ]);

    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(addresses.length);
    for (const to of addresses) expect(smtp.receivedFor(to)).toHaveLength(1);
    for (const id of ids) expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
