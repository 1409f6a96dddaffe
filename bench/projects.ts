import os from 'node:os';
import { findPostgresBin, startThrowawayPostgres } from '../scripts/lib/throwaway-postgres.ts';
import { createOrganisation } from '../server/accounts/create-organisation.ts';
import { openPostgres } from '../server/infra/db/open-postgres.ts';
import { aTestUser, logIn } from '../server/infra/testing/factories.ts';
import { createTestApp } from '../server/infra/testing/test-app.ts';
import { loadProjectBenchData } from './support/project-bench-data.ts';

/**
 * `npm run bench:projects`: the Klic projecten list API (`GET /api/projects`) and the project choice
 * (`GET /api/projects/options`) with 100,000 projects and 500,000 KLICs in one organisation on PostgreSQL,
 * through the real HTTP app (app.inject, one request at a time, as a work planner). Target: p95 < 100 ms.
 * Options: BENCH_REQUESTS per case (default 200), BENCH_PROJECTS, BENCH_KLICS, BENCH_DATABASE_URL (an
 * empty database to fill and keep, else a throw-away server), BENCH_SETUP_SQL (run after loading, e.g. to
 * try an index).
 */
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const counts = {
  projects: Number(process.env.BENCH_PROJECTS ?? 100_000),
  klics: Number(process.env.BENCH_KLICS ?? 500_000),
};
const targetMs = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const bin = findPostgresBin();
const server = process.env.BENCH_DATABASE_URL
  ? undefined
  : bin
    ? await startThrowawayPostgres(bin)
    : undefined;
const url = process.env.BENCH_DATABASE_URL ?? server?.url;
if (!url) throw new Error('No PostgreSQL: install the postgresql package or set BENCH_DATABASE_URL.');
const database = await openPostgres(url, { poolSize: 10 });
await database.migrate();
const t = await createTestApp({ database });
try {
  const org = await database.db.transaction((tx) =>
    createOrganisation(tx, { name: 'Grondwerken Bench', regions: ['Midden', 'Oost', 'Noord', 'Zuid'] }),
  );
  const started = performance.now();
  const data = await loadProjectBenchData(url, org.organisationId, org.regionIds, counts);
  const loadSeconds = (performance.now() - started) / 1000;
  if (process.env.BENCH_SETUP_SQL) await database.sql.executeSql(process.env.BENCH_SETUP_SQL);
  const planner = await aTestUser(database.db, org, {
    rights: ['workPlanner'],
    regionIds: [data.bigRegionId],
  });
  const cookie = await logIn(t.app, planner);

  async function get(path: string): Promise<{ ms: number; body: Record<string, unknown> }> {
    const begun = performance.now();
    const response = await t.app.inject({ method: 'GET', url: path, headers: { cookie } });
    const ms = performance.now() - begun;
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    return { ms, body: response.json() };
  }

  async function measure(title: string, path: string) {
    const first = await get(path);
    for (let i = 0; i < 20; i++) await get(path);
    const times: number[] = [];
    for (let i = 0; i < requests; i++) times.push((await get(path)).ms);
    times.sort((a, b) => a - b);
    const hits = 'total' in first.body ? first.body.total : (first.body.projects as unknown[]).length;
    const [p50, p95, p99] = [50, 95, 99].map((p) => Number(percentile(times, p).toFixed(1)));
    console.log(`${title}: p50 ${p50} p95 ${p95} p99 ${p99} ms (${hits} hits)`);
    return { case: title, hits, 'p50 ms': p50, 'p95 ms': p95, 'p99 ms': p99, ok: (p95 as number) < targetMs };
  }

  const list = (query: Record<string, string>) =>
    `/api/projects?${new URLSearchParams({ regionId: data.bigRegionId, ...query })}`;
  const lastPage = async (query: Record<string, string>) => {
    const { body } = await get(list(query));
    return String(Math.max(1, Math.ceil((body.total as number) / 25)));
  };
  const terms = {
    'full number': data.openNumber,
    'number prefix': '2026-04',
    'street word': 'kerkstraat',
    'two letters': 'ke',
    'rare word': 'zwaluwstaart',
    'no hit': 'xyzzy',
  };
  const rows = [];
  for (const [name, search] of Object.entries(terms))
    rows.push(await measure(`list "${search}" (${name}), by number`, list({ search })));
  for (const search of ['kerkstraat', '2026-04', ''])
    rows.push(
      await measure(`list "${search}", by KLICs desc`, list({ search, sort: 'klics', direction: 'desc' })),
    );
  for (const search of ['kerkstraat', ''])
    rows.push(
      await measure(
        `list "${search}", by number, last page`,
        list({ search, page: await lastPage({ search }) }),
      ),
    );
  rows.push(await measure('list "kerkstraat", all statuses', list({ search: 'kerkstraat', status: 'all' })));
  rows.push(await measure('list "", by number', list({})));
  for (const search of [data.openNumber, '2026-04', 'kerkstraat', 'zwaluwstaart', 'xyzzy', ''])
    rows.push(
      await measure(`options "${search}"`, `/api/projects/options?${new URLSearchParams({ search })}`),
    );

  console.log(
    `\nbench:projects on PostgreSQL, ${counts.projects} projects and ${counts.klics} KLICs in one organisation ` +
      `(loaded in ${loadSeconds.toFixed(1)} s), ${requests} requests per case after 20 warm-up, ` +
      `${os.cpus().length} cores, ${process.version}:`,
  );
  console.table(rows);
  const failed = rows.filter((row) => !row.ok);
  console.log(
    failed.length === 0
      ? `Verdict: every case p95 < ${targetMs} ms`
      : `Verdict: ${failed.length} case(s) at or above p95 ${targetMs} ms: ${failed.map((r) => r.case).join('; ')}`,
  );
  if (failed.length > 0) process.exitCode = 1;
} finally {
  await t.close();
  server?.stop();
}
