import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { Config } from '../infra/config/config.ts';
import type { Database } from '../infra/db/database.ts';
import { createLocalBlobStore } from '../infra/files/index.ts';
import type { Jobs } from '../infra/jobs/jobs.ts';
import { registerKlicIntakeJobs } from './intake/klic-intake-jobs.ts';
import type { KlicWiring } from './klic-routes.ts';
import { startSmtpIntakeServer } from './mail/smtp-intake-server.ts';
import { organisationOfIntakeAddress } from './mail-intake/mail-settings-repository.ts';
import { pollMailboxes } from './mail-intake/poll-mailboxes.ts';
import { receiveIntakeMail } from './mail-intake/receive-intake-mail.ts';
import { createSecretBox } from './mail-intake/secret-box.ts';

const imapPollQueue = 'klic.poll-imap';

/** The KLIC intake's background parts: the processing job, the IMAP poll and (when configured) the SMTP listener. */
export async function startKlicIntake(options: {
  config: Config;
  db: Database;
  jobs: Jobs;
  logger: Logger;
  secret: string;
}): Promise<{ wiring: KlicWiring; close(): Promise<void> }> {
  const { config, db, jobs, logger } = options;
  const wiring: KlicWiring = {
    blobs: createLocalBlobStore(config.filesDir),
    settings: config.klic,
    intakeDomain: config.klic.intakeDomain,
    secret: options.secret,
  };
  const deps = { db, jobs, logger, blobs: wiring.blobs, settings: wiring.settings };
  await registerKlicIntakeJobs(jobs, deps);
  const secrets = createSecretBox(options.secret);
  await jobs.register(imapPollQueue, () => pollMailboxes(deps, secrets), {
    retryLimit: 0,
    cron: `*/${config.klic.imapPollMinutes} * * * *`,
  });

  if (config.klic.smtpPort === undefined) return { wiring, close: async () => {} };
  const smtp = await startSmtpIntakeServer({
    host: config.klic.smtpHost,
    port: config.klic.smtpPort,
    maxBytes: 25 * 1024 ** 2,
    logger,
    acceptsRecipient: async (address) =>
      (await organisationOfIntakeAddress(db, address, config.klic.intakeDomain)) !== null,
    onMail: (mail) => receiveIntakeMail(deps, config.klic.intakeDomain, mail),
    ...(config.klic.smtpTls
      ? {
          tls: {
            key: await readFile(config.klic.smtpTls.keyFile),
            cert: await readFile(config.klic.smtpTls.certFile),
          },
        }
      : {}),
  });
  logger.info(
    { port: smtp.port, starttls: config.klic.smtpTls !== undefined },
    'KLIC intake SMTP listener ready',
  );
  return { wiring, close: () => smtp.close() };
}
