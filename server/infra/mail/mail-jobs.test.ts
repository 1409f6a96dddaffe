import type { Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import type { Jobs } from '../jobs/jobs.ts';
import { registerMailJobs } from './mail-jobs.ts';

describe('registerMailJobs without SMTP', () => {
  it('registers no job and says once where the mails are', async () => {
    const jobs = { register: vi.fn() } as unknown as Jobs;
    const logger = { info: vi.fn() } as unknown as Logger;

    await registerMailJobs(jobs, {} as Database, {
      smtpUrl: undefined,
      from: 'noreply@veldwerk.test',
      logger,
    });

    expect(jobs.register).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledOnce();
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('outbox'));
  });
});
