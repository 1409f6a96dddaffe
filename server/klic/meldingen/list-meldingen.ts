import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicMelding, project } from '../../infra/db/schema/index.ts';

export const meldingRowSchema = z.object({
  id: z.string(),
  meldnummer: z.string(),
  referentie: z.string().nullable(),
  aanvraagSoort: z.enum(['graafmelding', 'orientatieverzoek', 'calamiteitenmelding']).nullable(),
  state: z.enum(['requested', 'partial', 'complete']),
  volgnummer: z.number().nullable(),
  projectId: z.string().nullable(),
  projectNumber: z.string().nullable(),
  subProject: z.string().nullable(),
  updatedAt: z.string(),
  netbeheerders: z.number(),
  ev: z.boolean(),
});

export type MeldingRow = z.infer<typeof meldingRowSchema>;

/** The organisation's meldingen with their current delivery, newest first. */
export async function listMeldingen(
  tx: Executor,
  organisationId: string,
  options: { unlinked?: boolean; id?: string } = {},
): Promise<MeldingRow[]> {
  const rows = await tx
    .select({
      melding: klicMelding,
      volgnummer: klicDelivery.volgnummer,
      projectNumber: project.number,
      netbeheerders: sql<number>`coalesce(jsonb_array_length(${klicDelivery.summary}->'netbeheerders'), 0)`,
      ev: sql<boolean>`coalesce(jsonb_path_exists(${klicDelivery.summary}, '$.netbeheerders[*] ? (@.eisVoorzorgsmaatregel == true)'), false)`,
    })
    .from(klicMelding)
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .where(
      and(
        eq(klicMelding.organisationId, organisationId),
        options.unlinked ? isNull(klicMelding.projectId) : undefined,
        options.id ? eq(klicMelding.id, options.id) : undefined,
      ),
    )
    .orderBy(desc(klicMelding.updatedAt))
    .limit(500);
  return rows.map(({ melding, volgnummer, projectNumber, netbeheerders, ev }) => ({
    id: melding.id,
    meldnummer: melding.meldnummer,
    referentie: melding.referentie,
    aanvraagSoort: melding.aanvraagSoort,
    state: melding.state,
    volgnummer,
    projectId: melding.projectId,
    projectNumber,
    subProject: melding.subProject,
    updatedAt: melding.updatedAt.toISOString(),
    netbeheerders: Number(netbeheerders),
    ev: Boolean(ev),
  }));
}
