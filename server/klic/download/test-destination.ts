import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createLocalBlobStore } from '../../infra/files/index.ts';

/** The destination a pipeline passes: a local blob store in a fresh temporary directory. */
export async function aBlobDestination(maxBytes: number) {
  const root = await mkdtemp(path.join(tmpdir(), 'veldwerk-klic-download-'));
  const store = createLocalBlobStore(root);
  let calls = 0;
  return {
    store,
    get calls() {
      return calls;
    },
    destination(body: Readable) {
      calls++;
      return store.put('org-1/klic/levering.zip', body, { maxBytes });
    },
    /** Every file under the store's root, temporary files included. */
    async files(): Promise<string[]> {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
