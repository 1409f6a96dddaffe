import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import { fieldRegistration, fieldRegistrationKinds, user } from '../../infra/db/schema/index.ts';

export const registrationSchema = z.object({
  id: z.string(),
  kind: z.enum(fieldRegistrationKinds),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  position: z.tuple([z.number(), z.number()]).nullable(),
  details: z.record(z.string(), z.unknown()),
});

/** "Preventie rapporten": what field workers recorded at the melding, newest first. */
export async function listRegistrations(tx: Executor, organisationId: string, meldingId: string) {
  const rows = await tx
    .select({ registration: fieldRegistration, recordedBy: user.name })
    .from(fieldRegistration)
    .leftJoin(user, eq(user.id, fieldRegistration.recordedBy))
    .where(
      and(eq(fieldRegistration.meldingId, meldingId), eq(fieldRegistration.organisationId, organisationId)),
    )
    .orderBy(desc(fieldRegistration.recordedAt))
    .limit(1000);
  return rows.map(({ registration, recordedBy }) => ({
    id: registration.id,
    kind: registration.kind,
    recordedAt: registration.recordedAt.toISOString(),
    recordedBy,
    position: registration.position,
    details: registration.details,
  }));
}
