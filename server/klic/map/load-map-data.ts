import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicDeliveryFile, klicFeature, klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import { requestPolygonTypes } from '../imkl/feature-types.ts';
import type { Geometry } from '../imkl/imkl-model.ts';
import { deliveryEnvelope, rasterSize } from './background-raster.ts';
import type { MapBackground, MapFeature, MapPayload, RequestPolygon } from './map-payload.ts';
import './map-messages.ts';

/** The melding's current delivery, or NOT_FOUND (another organisation's, unknown, or no delivery yet). */
export async function currentDeliveryOf(tx: Executor, organisationId: string, meldingId: string) {
  const [melding] = await tx
    .select({
      meldnummer: klicMelding.meldnummer,
      aanvraagSoort: klicMelding.aanvraagSoort,
      deliveryId: klicMelding.currentDeliveryId,
    })
    .from(klicMelding)
    .where(and(eq(klicMelding.id, meldingId), eq(klicMelding.organisationId, organisationId)));
  if (!melding) throw new AppError('NOT_FOUND');
  if (!melding.deliveryId) throw new AppError('NOT_FOUND', { reason: 'klic.map_no_delivery' });
  return { ...melding, deliveryId: melding.deliveryId };
}

type Melding = Awaited<ReturnType<typeof currentDeliveryOf>>;

/** Where a reader fetches the background raster; the planner's route unless the caller reads elsewhere. */
export type BackgroundUrl = (file: { meldingId: string; deliveryId: string; fileId: string }) => string;

const plannerBackgroundUrl: BackgroundUrl = ({ deliveryId, fileId }) =>
  `/api/klic/deliveries/${deliveryId}/files/${fileId}`;

/** Everything the map shows of one delivery, read in three queries and one pass over the features. */
export async function loadMapData(
  tx: Executor,
  blobs: BlobStore,
  organisationId: string,
  meldingId: string,
  melding: Melding,
  backgroundUrl: BackgroundUrl = plannerBackgroundUrl,
): Promise<MapPayload> {
  const [delivery] = await tx
    .select()
    .from(klicDelivery)
    .where(and(eq(klicDelivery.id, melding.deliveryId), eq(klicDelivery.organisationId, organisationId)));
  if (!delivery) throw new AppError('NOT_FOUND', { reason: 'klic.map_no_delivery' });
  const [rows, backgroundFile] = await Promise.all([
    tx
      .select({
        gmlId: klicFeature.gmlId,
        type: klicFeature.type,
        theme: klicFeature.theme,
        bronhoudercode: klicFeature.bronhoudercode,
        linkRef: klicFeature.linkRef,
        geometry: klicFeature.geometry,
        label: klicFeature.label,
        rotation: klicFeature.rotation,
        properties: klicFeature.properties,
      })
      .from(klicFeature)
      .where(
        and(
          eq(klicFeature.deliveryId, delivery.id),
          eq(klicFeature.organisationId, organisationId),
          isNotNull(klicFeature.geometry),
        ),
      )
      .orderBy(klicFeature.id),
    tx
      .select({ id: klicDeliveryFile.id, blobKey: klicDeliveryFile.blobKey })
      .from(klicDeliveryFile)
      .where(and(eq(klicDeliveryFile.deliveryId, delivery.id), eq(klicDeliveryFile.kind, 'background')))
      .limit(1)
      .then((files) => files[0]),
  ]);

  // A cable or pipe already carries its UtilityLink's geometry: drawing the link as well would double it.
  const drawnLinks = new Set(rows.map((row) => row.linkRef).filter((ref) => ref !== null));
  const features: MapFeature[] = [];
  const requestPolygons: RequestPolygon[] = [];
  for (const row of rows) {
    const geometry = row.geometry as Geometry;
    if (requestPolygonTypes.has(row.type)) {
      requestPolygons.push({ type: row.type as RequestPolygon['type'], geometry });
    } else if (!(row.type === 'UtilityLink' && drawnLinks.has(row.gmlId))) {
      const { gmlId, type, theme, bronhoudercode, label, rotation, properties } = row;
      features.push({ gmlId, type, theme, bronhoudercode, geometry, label, rotation, properties });
    }
  }

  const summary = delivery.summary;
  return {
    melding: { id: meldingId, meldnummer: melding.meldnummer, aanvraagSoort: melding.aanvraagSoort },
    delivery: { id: delivery.id, volgnummer: delivery.volgnummer, complete: delivery.complete },
    bbox: summary.bbox?.rd ?? null,
    operators: summary.netbeheerders.map((operator) => ({
      bronhoudercode: operator.bronhoudercode,
      name: operator.naam,
      themes: operator.themas,
      ev: operator.eisVoorzorgsmaatregel,
    })),
    requestPolygons,
    background: backgroundFile
      ? await backgroundOf(blobs, delivery.zipBlobKey, backgroundFile, () =>
          backgroundUrl({ meldingId, deliveryId: delivery.id, fileId: backgroundFile.id }),
        )
      : null,
    features,
  };
}

async function backgroundOf(
  blobs: BlobStore,
  zipBlobKey: string,
  file: { id: string; blobKey: string },
  url: () => string,
): Promise<MapBackground | null> {
  const [extent, size] = await Promise.all([
    deliveryEnvelope(blobs, zipBlobKey),
    rasterSize(blobs, file.blobKey),
  ]);
  if (!extent || !size) return null;
  return { url: url(), extent, ...size };
}
