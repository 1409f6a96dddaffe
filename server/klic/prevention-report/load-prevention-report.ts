import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import {
  type FieldRegistrationKind,
  fieldRegistration,
  fieldRegistrationPhoto,
  klicFeature,
  klicMelding,
  project,
  user,
} from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { requestPolygonTypes } from '../imkl/feature-types.ts';
import type { AanvraagSoort, Geometry, Position } from '../imkl/imkl-model.ts';

/** More than a field crew records at one KLIC; keeps one PDF bounded. */
const maxRegistrations = 500;

export type ReportPhoto = { blobKey: string; mediaType: string };
export type ReportRegistration = {
  number: number;
  kind: FieldRegistrationKind;
  recordedAt: Date;
  worker: string | null;
  position: Position | null;
  details: Record<string, unknown>;
  photos: ReportPhoto[];
};
export type ReportFeature = {
  type: string;
  theme: string | null;
  status: string | undefined;
  geometry: Geometry;
};

export type PreventionReportData = {
  melding: {
    meldnummer: string;
    aanvraagSoort: AanvraagSoort | null;
    projectNumber: string | null;
    projectDescription: string | null;
    subProject: string | null;
    meldingDate: string | null;
    expiresOn: string | null;
    currentDeliveryId: string | null;
  };
  /** Oldest first: number 1 is the first thing recorded, as on the map. */
  registrations: ReportRegistration[];
};

/** The melding of the organisation with its registrations and their photos; NOT_FOUND otherwise. */
export async function loadPreventionReport(
  tx: Executor,
  organisationId: string,
  meldingId: string,
): Promise<PreventionReportData> {
  const [melding] = await tx
    .select({
      meldnummer: klicMelding.meldnummer,
      aanvraagSoort: klicMelding.aanvraagSoort,
      projectNumber: project.number,
      projectDescription: project.description,
      subProject: klicMelding.subProject,
      meldingDate: klicMelding.meldingDate,
      expiresOn: klicMelding.expiresOn,
      currentDeliveryId: klicMelding.currentDeliveryId,
    })
    .from(klicMelding)
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .where(and(eq(klicMelding.id, meldingId), eq(klicMelding.organisationId, organisationId)));
  if (!melding) throw new AppError('NOT_FOUND');

  const rows = await tx
    .select({ registration: fieldRegistration, worker: user.name })
    .from(fieldRegistration)
    .leftJoin(user, eq(user.id, fieldRegistration.recordedBy))
    .where(
      and(eq(fieldRegistration.meldingId, meldingId), eq(fieldRegistration.organisationId, organisationId)),
    )
    .orderBy(asc(fieldRegistration.recordedAt), asc(fieldRegistration.createdAt))
    .limit(maxRegistrations);
  const photos = rows.length
    ? await tx
        .select({
          registrationId: fieldRegistrationPhoto.registrationId,
          blobKey: fieldRegistrationPhoto.blobKey,
          mediaType: fieldRegistrationPhoto.mediaType,
        })
        .from(fieldRegistrationPhoto)
        .where(
          and(
            eq(fieldRegistrationPhoto.organisationId, organisationId),
            inArray(
              fieldRegistrationPhoto.registrationId,
              rows.map((row) => row.registration.id),
            ),
          ),
        )
        .orderBy(asc(fieldRegistrationPhoto.createdAt))
    : [];

  return {
    melding: melding as PreventionReportData['melding'],
    registrations: rows.map(({ registration, worker }, index) => ({
      number: index + 1,
      kind: registration.kind,
      recordedAt: registration.recordedAt,
      worker,
      position: registration.position,
      details: registration.details,
      photos: photos
        .filter((photo) => photo.registrationId === registration.id)
        .map(({ blobKey, mediaType }) => ({ blobKey, mediaType })),
    })),
  };
}

/** The cables, pipes and request polygons of the delivery (what the extract draws). */
export async function loadReportFeatures(
  tx: Executor,
  organisationId: string,
  deliveryId: string,
): Promise<ReportFeature[]> {
  const rows = await tx
    .select({
      type: klicFeature.type,
      theme: klicFeature.theme,
      geometry: klicFeature.geometry,
      properties: klicFeature.properties,
    })
    .from(klicFeature)
    .where(
      and(
        eq(klicFeature.deliveryId, deliveryId),
        eq(klicFeature.organisationId, organisationId),
        isNotNull(klicFeature.geometry),
        or(isNotNull(klicFeature.theme), inArray(klicFeature.type, [...requestPolygonTypes])),
      ),
    );
  return rows.map((row) => ({
    type: row.type,
    theme: row.theme,
    status: row.properties.currentStatus ?? row.properties.status,
    geometry: row.geometry as Geometry,
  }));
}
