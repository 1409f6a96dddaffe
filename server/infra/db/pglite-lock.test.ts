import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDirectory } from './pglite-lock.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function aDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'veldwerk-lock-'));
  dirs.push(dir);
  return dir;
}

describe('the PGlite data directory lock', () => {
  it('refuses a second holder with a message that says what to do', async () => {
    const dir = await aDataDir();
    const release = await lockDataDirectory(dir);
    await expect(lockDataDirectory(dir)).rejects.toThrow(
      /already using the data directory.*stop the other process/s,
    );
    await release();
  });

  it('can be taken again once released', async () => {
    const dir = await aDataDir();
    const release = await lockDataDirectory(dir);
    await release();
    const again = await lockDataDirectory(dir);
    await again();
  });
});
