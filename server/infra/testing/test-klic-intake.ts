import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import type { KlicIntakeSettings } from '../../klic/intake/klic-intake-deps.ts';
import { processIntake } from '../../klic/intake/process-intake.ts';
import type { KlicWiring } from '../../klic/klic-routes.ts';
import type { Database } from '../db/database.ts';
import { createLocalBlobStore } from '../files/index.ts';

export const testKlicSettings: KlicIntakeSettings = {
  maxUploadBytes: 50 * 1024 ** 2,
  // None: a test that downloads names its own local server (host and port) in its settings.
  allowedDownloadHosts: [],
  downloadTimeoutMs: 10_000,
  // The test IMAP server (dovecot) listens on 127.0.0.1 without TLS.
  allowInternalImapHosts: true,
};

/**
 * The KLIC intake of an API test: a blob store in a temporary folder and an in-process queue instead of
 * pg-boss. `runQueuedIntakes` runs the real processing of everything queued (also what it queues itself).
 */
export async function createTestKlicIntake(db: Database, logger: Logger, settings = testKlicSettings) {
  const filesDir = await mkdtemp(path.join(tmpdir(), 'veldwerk-files-'));
  const wiring: KlicWiring = {
    blobs: createLocalBlobStore(filesDir),
    settings,
    intakeDomain: 'intake.veldwerk.test',
    secret: 'test-secret-test-secret-test-secret-0123456789',
  };
  const queued: string[] = [];
  const jobs = {
    async send(_name: string, data: object) {
      queued.push((data as { intakeId: string }).intakeId);
    },
  };
  const deps = { db, jobs, logger, blobs: wiring.blobs, settings };
  return {
    wiring,
    jobs,
    /** What the intake runs on, for tests that drive SMTP, IMAP or a retry themselves. */
    deps,
    filesDir,
    /** Runs every queued intake once (errors that would be retried are swallowed, as a queue would). */
    async runQueuedIntakes(): Promise<void> {
      while (queued.length > 0) {
        const intakeId = queued.shift() as string;
        await processIntake(deps, intakeId).catch(() => undefined);
      }
    },
    close: () => rm(filesDir, { recursive: true, force: true }),
  };
}
