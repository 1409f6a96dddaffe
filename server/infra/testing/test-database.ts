import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../db/database.ts';
import { openPglite } from '../db/open-pglite.ts';
import { openPostgres } from '../db/open-postgres.ts';

/**
 * A migrated database for one test file, of the kind the Vitest project asks for
 * (VELDWERK_TEST_DB=pglite | postgres). PostgreSQL gets a database of its own that is dropped on close.
 * Tests share it within a file but each creates its own organisation, so no test sees another's data.
 */
/** A test database; `url` is set on PostgreSQL, for what opens its own connections (pg-boss, a relay). */
export type TestDatabase = DatabaseHandle & { url: string | undefined };

export async function openTestDatabase(): Promise<TestDatabase> {
  const kind = process.env.VELDWERK_TEST_DB ?? 'pglite';
  if (kind === 'pglite') {
    const handle = await openPglite(undefined);
    await handle.migrate();
    return { ...handle, url: undefined };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    throw new Error(
      'VELDWERK_TEST_DB=postgres needs TEST_DATABASE_URL (a PostgreSQL user that may CREATE DATABASE). ' +
        '`npm test` starts a throw-away PostgreSQL server and sets it for you.',
    );
  }
  const name = `veldwerk_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { poolSize: 5 });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await withAdminClient(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
