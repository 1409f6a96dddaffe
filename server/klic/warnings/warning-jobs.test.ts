import { describe, expect, it } from 'vitest';
import type { Jobs } from '../../infra/jobs/jobs.ts';
import type { DigestDeps } from './send-digests.ts';
import { registerKlicWarningJobs, warningDigestQueue } from './warning-jobs.ts';

describe('registerKlicWarningJobs', () => {
  it('schedules the digest at 06:30 on Monday to Friday, with retries', async () => {
    const registered: { name: string; options: unknown }[] = [];
    const jobs = {
      register: async (name: string, _handler: unknown, options: unknown) => {
        registered.push({ name, options });
      },
    } as unknown as Jobs;
    await registerKlicWarningJobs(jobs, {} as DigestDeps);
    expect(registered).toEqual([
      { name: warningDigestQueue, options: expect.objectContaining({ cron: '30 6 * * 1-5', retryLimit: 3 }) },
    ]);
  });
});
