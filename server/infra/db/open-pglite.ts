import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, DatabaseHandle } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import { lockDataDirectory } from './pglite-lock.ts';
import * as schema from './schema/index.ts';

/**
 * The embedded database. `dataDir` undefined keeps it in memory (tests). PGlite has no lock of its own,
 * so a directory is locked for this process: a second process on it is refused.
 */
export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  let release: (() => Promise<void>) | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    release = await lockDataDirectory(dataDir);
  }
  let client: PGlite;
  try {
    // PostgreSQL's default 128 MB of shared buffers lives in PGlite's WASM heap, which never shrinks;
    // 32 MB keeps the embedded default lean (the operating system caches the data files as well).
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      postgresqlconf: ['shared_buffers = 32MB'],
      // Trigram indexes make '%term%' searches (project list) fast; the migration creates the extension.
      extensions: { pg_trgm },
    });
  } catch (error) {
    await release?.();
    throw error;
  }
  const db = drizzle(client, { schema }) as unknown as Database;
  return {
    kind: 'pglite',
    db,
    sql: {
      async executeSql(text, values) {
        if (values && values.length > 0) {
          const result = await client.query<Record<string, unknown>>(text, values);
          return { rows: result.rows };
        }
        // pg-boss sends several statements in one string (BEGIN; …; COMMIT;): exec runs them as one
        // unit on PGlite's single connection and returns a result per statement.
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
      },
    },
    // One process owns the directory (the lock above), so migrations need no further lock.
    migrate: () => migrate(drizzle(client), { migrationsFolder }),
    async ping() {
      await client.query('select 1');
    },
    async close() {
      await client.close();
      await release?.();
    },
  };
}
