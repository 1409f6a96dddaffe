import type { Logger } from 'pino';
import type { Database } from '../../infra/db/database.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import type { Jobs } from '../../infra/jobs/jobs.ts';

export type KlicIntakeSettings = {
  maxUploadBytes: number;
  allowedDownloadHosts: readonly string[];
  downloadTimeoutMs: number;
  /**
   * IMAP servers in private, loopback or link-local networks (and without STARTTLS) are refused unless
   * this is set: otherwise a planner could make the server probe its own network.
   */
  allowInternalImapHosts: boolean;
};

/** What the KLIC intake needs from the rest of Veldwerk. */
export type KlicIntakeDeps = {
  db: Database;
  blobs: BlobStore;
  jobs: Pick<Jobs, 'send'>;
  logger: Logger;
  settings: KlicIntakeSettings;
};

export const processIntakeQueue = 'klic.process-intake';

/** Attempts before an intake that keeps failing for a passing reason (network, database) is given up. */
export const maxIntakeAttempts = 6;
