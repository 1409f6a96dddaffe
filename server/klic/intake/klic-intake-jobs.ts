import type { Jobs } from '../../infra/jobs/jobs.ts';
import { type KlicIntakeDeps, maxIntakeAttempts, processIntakeQueue } from './klic-intake-deps.ts';
import { processIntake } from './process-intake.ts';

/**
 * The queue that processes every intake; pg-boss retries passing failures with back-off. The Kadaster's
 * download server has short outages and maintenance windows while its link stays valid for 20 working
 * days, so five retries with doubling delays from 30 s (pg-boss adds jitter) spread the attempts over
 * roughly 15 to 30 minutes instead of hammering a server that is down. A large ingest may take minutes:
 * the job only expires after an hour.
 */
export async function registerKlicIntakeJobs(jobs: Jobs, deps: Omit<KlicIntakeDeps, 'jobs'>): Promise<void> {
  await jobs.register<{ intakeId: string }>(
    processIntakeQueue,
    (data) => processIntake({ ...deps, jobs }, data.intakeId),
    { retryLimit: maxIntakeAttempts - 1, retryDelaySeconds: 30, expireInSeconds: 3600 },
  );
}
