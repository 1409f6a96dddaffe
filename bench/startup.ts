import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../tests/e2e/support/running-app.ts';

/**
 * `npm run bench:startup`: time from starting Veldwerk as `npm start` does (`scripts/start.ts`, with the web
 * app already built) on the embedded default to a healthy
 * /api/health — the first run (migrations + demo seed) and later runs — and resident memory when idle.
 * Options: BENCH_RUNS (later runs, default 3), BENCH_IDLE_SECONDS (default 15).
 */
const laterRuns = Number(process.env.BENCH_RUNS ?? 3);
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 15);

async function timedStart(dataDir: string) {
  const started = performance.now();
  const app = await startApp({ DATA_DIR: dataDir }, 'scripts/start.ts');
  return { app, ms: Math.round(performance.now() - started) };
}

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veldwerk-bench-start-'));
try {
  const first = await timedStart(dataDir);
  await first.app.stop();
  const later: number[] = [];
  let last: Awaited<ReturnType<typeof timedStart>> | undefined;
  for (let i = 0; i < laterRuns; i++) {
    last = await timedStart(dataDir);
    later.push(last.ms);
    if (i < laterRuns - 1) await last.app.stop();
  }
  if (!last?.app.process.pid) throw new Error('no running process to measure');
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  const rss = await residentMb(last.app.process.pid);
  await last.app.stop();
  console.log(`\nStart-up on the embedded default (PGlite), ${process.version}:`);
  console.table([
    { measure: 'first start to healthy (migrations + seed)', value: `${first.ms} ms` },
    { measure: `later starts to healthy (median of ${laterRuns})`, value: `${median(later)} ms` },
    { measure: `resident memory after ${idleSeconds} s idle`, value: `${rss} MB` },
  ]);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
