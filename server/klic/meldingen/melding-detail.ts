import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicDeliveryFile, klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { listMeldingen, meldingRowSchema } from './list-meldingen.ts';

const fileSchema = z.object({
  id: z.string(),
  path: z.string(),
  kind: z.enum(['letter', 'ev', 'attachment', 'background', 'startpage', 'other']),
  bronhoudercode: z.string().nullable(),
  size: z.number(),
});

export const meldingDetailSchema = meldingRowSchema.extend({
  hasReceipt: z.boolean(),
  deliveries: z.array(
    z.object({
      id: z.string(),
      volgnummer: z.number(),
      complete: z.boolean(),
      composedAt: z.string().nullable(),
      zipBytes: z.number(),
      current: z.boolean(),
      files: z.array(fileSchema),
    }),
  ),
});

/** One melding with every delivery (newest first) and the files of each. */
export async function meldingDetail(tx: Executor, organisationId: string, meldingId: string) {
  const [row] = await listMeldingen(tx, organisationId, { id: meldingId });
  const [melding] = await tx
    .select({ currentDeliveryId: klicMelding.currentDeliveryId, receiptBlobKey: klicMelding.receiptBlobKey })
    .from(klicMelding)
    .where(and(eq(klicMelding.id, meldingId), eq(klicMelding.organisationId, organisationId)));
  if (!row || !melding) throw new AppError('NOT_FOUND');
  const deliveries = await tx
    .select()
    .from(klicDelivery)
    .where(and(eq(klicDelivery.meldingId, meldingId), eq(klicDelivery.organisationId, organisationId)))
    .orderBy(desc(klicDelivery.volgnummer));
  const files =
    deliveries.length === 0
      ? []
      : await tx
          .select()
          .from(klicDeliveryFile)
          .where(
            inArray(
              klicDeliveryFile.deliveryId,
              deliveries.map((delivery) => delivery.id),
            ),
          )
          .orderBy(asc(klicDeliveryFile.path));
  return {
    ...row,
    hasReceipt: melding.receiptBlobKey !== null,
    deliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      volgnummer: delivery.volgnummer,
      complete: delivery.complete,
      composedAt: delivery.composedAt,
      zipBytes: delivery.zipBytes,
      current: delivery.id === melding.currentDeliveryId,
      files: files
        .filter((file) => file.deliveryId === delivery.id)
        .map(({ id, path, kind, bronhoudercode, size }) => ({ id, path, kind, bronhoudercode, size })),
    })),
  };
}
