import type { Jobs } from '../../infra/jobs/jobs.ts';
import { type KlicIntakeDeps, maxIntakeAttempts, processIntakeQueue } from './klic-intake-deps.ts';
import { processIntake } from './process-intake.ts';

/** The queue that processes every intake; pg-boss retries passing failures with back-off. */
export async function registerKlicIntakeJobs(jobs: Jobs, deps: Omit<KlicIntakeDeps, 'jobs'>): Promise<void> {
  await jobs.register<{ intakeId: string }>(
    processIntakeQueue,
    (data) => processIntake({ ...deps, jobs }, data.intakeId),
    { retryLimit: maxIntakeAttempts - 1, retryDelaySeconds: 30 },
  );
}
