import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { AppError } from '../../../infra/errors/app-error.ts';
import { type BlobStore, createLocalBlobStore } from '../../../infra/files/index.ts';
import { reasonMessage } from '../../../infra/i18n/reason-messages.ts';
import { aTestOrganisation } from '../../../infra/testing/factories.ts';
import type { TestDatabase } from '../../../infra/testing/test-database.ts';
import { readDelivery } from '../../imkl/read-delivery.ts';
import { type StoredDelivery, storeDelivery } from '../store-delivery.ts';
import { buildZip, type DeliveryParts, deliveryEntries } from './zip-mutations.ts';

/**
 * Runs storeDelivery on one ZIP for the property test and checks the all-or-nothing promise: a complete
 * delivery, or a clean refusal that leaves the organisation's rows and the blob folder as they were.
 */
export type Harness = {
  database: TestDatabase;
  blobs: BlobStore;
  root: string;
  organisationId: string;
  /** A delivery stored before the runs, so that a refusal has existing data to leave alone. */
  baseline: StoredDelivery;
  runs: number;
  /** How the runs ended: 'stored', 'duplicate' or the refusal's reason. */
  outcomes: Record<string, number>;
};

type Snapshot = {
  counts: { meldingen: number; deliveries: number; features: number; files: number };
  blobs: string[];
};

export async function openHarness(database: TestDatabase, baselineParts: DeliveryParts): Promise<Harness> {
  const root = await mkdtemp(path.join(tmpdir(), 'veldwerk-klic-property-'));
  const { organisationId } = await aTestOrganisation(database.db);
  const blobs = createLocalBlobStore(root);
  const meldnummer = baselineParts.top.split('_')[0] as string;
  const otherGml = Buffer.from(
    baselineParts.gml.toString('latin1').replaceAll(meldnummer, '22O0009999'),
    'latin1',
  );
  const zip = await buildZip(deliveryEntries(baselineParts, otherGml));
  const harness = { database, blobs, root, organisationId, runs: 0, outcomes: {} };
  const baseline = await store(harness, zip, `${organisationId}/klic/baseline.zip`);
  return { ...harness, baseline };
}

export async function closeHarness(harness: Harness): Promise<void> {
  await rm(harness.root, { recursive: true, force: true });
}

type StoreTarget = Pick<Harness, 'database' | 'blobs' | 'organisationId'>;

async function store(target: StoreTarget, zip: Buffer, key: string): Promise<StoredDelivery> {
  await target.blobs.put(key, zip);
  return storeDelivery(target.database.db, target.blobs, {
    organisationId: target.organisationId,
    actor: null,
    zipBlobKey: key,
    zipSha256: createHash('sha256').update(zip).digest('hex'),
    zipBytes: zip.length,
  });
}

/** One run: store the ZIP, then check that it was stored completely or refused cleanly. */
export async function storeAndCheck(harness: Harness, zip: Buffer, timeLimitMs: number): Promise<void> {
  harness.runs++;
  const key = `${harness.organisationId}/klic/intake/run-${harness.runs}.zip`;
  await harness.blobs.put(key, zip);
  const before = await snapshot(harness);
  const outcome = await withinTimeLimit(store(harness, zip, key), timeLimitMs).then(
    (stored) => ({ stored }),
    (error: unknown) => ({ error }),
  );
  if ('error' in outcome) {
    const refusal = expectRefusal(outcome.error);
    expect(await snapshot(harness)).toEqual(before);
    count(harness, refusal.reason ?? '');
  } else if (outcome.stored.outcome === 'duplicate') {
    expect(await snapshot(harness)).toEqual(before);
    count(harness, 'duplicate');
  } else {
    await expectCompleteDelivery(harness, key, outcome.stored, before);
    await removeDelivery(harness, outcome.stored);
    count(harness, 'stored');
  }
  await harness.blobs.delete(key);
}

/** A run that does not answer in time is a hang, which fails the property like a crash. */
async function withinTimeLimit<T>(work: Promise<T>, timeLimitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`storeDelivery hangs: no answer within ${timeLimitMs} ms`)),
      timeLimitMs,
    );
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function count(harness: Harness, outcome: string): void {
  harness.outcomes[outcome] = (harness.outcomes[outcome] ?? 0) + 1;
}

/** A refusal is an AppError with a 4xx status and a reason that has a sentence; anything else is a crash. */
function expectRefusal(error: unknown): AppError {
  if (!(error instanceof AppError)) throw error;
  expect(error.status).toBeGreaterThanOrEqual(400);
  expect(error.status).toBeLessThan(500);
  expect(error.reason).toMatch(/^klic\.[a-z_]+$/);
  expect(reasonMessage('nl', error.reason as string, error.params)).toBeTruthy();
  // The parameters are kept in the intake's jsonb column, which refuses NUL.
  expect(JSON.stringify(error.params)).not.toContain('\\u0000');
  return error;
}

async function snapshot(harness: Harness): Promise<Snapshot> {
  const { rows } = await harness.database.sql.executeSql(
    `select (select count(*) from klic_meldingen where organisation_id = $1) as meldingen,
            (select count(*) from klic_deliveries where organisation_id = $1) as deliveries,
            (select count(*) from klic_features where organisation_id = $1) as features,
            (select count(*) from klic_delivery_files where organisation_id = $1) as files`,
    [harness.organisationId],
  );
  const row = rows[0] ?? {};
  const entries = await readdir(harness.root, { recursive: true, withFileTypes: true });
  return {
    counts: {
      meldingen: Number(row.meldingen),
      deliveries: Number(row.deliveries),
      features: Number(row.features),
      files: Number(row.files),
    },
    blobs: entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) =>
        path.relative(harness.root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
      .sort(),
  };
}

/**
 * One new delivery with as many map objects as readDelivery reports for the ZIP, one file row (and blob)
 * per file besides the GI file, and a melding whose current delivery is one of its own.
 */
async function expectCompleteDelivery(
  harness: Harness,
  key: string,
  stored: StoredDelivery,
  before: Snapshot,
) {
  let features = 0;
  const read = await harness.blobs.withLocalFile(key, (zipPath) =>
    readDelivery(zipPath, {
      onFeatures: async (batch) => {
        features += batch.length;
      },
    }),
  );
  const files = read.files.length - 1;
  const after = await snapshot(harness);
  expect(after.counts).toEqual({
    meldingen: before.counts.meldingen + (stored.meldingId === harness.baseline.meldingId ? 0 : 1),
    deliveries: before.counts.deliveries + 1,
    features: before.counts.features + features,
    files: before.counts.files + files,
  });
  const { rows } = await harness.database.sql.executeSql(
    `select d.melding_id, current.melding_id as current_melding_id,
            (select count(*) from klic_features f where f.delivery_id = d.id) as features,
            (select coalesce(json_agg(f.blob_key), '[]') from klic_delivery_files f where f.delivery_id = d.id)
              as blob_keys
       from klic_deliveries d
       join klic_meldingen m on m.id = d.melding_id and m.organisation_id = d.organisation_id
       left join klic_deliveries current on current.id = m.current_delivery_id
      where d.id = $1 and d.organisation_id = $2`,
    [stored.deliveryId, harness.organisationId],
  );
  const row = rows[0] ?? {};
  expect(row.melding_id).toBe(stored.meldingId);
  expect(row.current_melding_id).toBe(stored.meldingId);
  expect(Number(row.features)).toBe(features);
  const blobKeys = (
    typeof row.blob_keys === 'string' ? JSON.parse(row.blob_keys) : row.blob_keys
  ) as string[];
  expect(blobKeys).toHaveLength(files);
  const newBlobs = after.blobs.filter((blob) => !before.blobs.includes(blob));
  expect(newBlobs).toEqual([...blobKeys].sort());
}

/** Takes a stored run out again, so that the next run with the same meldnummer is stored anew. */
async function removeDelivery(harness: Harness, stored: StoredDelivery): Promise<void> {
  const { sql } = harness.database;
  const { rows } = await sql.executeSql('select blob_key from klic_delivery_files where delivery_id = $1', [
    stored.deliveryId,
  ]);
  for (const row of rows) await harness.blobs.delete(row.blob_key as string);
  await sql.executeSql('delete from klic_deliveries where id = $1', [stored.deliveryId]);
  if (stored.meldingId === harness.baseline.meldingId) {
    await sql.executeSql('update klic_meldingen set current_delivery_id = $1 where id = $2', [
      harness.baseline.deliveryId,
      stored.meldingId,
    ]);
  } else {
    await sql.executeSql('delete from klic_meldingen where id = $1', [stored.meldingId]);
  }
}
