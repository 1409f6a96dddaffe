import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/lib/free-port.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { serverNodeOptions } from '../../../scripts/lib/server-node-options.ts';

export type DemoLogin = { right: string; email: string; password: string };

export type RunningApp = {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output(): string;
  demoLogins(): DemoLogin[];
  stop(): Promise<number | null>;
};

/**
 * Starts Veldwerk in its own process with the server's Node options (`server/main.ts`, or `scripts/start.ts`
 * as `npm start` runs it), on a free port and, unless given, a fresh data directory; resolves once it is
 * healthy.
 */
export async function startApp(
  env: Record<string, string> = {},
  entry = 'server/main.ts',
): Promise<RunningApp> {
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'veldwerk-e2e-')));
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [...serverNodeOptions, entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      PORT: port,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://localhost:${port}`;
  await waitUntilHealthy(url, exited, () => output);
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    demoLogins: () => parseDemoLogins(output),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      if (!env.DATA_DIR) await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

async function waitUntilHealthy(
  url: string,
  exited: Promise<number | null>,
  output: () => string,
): Promise<void> {
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`Veldwerk exited during start:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Veldwerk did not become healthy within 60 s:\n${output()}`);
}

/** The one-time demo passwords from the console block printed at the first start. */
export function parseDemoLogins(output: string): DemoLogin[] {
  return [...output.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+(\S+)$/gm)].map((m) => ({
    right: m[1] as string,
    email: m[2] as string,
    password: m[3] as string,
  }));
}

/** Runs `node server/main.ts` to its end and returns its exit code and output (for start failures). */
export function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
