import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { mailOutbox } from '../db/schema/index.ts';
import { AppError } from '../errors/app-error.ts';
import { aTestOrganisation } from '../testing/factories.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { enqueueMail } from './outbox.ts';

let database: DatabaseHandle;
let organisationId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  ({ organisationId } = await aTestOrganisation(database.db));
});

afterAll(async () => {
  await database?.close();
});

describe('enqueueMail', () => {
  it('stores the mail as queued and due now', async () => {
    const id = await database.db.transaction((tx) =>
      enqueueMail(tx, { organisationId, to: 'planner@example.test', subject: 'Onderwerp', text: 'Tekst' }),
    );

    const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row).toMatchObject({
      organisationId,
      to: 'planner@example.test',
      status: 'queued',
      attempts: 0,
      html: null,
      sentAt: null,
    });
    // Within a second: the row has the database's clock, the test the process's.
    expect(row?.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  it.each(['geen-adres', 'twee@@example.test', 'a@b@example.test', 'spatie in@example.test', ''])(
    'refuses the malformed address %j',
    async (to) => {
      const attempt = enqueueMail(database.db, { organisationId, to, subject: 'Onderwerp', text: 'Tekst' });
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { to: 'invalid_format' },
      });
    },
  );
});
