import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWeb } from './lib/build-web.ts';
import { repoRoot } from './lib/paths.ts';
import { ensureSystemPackages } from './lib/system-packages.ts';
import { findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from './lib/throwaway-postgres.ts';

/**
 * `npm test`: every test project — unit, integration on PGlite and on a real PostgreSQL, and end-to-end
 * in Chromium — in one run. A throw-away PostgreSQL server is started unless TEST_DATABASE_URL is set.
 * Extra arguments go to Vitest (e.g. `npm test -- --project unit`).
 */
async function main(): Promise<number> {
  ensureSystemPackages();
  let postgres: ThrowawayPostgres | undefined;
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql.');
    postgres = await startThrowawayPostgres(bin);
    databaseUrl = postgres.url;
    console.log(`Started a throw-away PostgreSQL for the tests at ${databaseUrl}`);
  }
  const resultsDir = mkdtempSync(path.join(os.tmpdir(), 'veldwerk-results-'));
  const resultsFile = path.join(resultsDir, 'results.json');
  try {
    buildWeb({ ifMissing: false });
    const vitest = spawnSync(
      'vitest',
      [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${resultsFile}`,
        ...process.argv.slice(2),
      ],
      { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: databaseUrl } },
    );
    printSummary(resultsFile);
    return vitest.status ?? 1;
  } finally {
    postgres?.stop();
    rmSync(resultsDir, { recursive: true, force: true });
  }
}

/** The plain closing line CI reads: "N passed, N failed". */
function printSummary(resultsFile: string): void {
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    console.log(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  } catch {
    console.log('\nNo test results were written: the test run did not complete.');
  }
}

try {
  process.exit(await main());
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
