import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createAuth } from './accounts/auth.ts';
import { demoOrganisationName, formatDemoAccounts, seedDemoIfEmpty } from './accounts/seed-demo.ts';
import { registerAnnouncementJobs } from './announcements/announcement-jobs.ts';
import { buildApp, defaultWebDistDir } from './app.ts';
import { resolveAuthSecret } from './infra/config/auth-secret.ts';
import type { Config } from './infra/config/config.ts';
import type { DatabaseHandle } from './infra/db/database.ts';
import { openDatabase } from './infra/db/open-database.ts';
import { type Jobs, startJobs } from './infra/jobs/jobs.ts';
import { registerMailJobs } from './infra/mail/mail-jobs.ts';
import { createMailer } from './infra/mail/outbox.ts';
import { seedDemoKlic } from './klic/seed-demo-klic.ts';
import { startKlicIntake } from './klic/start-klic-intake.ts';
import { registerKlicWarningJobs } from './klic/warnings/warning-jobs.ts';

export type RunningVeldwerk = { app: FastifyInstance; url: string; close(): Promise<void> };

/**
 * Starts Veldwerk: database (locked when embedded), migrations, demo seed on first start, jobs, HTTP.
 * Everything opened is closed again when a later step fails, so a failed start leaves nothing behind.
 */
export async function startVeldwerk(config: Config, logger: Logger): Promise<RunningVeldwerk> {
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => logger.error({ err: error }));
  };
  try {
    const database: DatabaseHandle = await openDatabase(config.database, logger);
    cleanups.push(() => database.close());
    await database.migrate();
    logger.info({ database: database.kind }, 'database ready, migrations applied');

    let seeded = false;
    if (config.seedDemo) {
      const accounts = await seedDemoIfEmpty(database.db);
      seeded = accounts !== null;
      // Printed to the console only, once: the log never holds passwords.
      if (accounts) process.stdout.write(formatDemoAccounts(accounts, config.publicUrl));
    }

    const jobs: Jobs = await startJobs(database, {
      connectionString: config.database.kind === 'postgres' ? config.database.url : undefined,
      logger,
    });
    cleanups.push(() => jobs.stop());
    await registerMailJobs(jobs, database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
    await registerAnnouncementJobs(jobs, database.db, logger, {
      publicUrl: config.publicUrl,
      mailFrom: config.mailFrom,
    });
    const mailer = createMailer(database.db, jobs, logger);
    await registerKlicWarningJobs(jobs, { db: database.db, mailer, publicUrl: config.publicUrl, logger });

    const secret = await resolveAuthSecret(config.authSecret, config.dataDir);
    const klic = await startKlicIntake({ config, db: database.db, jobs, logger, secret });
    cleanups.push(() => klic.close());
    if (seeded) await seedDemoKlic(database.db, klic.wiring.blobs, demoOrganisationName);
    const auth = createAuth(database.db, {
      secret,
      logger,
      baseUrl: config.publicUrl,
      secureCookies: config.publicUrl.startsWith('https://'),
      sessionMaxAgeSeconds: config.sessionMaxAgeSeconds,
      mailer,
    });
    const app = await buildApp({
      config,
      database,
      auth,
      mailer,
      logger,
      jobs,
      klic: klic.wiring,
      klicJobs: jobs,
      webDistDir: defaultWebDistDir,
    });
    cleanups.push(() => app.close());
    const url = await app.listen({ port: config.port, host: config.host });
    return { app, url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
