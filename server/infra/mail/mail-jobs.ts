import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { Jobs } from '../jobs/jobs.ts';

/** Placeholder replaced by the mail sender (issue 2, mail). */
export async function registerMailJobs(
  _jobs: Jobs,
  _db: Database,
  _options: { smtpUrl: string | undefined; from: string; logger: Logger },
): Promise<void> {}
