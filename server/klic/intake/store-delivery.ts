import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicDelivery, klicDeliveryFile } from '../../infra/db/schema/index.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { readDelivery } from '../imkl/read-delivery.ts';
import { classifyDeliveryFile, deliveryFileKey, type StoredDeliveryFile } from './delivery-files.ts';
import {
  existingDelivery,
  insertFeatures,
  makeCurrent,
  resolveThemesAndGeometry,
  upsertMelding,
} from './delivery-rows.ts';
import { openEvHandlings } from './ev-handlings.ts';
import { refreshMeldingValidity } from './melding-validity.ts';

export type StoreDeliveryInput = {
  organisationId: string;
  actor: { userId: string; name: string } | null;
  zipBlobKey: string;
  zipSha256: string;
  zipBytes: number;
  /** 0…1 while it runs: checking the GML is the first half, storing it the second. */
  onProgress?: (fraction: number) => void;
};

export type StoredDelivery = {
  outcome: 'delivery' | 'duplicate';
  meldingId: string;
  deliveryId: string;
  meldnummer: string;
  volgnummer: number;
  projectNumber: string | null;
};

const maxFileBytes = 200 * 1024 ** 2;

/**
 * Stores a delivery ZIP (already in the blob store) as a unit: the melding, the delivery with its parsed
 * content, every map object and every file — or nothing. The whole ZIP is read once to check it before
 * anything is written, then again into the database inside one transaction.
 */
export async function storeDelivery(
  db: Database,
  blobs: BlobStore,
  input: StoreDeliveryInput,
): Promise<StoredDelivery> {
  return blobs.withLocalFile(input.zipBlobKey, async (zipPath) => {
    const sameZip = await existingDelivery(
      db,
      input.organisationId,
      eq(klicDelivery.zipSha256, input.zipSha256),
    );
    // The same intake run again (a retry after its commit) finds its own delivery: that is no duplicate.
    if (sameZip)
      return { ...sameZip, outcome: sameZip.zipBlobKey === input.zipBlobKey ? 'delivery' : 'duplicate' };
    const { summary, gmlBytes } = await readDelivery(zipPath, {
      onProgress: (read, total) => input.onProgress?.((read / total) * 0.5),
    });
    const meldnummer = summary.aanvraag.meldnummer as string;
    const volgnummer = summary.levering.volgnummer ?? 1;

    const written: string[] = [];
    try {
      return await db.transaction(async (tx) => {
        const meldingId = await upsertMelding(tx, input.organisationId, summary);
        const sameVolgnummer = await existingDelivery(
          tx,
          input.organisationId,
          and(eq(klicDelivery.meldingId, meldingId), eq(klicDelivery.volgnummer, volgnummer)),
        );
        if (sameVolgnummer) return sameVolgnummer;

        const deliveryId = randomUUID();
        await tx.insert(klicDelivery).values({
          id: deliveryId,
          organisationId: input.organisationId,
          meldingId,
          volgnummer,
          complete: summary.levering.compleet === true,
          composedAt: summary.levering.datumSamengesteld,
          zipBlobKey: input.zipBlobKey,
          zipSha256: input.zipSha256,
          zipBytes: input.zipBytes,
          gmlBytes,
          summary,
        });
        const files: StoredDeliveryFile[] = [];
        const prefix = `${input.organisationId}/klic/deliveries/${deliveryId}`;
        await readDelivery(zipPath, {
          checkLinks: false,
          onProgress: (read, total) => input.onProgress?.(0.5 + (read / total) * 0.5),
          onFeatures: (features) => insertFeatures(tx, input.organisationId, deliveryId, features),
          onFile: async (file, content) => {
            const blobKey = deliveryFileKey(prefix, files.length, file.path);
            written.push(blobKey);
            const stored = await blobs.put(blobKey, content, { maxBytes: maxFileBytes });
            files.push({ ...classifyDeliveryFile(file.path, summary), blobKey, size: stored.size });
          },
        });
        if (files.length > 0) {
          await tx
            .insert(klicDeliveryFile)
            .values(files.map((file) => ({ ...file, organisationId: input.organisationId, deliveryId })));
        }
        await resolveThemesAndGeometry(tx, deliveryId, summary);
        const projectNumber = await makeCurrent(tx, input.organisationId, meldingId);
        await openEvHandlings(tx, input.organisationId, meldingId, summary);
        await refreshMeldingValidity(tx, input.organisationId, meldingId, summary.aanvraag.aanvraagDatum);
        await recordAudit(tx, {
          organisationId: input.organisationId,
          actor: input.actor,
          action: 'create',
          event: 'klic.delivery.stored',
          entity: { type: 'klic', id: meldingId, label: meldnummer },
          after: { volgnummer, compleet: summary.levering.compleet, projectNumber },
        });
        return { outcome: 'delivery' as const, meldingId, deliveryId, meldnummer, volgnummer, projectNumber };
      });
    } catch (error) {
      await Promise.all(written.map((key) => blobs.delete(key).catch(() => undefined)));
      throw error;
    }
  });
}
