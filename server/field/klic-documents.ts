import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../infra/db/database.ts';
import { klicDeliveryFile } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { listOwnAttachments } from '../klic/attachments/own-attachments.ts';
import { deliveryFileName } from '../klic/routes/immutable-file-reply.ts';
import type { WorkerKlicRow } from './worker-klic.ts';

const documentKinds = ['letter', 'ev', 'attachment'] as const;

export const fieldDocumentSchema = z.object({
  id: z.string(),
  kind: z.enum([...documentKinds, 'own']),
  name: z.string(),
  bronhoudercode: z.string().nullable(),
  size: z.number(),
  url: z.string(),
});

export const fieldFileUrl = (meldingId: string, fileId: string) =>
  `/api/field/klics/${meldingId}/files/${fileId}`;

/**
 * The documents the worker reads on site: the delivery letter, the EV documents and the operators'
 * attachments of the current delivery, and the planner's own attachments.
 */
export async function fieldDocuments(tx: Executor, klic: WorkerKlicRow) {
  const { id: meldingId, organisationId, currentDeliveryId } = klic.melding;
  const [files, own] = await Promise.all([
    currentDeliveryId
      ? tx
          .select()
          .from(klicDeliveryFile)
          .where(
            and(
              eq(klicDeliveryFile.deliveryId, currentDeliveryId),
              eq(klicDeliveryFile.organisationId, organisationId),
              inArray(klicDeliveryFile.kind, [...documentKinds]),
            ),
          )
          .orderBy(asc(klicDeliveryFile.kind), asc(klicDeliveryFile.path))
      : [],
    listOwnAttachments(tx, organisationId, meldingId),
  ]);
  return [
    ...files.map((file) => ({
      id: file.id,
      kind: file.kind as (typeof documentKinds)[number],
      name: deliveryFileName(file.path),
      bronhoudercode: file.bronhoudercode,
      size: file.size,
      url: fieldFileUrl(meldingId, file.id),
    })),
    ...own.map((attachment) => ({
      id: attachment.id,
      kind: 'own' as const,
      name: attachment.fileName,
      bronhoudercode: null,
      size: attachment.size,
      url: `/api/field/klics/${meldingId}/attachments/${attachment.id}`,
    })),
  ];
}

/** A file of the KLIC's current delivery (a document or the background raster); NOT_FOUND otherwise. */
export async function currentDeliveryFile(tx: Executor, klic: WorkerKlicRow, fileId: string) {
  const { organisationId, currentDeliveryId } = klic.melding;
  if (!currentDeliveryId) throw new AppError('NOT_FOUND');
  const [file] = await tx
    .select()
    .from(klicDeliveryFile)
    .where(
      and(
        eq(klicDeliveryFile.id, fileId),
        eq(klicDeliveryFile.deliveryId, currentDeliveryId),
        eq(klicDeliveryFile.organisationId, organisationId),
      ),
    );
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}
