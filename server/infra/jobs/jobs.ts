import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/database.ts';

export type JobHandler<T> = (data: T) => Promise<void>;

/** Background work in the same database (pg-boss): retries, schedules, many app instances, no Redis. */
export type Jobs = {
  /** Declares a queue and its worker; jobs that throw are retried with back-off. */
  register<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options?: { retryLimit?: number; retryDelaySeconds?: number; expireInSeconds?: number; cron?: string },
  ): Promise<void>;
  send<T extends object>(name: string, data: T, options?: { singletonKey?: string }): Promise<void>;
  stop(): Promise<void>;
  boss: PgBoss;
};

export async function startJobs(
  database: DatabaseHandle,
  options: { connectionString?: string; logger: Logger },
): Promise<Jobs> {
  const boss = new PgBoss({
    ...(database.kind === 'postgres'
      ? { connectionString: options.connectionString, max: 4 }
      : { db: { executeSql: (text: string, values: unknown[]) => database.sql.executeSql(text, values) } }),
    schema: 'pgboss',
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  return {
    boss,
    async register(
      name,
      handler,
      { retryLimit = 5, retryDelaySeconds = 5, expireInSeconds = 900, cron } = {},
    ) {
      await boss.createQueue(name, {
        name,
        retryLimit,
        retryDelay: retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds,
      });
      await boss.work<Parameters<typeof handler>[0]>(name, async (jobs) => {
        for (const job of jobs) {
          await handler(job.data);
        }
      });
      if (cron) await boss.schedule(name, cron, {}, { tz: 'Europe/Amsterdam' });
    },
    async send(name, data, sendOptions = {}) {
      await boss.send(name, data, sendOptions);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 5_000 });
    },
  };
}
