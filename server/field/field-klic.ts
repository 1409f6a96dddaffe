import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../infra/db/database.ts';
import { evHandlingStatuses, klicEvHandling } from '../infra/db/schema/index.ts';
import { toAmsterdamDate } from '../infra/workdays/iso-date.ts';
import { uniqueContacts } from '../klic/melding-info/operator-contacts.ts';
import type { WorkerKlicRow } from './worker-klic.ts';

const phones = z.array(z.string());

export const fieldKlicSchema = z.object({
  id: z.string(),
  meldnummer: z.string(),
  projectNumber: z.string().nullable(),
  subProject: z.string().nullable(),
  toelichting: z.string(),
  projectStartDate: z.string().nullable(),
  expiresOn: z.string().nullable(),
  expired: z.boolean(),
  state: z.enum(['requested', 'partial', 'complete']),
  volgnummer: z.number().nullable(),
  currentDeliveryId: z.string().nullable(),
  ev: z.array(
    z.object({
      bronhoudercode: z.string(),
      name: z.string().nullable(),
      status: z.enum(evHandlingStatuses),
      instructions: z.string(),
      contactPhones: phones,
    }),
  ),
  operators: z.array(
    z.object({ bronhoudercode: z.string(), name: z.string().nullable(), damagePhones: phones }),
  ),
});

export type FieldKlic = z.infer<typeof fieldKlicSchema>;

const phonesOf = (contacts: Parameters<typeof uniqueContacts>[0]) => [
  ...new Set(uniqueContacts(contacts).flatMap((contact) => (contact.telefoon ? [contact.telefoon] : []))),
];

/**
 * What the field app shows of each KLIC: the planner's texts, validity, every operator's damage number
 * and, for the operators with an EV, what the planner decided (an operator without a handling is open).
 */
export async function presentFieldKlics(
  tx: Executor,
  organisationId: string,
  rows: WorkerKlicRow[],
  now = new Date(),
): Promise<FieldKlic[]> {
  const ids = rows.map((row) => row.melding.id);
  const handlings =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(klicEvHandling)
          .where(
            and(eq(klicEvHandling.organisationId, organisationId), inArray(klicEvHandling.meldingId, ids)),
          );
  const today = toAmsterdamDate(now);
  return rows.map(({ melding, projectNumber, projectStartDate, volgnummer, summary }) => {
    const operators = summary?.netbeheerders ?? [];
    return {
      id: melding.id,
      meldnummer: melding.meldnummer,
      projectNumber,
      subProject: melding.subProject,
      toelichting: melding.toelichting,
      projectStartDate,
      expiresOn: melding.expiresOn,
      expired: melding.expiresOn !== null && melding.expiresOn < today,
      state: melding.state,
      volgnummer,
      currentDeliveryId: melding.currentDeliveryId,
      ev: operators
        .filter((operator) => operator.eisVoorzorgsmaatregel)
        .map((operator) => {
          const handling = handlings.find(
            (row) => row.meldingId === melding.id && row.bronhoudercode === operator.bronhoudercode,
          );
          return {
            bronhoudercode: operator.bronhoudercode,
            name: operator.naam,
            status: handling?.status ?? 'open',
            instructions: handling?.instructions ?? '',
            contactPhones: phonesOf(operator.contactEisVoorzorgsmaatregel),
          };
        }),
      operators: operators.map((operator) => ({
        bronhoudercode: operator.bronhoudercode,
        name: operator.naam,
        damagePhones: phonesOf(operator.contactBeschadiging),
      })),
    };
  });
}
