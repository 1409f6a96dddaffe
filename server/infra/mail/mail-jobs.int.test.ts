import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mailOutbox } from '../db/schema/index.ts';
import { type Jobs, startJobs } from '../jobs/jobs.ts';
import { aTestOrganisation } from '../testing/factories.ts';
import { openTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { registerMailJobs } from './mail-jobs.ts';
import { createMailer, type Mailer, mailFlushQueue } from './outbox.ts';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.ts';

const logger = pino({ level: 'silent' });

let database: TestDatabase;
let organisationId: string;
let smtp: TestSmtpServer;
let jobs: Jobs;
let mailer: Mailer;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ organisationId } = await aTestOrganisation(database.db));
  smtp = await startTestSmtpServer();
  jobs = await startJobs(database, { connectionString: database.url, logger });
  await registerMailJobs(jobs, database.db, { smtpUrl: smtp.url, from: 'noreply@veldwerk.test', logger });
  mailer = createMailer(database.db, jobs, logger);
});

afterAll(async () => {
  await jobs?.stop();
  await smtp?.close();
  await database?.close();
});

const aMail = () => ({
  organisationId,
  to: `ontvanger-${randomUUID().slice(0, 8)}@example.test`,
  subject: 'Werkbon klaar',
  text: 'De werkbon is afgerond.',
});

async function expectDelivered(id: string, to: string) {
  await vi.waitFor(
    async () => {
      const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
      expect(row?.status).toBe('sent');
    },
    { timeout: 10_000, interval: 100 },
  );
  expect(smtp.receivedFor(to)).toHaveLength(1);
  expect(smtp.receivedFor(to)[0]?.subject).toBe('Werkbon klaar');
}

describe('mail jobs', () => {
  it('delivers a mail sent through the mailer by the mail.flush job', async () => {
    const mail = aMail();
    const id = await mailer.send(mail);
    await expectDelivered(id, mail.to);
  });

  it('delivers a mail sent inside a transaction once the transaction commits', async () => {
    const mail = aMail();
    const id = await database.db.transaction((tx) => mailer.send(mail, tx));
    await expectDelivered(id, mail.to);
  });

  it('schedules the flush every minute', async () => {
    const schedules = await jobs.boss.getSchedules();
    expect(schedules).toContainEqual(expect.objectContaining({ name: mailFlushQueue, cron: '* * * * *' }));
  });
});
