import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { klicIntake } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { formatByteLimit } from '../../infra/files/format-byte-limit.ts';
import type { BlobData } from '../../infra/files/index.ts';
import { detectIntakeKind } from './detect-intake-kind.ts';
import { type KlicIntakeDeps, processIntakeQueue } from './klic-intake-deps.ts';
import './intake-messages.ts';

export type AcceptInput = {
  organisationId: string;
  userId: string | null;
  source: 'upload' | 'smtp' | 'imap';
  fileName: string;
  data: BlobData;
};

/**
 * Takes a file in (an uploaded ZIP or mail, a mail from SMTP or IMAP): stores it, registers an intake and
 * queues its processing. Refuses (and keeps nothing of) files that are too large or of another kind.
 */
export async function acceptIntake(deps: KlicIntakeDeps, input: AcceptInput) {
  const id = randomUUID();
  const blobKey = `${input.organisationId}/klic/intake/${id}`;
  const limit = deps.settings.maxUploadBytes;
  const stored = await deps.blobs.put(blobKey, input.data, { maxBytes: limit }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw uploadTooLarge(limit);
    throw error;
  });
  const kind = detectIntakeKind(await readHead(await deps.blobs.get(blobKey)));
  if (!kind) {
    await deps.blobs.delete(blobKey);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { reason: 'klic.upload_unsupported' });
  }
  try {
    const [intake] = await deps.db
      .insert(klicIntake)
      .values({
        id,
        organisationId: input.organisationId,
        source: input.source,
        kind,
        status: 'queued',
        fileName: cleanFileName(input.fileName),
        blobKey,
        bytes: stored.size,
        sha256: stored.sha256,
        createdBy: input.userId,
      })
      .returning();
    await deps.jobs.send(processIntakeQueue, { intakeId: id });
    return intake as typeof klicIntake.$inferSelect;
  } catch (error) {
    // Nothing half: no intake row that no job will ever process, no file without its row.
    await deps.db.delete(klicIntake).where(eq(klicIntake.id, id));
    await deps.blobs.delete(blobKey);
    throw error;
  }
}

/** The refusal of a file over the upload limit, naming the limit. */
export function uploadTooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    reason: 'klic.upload_too_large',
    params: { limit: formatByteLimit(maxBytes) },
  });
}

async function readHead(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= 2048) break;
  }
  stream.destroy();
  return Buffer.concat(chunks);
}

/** A name to show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const clean = [...base]
    .filter((character) => character >= ' ' && character !== '\u007f')
    .join('')
    .trim()
    .slice(0, 200);
  return clean || 'bestand';
}
