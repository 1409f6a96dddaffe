import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from './database.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

export function openDatabase(config: Config['database'], logger: Logger): Promise<DatabaseHandle> {
  if (config.kind === 'pglite') return openPglite(config.dataDir);
  return openPostgres(config.url, {
    poolSize: config.poolSize,
    onError: (error) => logger.warn({ err: error }, 'database connection lost'),
  });
}
