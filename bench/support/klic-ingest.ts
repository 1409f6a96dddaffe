import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../../server/infra/db/database.ts';
import { createLocalBlobStore } from '../../server/infra/files/index.ts';
import { aTestOrganisation } from '../../server/infra/testing/factories.ts';
import { storeDelivery } from '../../server/klic/intake/store-delivery.ts';
import { measurePeakGrowth } from './peak-memory.ts';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Ingests one delivery into a fresh organisation: time from the ZIP in the blob store to committed rows. */
export async function ingestOnce(database: DatabaseHandle, zipPath: string) {
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'veldwerk-bench-files-'));
  try {
    const blobs = createLocalBlobStore(filesDir);
    const { organisationId } = await aTestOrganisation(database.db);
    const key = `${organisationId}/klic/intake/bench.zip`;
    const size = (await stat(zipPath)).size;
    await blobs.put(key, size < 64 * 1024 ** 2 ? await readFile(zipPath) : createReadStream(zipPath), {
      maxBytes: 4 * 1024 ** 3,
    });
    const zipSha256 = await sha256Of(zipPath);
    return await measurePeakGrowth(() =>
      storeDelivery(database.db, blobs, {
        organisationId,
        actor: null,
        zipBlobKey: key,
        zipSha256,
        zipBytes: size,
      }),
    );
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
  }
}
