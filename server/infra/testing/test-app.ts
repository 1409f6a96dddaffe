import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { type Auth, createAuth } from '../../accounts/auth.ts';
import { buildApp } from '../../app.ts';
import type { KlicIntakeSettings } from '../../klic/intake/klic-intake-deps.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createMailer, type Mailer } from '../mail/outbox.ts';
import { openTestDatabase } from './test-database.ts';
import { createTestKlicIntake, testKlicSettings } from './test-klic-intake.ts';

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  auth: Auth;
  mailer: Mailer;
  klic: Awaited<ReturnType<typeof createTestKlicIntake>>;
  close(): Promise<void>;
};

export const testPublicUrl = 'http://localhost:3999';

/**
 * The real HTTP application on a fresh test database (or the one given, which the caller then owns),
 * driven with `app.inject` (no port needed).
 */
export async function createTestApp(
  options: {
    webDistDir?: string;
    database?: DatabaseHandle;
    /** Overrides of the KLIC intake's test settings (a small upload limit, a local download host). */
    klicSettings?: Partial<KlicIntakeSettings>;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await openTestDatabase());
  const logger = pino({ level: 'silent' });
  // Mails stay in the outbox, where tests read them; no job queue runs in API tests.
  const mailer = createMailer(database.db, { send: async () => {} }, logger);
  const auth = createAuth(database.db, {
    secret: 'test-secret-test-secret-test-secret-0123456789',
    logger,
    baseUrl: testPublicUrl,
    secureCookies: false,
    sessionMaxAgeSeconds: 3600,
    mailer,
  });
  const klic = await createTestKlicIntake(database.db, logger, {
    ...testKlicSettings,
    ...options.klicSettings,
  });
  const app = await buildApp({
    config: { publicUrl: testPublicUrl, trustProxy: false, invitationValidDays: 7 },
    database,
    auth,
    mailer,
    logger,
    klic: klic.wiring,
    klicJobs: klic.jobs,
    ...(options.webDistDir ? { webDistDir: options.webDistDir } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    auth,
    mailer,
    klic,
    async close() {
      await app.close();
      await database.close();
      await klic.close();
    },
  };
}
