import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { fieldRegistration, fieldRegistrationPhoto, klicMelding } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { type BlobData, type BlobStore, formatByteLimit } from '../infra/files/index.ts';
import { detectPhotoType } from './photo-type.ts';
import { storeOnce } from './store-once.ts';
import './field-messages.ts';

/** The phone compresses a photo to at most 1 MB; the server leaves room for what a phone makes of that. */
export const photoMaxBytes = 1.5 * 1024 ** 2;

export const photoSchema = z.object({
  id: z.string(),
  mediaType: z.string(),
  size: z.number(),
  url: z.string(),
});

type PhotoRow = typeof fieldRegistrationPhoto.$inferSelect;
export type PhotoDeps = { db: Database; blobs: BlobStore };

export const workerPhotoUrl = (photo: Pick<PhotoRow, 'id' | 'registrationId'>) =>
  `/api/field/registrations/${photo.registrationId}/photos/${photo.id}`;

export function photoTooLarge(): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    reason: 'field.photo_too_large',
    params: { limit: formatByteLimit(photoMaxBytes) },
  });
}

/**
 * A registration the worker recorded, with its KLIC's meldnummer; NOT_FOUND for a colleague's or another
 * organisation's. Not tied to the KLIC being on their device: photos queued on the phone still arrive after
 * the KLIC was taken off it or unassigned.
 */
export async function ownRegistration(tx: Executor, actor: Actor, registrationId: string) {
  const [row] = await tx
    .select({ registration: fieldRegistration, meldnummer: klicMelding.meldnummer })
    .from(fieldRegistration)
    .innerJoin(klicMelding, eq(klicMelding.id, fieldRegistration.meldingId))
    .where(
      and(
        eq(fieldRegistration.id, registrationId),
        eq(fieldRegistration.organisationId, actor.organisationId),
        eq(fieldRegistration.recordedBy, actor.userId),
      ),
    );
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** One photo of a registration of the organisation; NOT_FOUND otherwise. */
export async function photoOf(tx: Executor, organisationId: string, registrationId: string, photoId: string) {
  const [photo] = await tx
    .select()
    .from(fieldRegistrationPhoto)
    .where(
      and(
        eq(fieldRegistrationPhoto.id, photoId),
        eq(fieldRegistrationPhoto.registrationId, registrationId),
        eq(fieldRegistrationPhoto.organisationId, organisationId),
      ),
    );
  if (!photo) throw new AppError('NOT_FOUND');
  return photo;
}

async function sha256Of(blobs: BlobStore, key: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await blobs.get(key)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Adds a photo to a registration, once per idempotency key: the same photo again gets the stored one,
 * another photo under the same key is a conflict. A refused or repeated upload leaves no file behind.
 */
export async function addPhoto(
  deps: PhotoDeps,
  actor: Actor,
  registrationId: string,
  upload: { idempotencyKey: string; data: BlobData },
) {
  const id = randomUUID();
  const blobKey = `${actor.organisationId}/field/photos/${id}`;
  const stored = await deps.blobs
    .put(blobKey, upload.data, { maxBytes: photoMaxBytes })
    .catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw photoTooLarge();
      throw error;
    });
  let kept = false;
  try {
    if (stored.size === 0) throw new AppError('VALIDATION_FAILED', { reason: 'field.photo_empty' });
    const head = await firstBytes(deps.blobs, blobKey, 12);
    const mediaType = detectPhotoType(head);
    if (!mediaType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'field.photo_unsupported' });
    const result = await deps.db.transaction(async (tx) => {
      const byKey = () =>
        tx
          .select()
          .from(fieldRegistrationPhoto)
          .where(
            and(
              eq(fieldRegistrationPhoto.organisationId, actor.organisationId),
              eq(fieldRegistrationPhoto.idempotencyKey, upload.idempotencyKey),
            ),
          )
          .then((rows) => rows[0]);
      const outcome = await storeOnce({
        find: byKey,
        admit: () => ownRegistration(tx, actor, registrationId),
        insert: () =>
          tx
            .insert(fieldRegistrationPhoto)
            .values({
              id,
              organisationId: actor.organisationId,
              registrationId,
              blobKey,
              mediaType,
              size: stored.size,
              idempotencyKey: upload.idempotencyKey,
            })
            .onConflictDoNothing()
            .returning()
            .then((rows) => rows[0]),
        same: async (row) =>
          row.registrationId === registrationId &&
          row.size === stored.size &&
          (await sha256Of(deps.blobs, row.blobKey)) === stored.sha256,
        conflictReason: 'field.photo_idempotency_conflict',
      });
      if (outcome.created) {
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actor: { userId: actor.userId, name: actor.name },
          action: 'create',
          event: 'field.photo_added',
          entity: {
            type: 'klic',
            id: outcome.admitted.registration.meldingId,
            label: outcome.admitted.meldnummer,
          },
          after: { registration: registrationId, photo: outcome.row.id, size: stored.size },
        });
      }
      return outcome;
    });
    kept = result.created;
    const row = result.row;
    return {
      created: result.created,
      photo: { id: row.id, mediaType: row.mediaType, size: row.size, url: workerPhotoUrl(row) },
    };
  } finally {
    if (!kept) await deps.blobs.delete(blobKey);
  }
}

async function firstBytes(blobs: BlobStore, key: string, count: number): Promise<Buffer> {
  const stream = await blobs.get(key);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= count) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, count);
}
