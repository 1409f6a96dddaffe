import type { Jobs } from '../../infra/jobs/jobs.ts';
import { type DigestDeps, sendWarningDigests } from './send-digests.ts';

export const warningDigestQueue = 'klic.warning-digest';

/**
 * The daily KLIC warning digest at 06:30 Amsterdam time, Monday to Friday; holidays are skipped per
 * organisation by its own calendar. A retry after a failure sends only what was not sent yet that day.
 */
export async function registerKlicWarningJobs(jobs: Jobs, deps: DigestDeps): Promise<void> {
  await jobs.register(
    warningDigestQueue,
    async () => {
      const { mails } = await sendWarningDigests(deps);
      if (mails > 0) deps.logger?.info({ mails }, 'KLIC warning digests queued');
    },
    { retryLimit: 3, retryDelaySeconds: 60, cron: '30 6 * * 1-5' },
  );
}
