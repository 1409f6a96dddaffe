import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { freePort } from '../scripts/lib/free-port.ts';
import { startProductionApp } from './support/production-app.ts';

/**
 * `npm run bench:http`: throughput and p99 latency on PostgreSQL for /api/health, a bare Fastify route
 * and an authenticated list (/api/regions), each measured the same way in one run.
 * Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50), BENCH_DATABASE_URL (else a
 * throw-away PostgreSQL is started).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function measure(title: string, url: string, headers: Record<string, string> = {}) {
  // A short warm-up so that JIT and connection pools are settled before the measurement.
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${title}: ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  }
  return {
    title,
    reqPerSec: Math.round(result.requests.average),
    p99: result.latency.p99,
    p50: result.latency.p50,
  };
}

function startBareFastify(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/bare-fastify.ts', String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`bare fastify exited with ${code}`)));
  });
}

const { app, stop } = await startProductionApp();
const barePort = await freePort();
const bare = await startBareFastify(barePort);
try {
  const admin = app.demoLogins().find((login) => login.right === 'userAdmin');
  if (!admin) throw new Error(`no demo login printed (is the database empty?)\n${app.output()}`);
  const login = await fetch(`${app.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const results = [
    await measure('bare Fastify route', `http://127.0.0.1:${barePort}/bare`),
    await measure('/api/health (database ping)', `${app.url}/api/health`),
    await measure('/api/regions (authenticated list)', `${app.url}/api/regions`, { cookie }),
  ];
  console.log(`\nHTTP on PostgreSQL, ${connections} connections, ${seconds} s each, ${process.version}:`);
  console.table(
    results.map((r) => ({ route: r.title, 'req/s': r.reqPerSec, 'p50 ms': r.p50, 'p99 ms': r.p99 })),
  );
} finally {
  bare.kill();
  await stop();
}
