import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import {
  evContactMethods,
  evHandlingStatuses,
  klicDeliveryFile,
  klicEvHandling,
  user,
} from '../../infra/db/schema/index.ts';
import { evOperatorsOf, type MeldingWithSummary } from '../melding-info/current-summary.ts';
import { contactSchema, uniqueContacts } from '../melding-info/operator-contacts.ts';

const evDocumentSchema = z.object({
  id: z.string(),
  name: z.string(),
  path: z.string(),
  size: z.number(),
  theme: z.string().nullable(),
  /** The operator's EV code, e.g. 'HS-T-W3'. */
  evCode: z.string().nullable(),
  toelichting: z.string().nullable(),
  url: z.string(),
});

export const evHandlingSchema = z.object({
  status: z.enum(evHandlingStatuses),
  instructions: z.string(),
  contactName: z.string(),
  contactedOn: z.string().nullable(),
  contactMethod: z.enum(evContactMethods).nullable(),
  notes: z.string(),
  handledAt: z.string().nullable(),
  handledBy: z.string().nullable(),
});

export const evOperatorSchema = z.object({
  bronhoudercode: z.string(),
  name: z.string().nullable(),
  themes: z.array(z.string()),
  contacts: z.array(contactSchema),
  documents: z.array(evDocumentSchema),
  handling: evHandlingSchema,
});

export type EvOperator = z.infer<typeof evOperatorSchema>;

const openHandling: EvOperator['handling'] = {
  status: 'open',
  instructions: '',
  contactName: '',
  contactedOn: null,
  contactMethod: null,
  notes: '',
  handledAt: null,
  handledBy: null,
};

/**
 * "EV afhandelen": every operator with an EV in the current delivery, its EV documents and contacts, and
 * how the EV is handled. An operator without a handling row yet counts as open.
 */
export async function evOperators(tx: Executor, { melding, deliveryId, summary }: MeldingWithSummary) {
  const operators = evOperatorsOf(summary);
  if (operators.length === 0 || !deliveryId) return [];
  const [files, handlings] = await Promise.all([
    tx
      .select()
      .from(klicDeliveryFile)
      .where(
        and(
          eq(klicDeliveryFile.deliveryId, deliveryId),
          eq(klicDeliveryFile.organisationId, melding.organisationId),
          eq(klicDeliveryFile.kind, 'ev'),
        ),
      )
      .orderBy(klicDeliveryFile.path),
    tx
      .select({ handling: klicEvHandling, handledBy: user.name })
      .from(klicEvHandling)
      .leftJoin(user, eq(user.id, klicEvHandling.handledBy))
      .where(
        and(
          eq(klicEvHandling.meldingId, melding.id),
          eq(klicEvHandling.organisationId, melding.organisationId),
        ),
      ),
  ]);
  return operators.map((operator): EvOperator => {
    const row = handlings.find((each) => each.handling.bronhoudercode === operator.bronhoudercode);
    return {
      bronhoudercode: operator.bronhoudercode,
      name: operator.naam,
      themes: operator.themas,
      contacts: uniqueContacts(operator.contactEisVoorzorgsmaatregel),
      documents: files
        .filter((file) => file.bronhoudercode === operator.bronhoudercode)
        .map((file) => {
          const bijlage = operator.bijlagen.find((each) => each.bestandLocatie === file.path);
          return {
            id: file.id,
            name: file.path.slice(file.path.lastIndexOf('/') + 1),
            path: file.path,
            size: file.size,
            theme: bijlage?.thema ?? null,
            evCode: bijlage?.eisVoorzorgsmaatregel ?? null,
            toelichting: bijlage?.toelichting ?? null,
            url: `/api/klic/deliveries/${deliveryId}/files/${file.id}`,
          };
        }),
      handling: row
        ? {
            status: row.handling.status,
            instructions: row.handling.instructions,
            contactName: row.handling.contactName,
            contactedOn: row.handling.contactedOn,
            contactMethod: row.handling.contactMethod,
            notes: row.handling.notes,
            handledAt: row.handling.handledAt?.toISOString() ?? null,
            handledBy: row.handledBy,
          }
        : openHandling,
    };
  });
}
