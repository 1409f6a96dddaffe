import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.ts';
import { type RunningApp, runToExit, startApp } from './support/running-app.ts';

describe('starting Veldwerk on the embedded default', () => {
  let dataDir: string;
  let first: RunningApp;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'veldwerk-start-'));
    first = await startApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await first.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo organisation on the first start and prints one login per right, once', () => {
    const logins = first.demoLogins();
    expect(logins.map((login) => login.right)).toEqual([
      'userAdmin',
      'workPlanner',
      'fieldWorker',
      'platformOperator',
    ]);
    for (const login of logins) expect(login.password).toMatch(/^[A-Za-z2-9]{16}$/);
  });

  it('refuses a second process on the same data directory with a clear message', async () => {
    const second = await runToExit({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Another Veldwerk process is already using the data directory/);
  });

  it('keeps the data and does not seed or print passwords again after a restart', async () => {
    const logins = first.demoLogins();
    expect(await first.stop()).toBe(0);
    first = await startApp({ DATA_DIR: dataDir });
    expect(first.demoLogins()).toEqual([]);
    const response = await fetch(`${first.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: first.url },
      body: JSON.stringify({ email: logins[0]?.email, password: logins[0]?.password }),
    });
    expect(response.status).toBe(200);
  });
});

describe('a start that cannot succeed exits non-zero and says what to fix', () => {
  it('on bad configuration', async () => {
    const result = await runToExit({ PORT: 'drie', DATABASE_URL: 'mysql://x' });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/PORT/);
    expect(result.output).toMatch(/DATABASE_URL: must start with postgres/);
  });

  it('on a port in use', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '0.0.0.0', resolve));
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'veldwerk-port-'));
    try {
      const result = await runToExit({ PORT: String(port), DATA_DIR: dataDir });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('on an unreachable database', async () => {
    const port = await freePort();
    const result = await runToExit({ DATABASE_URL: `postgres://veldwerk@127.0.0.1:${port}/veldwerk` });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(new RegExp(`Cannot reach PostgreSQL at 127.0.0.1:${port}/veldwerk`));
    expect(result.output).toMatch(/Check that the server runs and that DATABASE_URL is right/);
  });
});
