import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import {
  fieldRegistration,
  fieldRegistrationKinds,
  fieldRegistrationPhoto,
  user,
} from '../../infra/db/schema/index.ts';
import type { Language } from '../../infra/i18n/language.ts';
import { detailLines, noteOf } from '../prevention-report/registration-details.ts';

export const registrationSchema = z.object({
  id: z.string(),
  kind: z.enum(fieldRegistrationKinds),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  position: z.tuple([z.number(), z.number()]).nullable(),
  details: z.record(z.string(), z.unknown()),
  /** The details as the planner reads them (as in the PDF), in the request's language. */
  lines: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })),
  note: z.string(),
  photos: z.array(z.object({ id: z.string(), mediaType: z.string(), url: z.string() })),
});

/** "Preventie rapporten": what field workers recorded at the melding, newest first. */
export async function listRegistrations(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  language: Language,
) {
  const rows = await tx
    .select({ registration: fieldRegistration, recordedBy: user.name })
    .from(fieldRegistration)
    .leftJoin(user, eq(user.id, fieldRegistration.recordedBy))
    .where(
      and(eq(fieldRegistration.meldingId, meldingId), eq(fieldRegistration.organisationId, organisationId)),
    )
    .orderBy(desc(fieldRegistration.recordedAt))
    .limit(1000);
  const photos =
    rows.length === 0
      ? []
      : await tx
          .select()
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
          .orderBy(asc(fieldRegistrationPhoto.createdAt));
  return rows.map(({ registration, recordedBy }) => ({
    id: registration.id,
    kind: registration.kind,
    recordedAt: registration.recordedAt.toISOString(),
    recordedBy,
    position: registration.position,
    details: registration.details,
    lines: detailLines(registration.details, language),
    note: noteOf(registration.details),
    photos: photos
      .filter((photo) => photo.registrationId === registration.id)
      .map((photo) => ({
        id: photo.id,
        mediaType: photo.mediaType,
        url: `/api/klic/meldingen/${meldingId}/registrations/${registration.id}/photos/${photo.id}`,
      })),
  }));
}
