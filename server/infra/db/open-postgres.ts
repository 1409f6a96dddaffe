import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, DatabaseHandle } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import * as schema from './schema/index.ts';

/** A fixed key for the advisory lock that serialises migrations across app instances. */
const MIGRATION_LOCK_KEY = 7_317_301;

export async function openPostgres(
  connectionString: string,
  options: { poolSize: number; onError?: (error: Error) => void },
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its server emits here; without a listener the process would crash.
  pool.on('error', (error) => options.onError?.(error));
  const db = drizzle(pool, { schema }) as unknown as Database;
  const handle: DatabaseHandle = {
    kind: 'postgres',
    db,
    sql: {
      async executeSql(text, values) {
        const result = await pool.query(text, values);
        return { rows: result.rows };
      },
    },
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrate(drizzle(client), { migrationsFolder });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
  try {
    await handle.ping();
  } catch (error) {
    await pool.end();
    throw error;
  }
  return handle;
}
