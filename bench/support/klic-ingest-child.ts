import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../../server/infra/db/open-pglite.ts';
import { openPostgres } from '../../server/infra/db/open-postgres.ts';
import { ingestOnce } from './klic-ingest.ts';

/**
 * One ingest in a process of its own (started by bench/klic.ts with the server's Node options), so that
 * its memory growth is measured from a process that has done nothing else: `<postgres-url|pglite> <zip>`.
 * Prints one JSON line.
 */
const [target, zip] = process.argv.slice(2) as [string, string];
const dataDir = target === 'pglite' ? mkdtempSync(path.join(os.tmpdir(), 'veldwerk-bench-pglite-')) : null;
const database = dataDir ? await openPglite(dataDir) : await openPostgres(target, { poolSize: 4 });
try {
  await database.migrate();
  const { result, ms, peakGrowthMb, peakHeapMb } = await ingestOnce(database, zip);
  console.log(JSON.stringify({ outcome: result.outcome, ms, peakGrowthMb, peakHeapMb }));
} finally {
  await database.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
