import os from 'node:os';
import { hash, verify } from '@node-rs/argon2';
import autocannon from 'autocannon';
import { passwordHashOptions } from '../server/accounts/auth.ts';
import { loginThrottleLimits } from '../server/accounts/sign-in/throttle.ts';
import { startProductionApp } from './support/production-app.ts';

/**
 * `npm run bench:login`: successful logins per second (POST /api/auth/sign-in/email) and their p99 on
 * PostgreSQL, with the real throttle in place. One demo account; fewer parallel connections than the
 * per-account limit, because an attempt counts against the limit while its password is being checked.
 * Also the time of one argon2id verification on this machine, the bulk of a login's cost.
 * Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 4), BENCH_DATABASE_URL (else a
 * throw-away PostgreSQL is started).
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? loginThrottleLimits.account - 1);
if (connections >= loginThrottleLimits.account) {
  throw new Error(
    `BENCH_CONNECTIONS must stay below the per-account limit of ${loginThrottleLimits.account}`,
  );
}

async function argon2VerifyMs(runs = 20): Promise<number> {
  const stored = await hash('bench password for argon2', passwordHashOptions);
  const started = performance.now();
  for (let run = 0; run < runs; run++) await verify(stored, 'bench password for argon2');
  return (performance.now() - started) / runs;
}

const { app, stop } = await startProductionApp();
try {
  const planner = app.demoLogins().find((login) => login.right === 'workPlanner');
  if (!planner) throw new Error(`no demo login printed (is the database empty?)\n${app.output()}`);
  const request = {
    url: `${app.url}/api/auth/sign-in/email`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ email: planner.email, password: planner.password }),
    connections,
  };
  await autocannon({ ...request, duration: 2 });
  const result = await autocannon({ ...request, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${result.non2xx} non-2xx responses and ${result.errors} errors: is the throttle interfering?`,
    );
  }
  const verifyMs = await argon2VerifyMs();
  console.log(
    `\nSuccessful logins on PostgreSQL, ${connections} connections, ${seconds} s, ${os.cpus().length} CPUs, ${process.version}:`,
  );
  console.table([
    {
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'argon2id verify ms': Math.round(verifyMs * 10) / 10,
      argon2id: `${passwordHashOptions.memoryCost / 1024} MiB, t=${passwordHashOptions.timeCost}, p=${passwordHashOptions.parallelism}`,
    },
  ]);
} finally {
  await stop();
}
