import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import {
  klicDelivery,
  klicDeliveryFile,
  klicFeature,
  klicMelding,
  project,
} from '../../infra/db/schema/index.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import type { DeliverySummary, ImklFeature } from '../imkl/imkl-model.ts';
import { readDelivery } from '../imkl/read-delivery.ts';
import { classifyDeliveryFile, deliveryFileKey, type StoredDeliveryFile } from './delivery-files.ts';
import { projectForReferentie } from './project-link.ts';

export type StoreDeliveryInput = {
  organisationId: string;
  actor: { userId: string; name: string } | null;
  zipBlobKey: string;
  zipSha256: string;
  zipBytes: number;
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
    if (sameZip) return sameZip;
    const { summary, gmlBytes } = await readDelivery(zipPath);
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

async function existingDelivery(tx: Executor, organisationId: string, condition: ReturnType<typeof and>) {
  const [found] = await tx
    .select({
      meldingId: klicMelding.id,
      deliveryId: klicDelivery.id,
      meldnummer: klicMelding.meldnummer,
      volgnummer: klicDelivery.volgnummer,
      projectNumber: sql<string | null>`(select number from projects where id = ${klicMelding.projectId})`,
    })
    .from(klicDelivery)
    .innerJoin(klicMelding, eq(klicMelding.id, klicDelivery.meldingId))
    .where(and(eq(klicDelivery.organisationId, organisationId), condition));
  return found ? { outcome: 'duplicate' as const, ...found } : null;
}

async function upsertMelding(
  tx: Executor,
  organisationId: string,
  summary: DeliverySummary,
): Promise<string> {
  const { aanvraag } = summary;
  const values = {
    ordernummer: aanvraag.ordernummer,
    positienummer: aanvraag.positienummer,
    referentie: aanvraag.referentie,
    aanvraagSoort: aanvraag.aanvraagSoort,
  };
  const [row] = await tx
    .insert(klicMelding)
    .values({ organisationId, meldnummer: aanvraag.meldnummer as string, state: 'partial', ...values })
    .onConflictDoUpdate({
      target: [klicMelding.organisationId, klicMelding.meldnummer],
      set: { ...values, updatedAt: new Date() },
    })
    .returning({ id: klicMelding.id });
  return (row as { id: string }).id;
}

async function insertFeatures(
  tx: Executor,
  organisationId: string,
  deliveryId: string,
  features: ImklFeature[],
) {
  await tx.insert(klicFeature).values(
    features.map((feature) => ({
      organisationId,
      deliveryId,
      gmlId: feature.gmlId,
      type: feature.type,
      bronhoudercode: feature.bronhoudercode,
      networkRef: feature.networkRef,
      linkRef: feature.linkRef,
      geometry: feature.geometry,
      label: feature.label,
      rotation: feature.rotation,
      properties: feature.properties,
    })),
  );
}

/** Cables and pipes take the theme of their network and the geometry of their UtilityLink. */
async function resolveThemesAndGeometry(tx: Executor, deliveryId: string, summary: DeliverySummary) {
  await tx.execute(sql`
    update klic_features f set theme = themes.value
    from jsonb_each_text(${JSON.stringify(summary.networkThemes)}::jsonb) themes
    where f.delivery_id = ${deliveryId} and f.network_ref = themes.key`);
  await tx.execute(sql`
    update klic_features f set geometry = link.geometry
    from klic_features link
    where f.delivery_id = ${deliveryId} and link.delivery_id = ${deliveryId}
      and f.link_ref is not null and f.geometry is null and link.gml_id = f.link_ref`);
}

/** The newest volgnummer becomes current; an unlinked melding links to its project when there is one. */
async function makeCurrent(tx: Executor, organisationId: string, meldingId: string): Promise<string | null> {
  const [newest] = await tx
    .select({ id: klicDelivery.id, complete: klicDelivery.complete })
    .from(klicDelivery)
    .where(eq(klicDelivery.meldingId, meldingId))
    .orderBy(sql`${klicDelivery.volgnummer} desc`)
    .limit(1);
  const [melding] = await tx.select().from(klicMelding).where(eq(klicMelding.id, meldingId));
  if (!newest || !melding) return null;
  const link = melding.projectId ? null : await projectForReferentie(tx, organisationId, melding.referentie);
  await tx
    .update(klicMelding)
    .set({
      currentDeliveryId: newest.id,
      state: newest.complete ? 'complete' : 'partial',
      updatedAt: new Date(),
      ...(link ? { projectId: link.projectId, subProject: link.subProject } : {}),
    })
    .where(eq(klicMelding.id, meldingId));
  if (link) return link.projectNumber;
  if (!melding.projectId) return null;
  const [row] = await tx
    .select({ number: project.number })
    .from(project)
    .where(eq(project.id, melding.projectId));
  return row?.number ?? null;
}
