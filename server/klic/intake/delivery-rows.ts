import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicFeature, klicMelding, project } from '../../infra/db/schema/index.ts';
import type { DeliverySummary, ImklFeature } from '../imkl/imkl-model.ts';
import { assignProjectWorkers } from '../manage/field-worker-assignments.ts';
import { projectForReferentie } from './project-link.ts';

/** A stored delivery of the organisation matching the condition (same ZIP, or same melding and volgnummer). */
export async function existingDelivery(
  tx: Executor,
  organisationId: string,
  condition: ReturnType<typeof and>,
) {
  const [found] = await tx
    .select({
      meldingId: klicMelding.id,
      deliveryId: klicDelivery.id,
      meldnummer: klicMelding.meldnummer,
      volgnummer: klicDelivery.volgnummer,
      zipBlobKey: klicDelivery.zipBlobKey,
      projectNumber: sql<string | null>`(select number from projects where id = ${klicMelding.projectId})`,
    })
    .from(klicDelivery)
    .innerJoin(klicMelding, eq(klicMelding.id, klicDelivery.meldingId))
    .where(and(eq(klicDelivery.organisationId, organisationId), condition));
  return found ? { outcome: 'duplicate' as const, ...found } : null;
}

/** The melding of a delivery, created or brought up to date with the delivery's request data. */
export async function upsertMelding(
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

/** One batch of map objects of a delivery. */
export async function insertFeatures(
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
      // A plain object again: Drizzle inspects `constructor`, which the reader's prototype-less record lacks.
      properties: { ...feature.properties },
    })),
  );
}

/** Cables and pipes take the theme of their network and the geometry of their UtilityLink. */
export async function resolveThemesAndGeometry(tx: Executor, deliveryId: string, summary: DeliverySummary) {
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

/**
 * The newest volgnummer becomes current; an unlinked melding links to its project when there is one (and
 * goes to the project's field workers), unless a planner unlinked it by hand.
 */
export async function makeCurrent(
  tx: Executor,
  organisationId: string,
  meldingId: string,
): Promise<string | null> {
  const [newest] = await tx
    .select({ id: klicDelivery.id, complete: klicDelivery.complete })
    .from(klicDelivery)
    .where(eq(klicDelivery.meldingId, meldingId))
    .orderBy(sql`${klicDelivery.volgnummer} desc`)
    .limit(1);
  const [melding] = await tx.select().from(klicMelding).where(eq(klicMelding.id, meldingId));
  if (!newest || !melding) return null;
  const link =
    melding.projectId || melding.linkedByHand
      ? null
      : await projectForReferentie(tx, organisationId, melding.referentie);
  await tx
    .update(klicMelding)
    .set({
      currentDeliveryId: newest.id,
      state: newest.complete ? 'complete' : 'partial',
      updatedAt: new Date(),
      ...(link ? { projectId: link.projectId, subProject: link.subProject } : {}),
    })
    .where(eq(klicMelding.id, meldingId));
  if (link) {
    await assignProjectWorkers(tx, link.projectId, { meldingIds: [meldingId] });
    return link.projectNumber;
  }
  if (!melding.projectId) return null;
  const [row] = await tx
    .select({ number: project.number })
    .from(project)
    .where(eq(project.id, melding.projectId));
  return row?.number ?? null;
}
