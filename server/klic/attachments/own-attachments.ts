import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { klicOwnAttachment, user } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { type BlobData, type BlobStore, formatByteLimit } from '../../infra/files/index.ts';
import { meldingWithSummary } from '../melding-info/current-summary.ts';
import { attachmentFileName } from './attachment-file-name.ts';
import { detectAttachmentType } from './detect-attachment-type.ts';
import './attachment-messages.ts';

/** Word, PDF, TIF and JPG files of a KLIC are documents and photos, not deliveries: 25 MB is plenty. */
export const ownAttachmentMaxBytes = 25 * 1024 ** 2;

export const ownAttachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  url: z.string(),
});

export type AttachmentDeps = { db: Database; blobs: BlobStore };

export function attachmentTooLarge(): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    reason: 'klic.attachment_too_large',
    params: { limit: formatByteLimit(ownAttachmentMaxBytes) },
  });
}

/** "Eigen bijlage(n)" of a melding, newest first (or the one asked for). */
export async function listOwnAttachments(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  attachmentId?: string,
) {
  const rows = await tx
    .select({ attachment: klicOwnAttachment, uploadedBy: user.name })
    .from(klicOwnAttachment)
    .leftJoin(user, eq(user.id, klicOwnAttachment.uploadedBy))
    .where(
      and(
        eq(klicOwnAttachment.meldingId, meldingId),
        eq(klicOwnAttachment.organisationId, organisationId),
        attachmentId ? eq(klicOwnAttachment.id, attachmentId) : undefined,
      ),
    )
    .orderBy(desc(klicOwnAttachment.createdAt));
  return rows.map(({ attachment, uploadedBy }) => ({
    id: attachment.id,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    size: attachment.size,
    uploadedBy,
    createdAt: attachment.createdAt.toISOString(),
    url: `/api/klic/meldingen/${meldingId}/attachments/${attachment.id}/file`,
  }));
}

/**
 * Stores an uploaded file as an own attachment: refused (and nothing kept) when it is empty, too large or
 * not a Word, PDF, TIF or JPG file by its bytes.
 */
export async function addOwnAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  meldingId: string,
  upload: { name: string; data: BlobData },
) {
  const { melding } = await meldingWithSummary(deps.db, actor.organisationId, meldingId);
  const id = randomUUID();
  const blobKey = `${actor.organisationId}/klic/own-attachments/${id}`;
  const stored = await deps.blobs
    .put(blobKey, upload.data, { maxBytes: ownAttachmentMaxBytes })
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw attachmentTooLarge();
      throw error;
    });
  try {
    if (stored.size === 0) throw new AppError('VALIDATION_FAILED', { reason: 'klic.attachment_empty' });
    const type = await detectAttachmentType(deps.blobs, blobKey);
    if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.attachment_unsupported' });
    const fileName = attachmentFileName(upload.name, type);
    await deps.db.transaction(async (tx) => {
      await tx.insert(klicOwnAttachment).values({
        id,
        organisationId: actor.organisationId,
        meldingId,
        fileName,
        mediaType: type.mediaType,
        blobKey,
        size: stored.size,
        uploadedBy: actor.userId,
      });
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'create',
        event: 'klic.attachment_added',
        entity: { type: 'klic', id: meldingId, label: melding.meldnummer },
        after: { attachment: fileName, size: stored.size },
      });
    });
  } catch (error) {
    // Nothing half: a refused or failed upload leaves no file behind.
    await deps.blobs.delete(blobKey);
    throw error;
  }
  const [attachment] = await listOwnAttachments(deps.db, actor.organisationId, meldingId, id);
  return attachment as z.infer<typeof ownAttachmentSchema>;
}

/** The stored row of one attachment of a melding of the organisation; NOT_FOUND otherwise. */
export async function ownAttachmentRow(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  attachmentId: string,
) {
  const [row] = await tx
    .select()
    .from(klicOwnAttachment)
    .where(
      and(
        eq(klicOwnAttachment.id, attachmentId),
        eq(klicOwnAttachment.meldingId, meldingId),
        eq(klicOwnAttachment.organisationId, organisationId),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Removes an own attachment; its file goes once the row is gone. */
export async function removeOwnAttachment(
  deps: AttachmentDeps,
  actor: Actor,
  meldingId: string,
  attachmentId: string,
): Promise<void> {
  const removed = await deps.db.transaction(async (tx) => {
    const { melding } = await meldingWithSummary(tx, actor.organisationId, meldingId);
    const row = await ownAttachmentRow(tx, actor.organisationId, meldingId, attachmentId);
    await tx.delete(klicOwnAttachment).where(eq(klicOwnAttachment.id, row.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'delete',
      event: 'klic.attachment_removed',
      entity: { type: 'klic', id: meldingId, label: melding.meldnummer },
      before: { attachment: row.fileName, size: row.size },
    });
    return row;
  });
  await deps.blobs.delete(removed.blobKey);
}
