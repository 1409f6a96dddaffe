import { randomUUID } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { and, eq } from 'drizzle-orm';
import { klicIntake, user } from '../../infra/db/schema/index.ts';
import { AppError, isAppError } from '../../infra/errors/app-error.ts';
import { formatByteLimit } from '../../infra/files/format-byte-limit.ts';
import { downloadDelivery } from '../download/download-delivery.ts';
import { isRetryableDownloadError } from '../download/download-retry.ts';
import { defaultMaxMailBytes, parseKadasterMail } from '../mail/parse-kadaster-mail.ts';
import {
  failureOf,
  findIntake,
  type IntakeChange,
  type IntakeRow,
  updateIntake,
} from './intake-repository.ts';
import { type KlicIntakeDeps, maxIntakeAttempts, processIntakeQueue } from './klic-intake-deps.ts';
import { registerReceipt } from './register-receipt.ts';
import { storeDelivery } from './store-delivery.ts';
import './intake-messages.ts';

/**
 * The job behind every intake. Refusals (a damaged ZIP, a mail that is not the Kadaster's, an expired
 * link) end as 'failed' with their reason at once; passing trouble (network, database) is retried by the
 * queue with back-off while the intake shows 'retrying', and ends as 'failed' after the last attempt.
 */
export async function processIntake(deps: KlicIntakeDeps, intakeId: string): Promise<void> {
  const intake = await findIntake(deps.db, intakeId);
  if (!intake || intake.status === 'done' || intake.status === 'failed') return;
  const attempts = intake.attempts + 1;
  await updateIntake(deps.db, intake.id, { status: 'processing', attempts });
  try {
    const result = await handle(deps, intake);
    await updateIntake(deps.db, intake.id, {
      status: 'done',
      progress: 100,
      errorCode: null,
      errorReason: null,
      errorParams: null,
      ...result,
    });
  } catch (error) {
    const retry = !isAppError(error) || isRetryableDownloadError(error);
    if (retry && attempts < maxIntakeAttempts) {
      await updateIntake(deps.db, intake.id, {
        status: 'retrying',
        ...(isAppError(error) ? failureOf(error) : {}),
      });
      throw error;
    }
    deps.logger.warn({ err: error, intakeId: intake.id }, 'KLIC intake failed');
    const failure = isAppError(error)
      ? failureOf(error)
      : failureOf(
          new AppError('INTERNAL', { reason: 'klic.intake_failed', params: { intakeId: intake.id } }),
        );
    await updateIntake(deps.db, intake.id, { status: 'failed', ...failure });
  }
}

async function handle(deps: KlicIntakeDeps, intake: IntakeRow): Promise<IntakeChange> {
  if (intake.kind === 'zip') {
    // acceptIntake stores every file with its key, size and hash.
    const zip = {
      key: intake.blobKey as string,
      sha256: intake.sha256 as string,
      bytes: intake.bytes as number,
    };
    return storeZip(deps, intake, zip);
  }
  if (intake.kind === 'link') return download(deps, intake);
  return handleMail(deps, intake);
}

async function storeZip(
  deps: KlicIntakeDeps,
  intake: IntakeRow,
  zip: { key: string; sha256: string; bytes: number },
): Promise<IntakeChange> {
  const stored = await storeDelivery(deps.db, deps.blobs, {
    organisationId: intake.organisationId,
    actor: await auditActorOf(deps, intake.createdBy),
    onProgress: progressReporter(deps, intake.id),
    zipBlobKey: zip.key,
    zipSha256: zip.sha256,
    zipBytes: zip.bytes,
  });
  if (stored.outcome === 'duplicate') await deps.blobs.delete(zip.key);
  return { outcome: stored.outcome, meldingId: stored.meldingId, deliveryId: stored.deliveryId };
}

async function download(deps: KlicIntakeDeps, intake: IntakeRow): Promise<IntakeChange> {
  const blobKey = `${intake.organisationId}/klic/intake/${intake.id}.zip`;
  const downloaded = await downloadDelivery(intake.url as string, {
    allowedHosts: deps.settings.allowedDownloadHosts,
    timeoutMs: deps.settings.downloadTimeoutMs,
    maxBytes: deps.settings.maxUploadBytes,
    destination: (body) => deps.blobs.put(blobKey, body, { maxBytes: deps.settings.maxUploadBytes }),
  });
  await updateIntake(deps.db, intake.id, { blobKey, bytes: downloaded.size, sha256: downloaded.sha256 });
  return storeZip(deps, intake, { key: blobKey, sha256: downloaded.sha256, bytes: downloaded.size });
}

/**
 * Writes the progress at most once a second. The write is not awaited: the store may be inside its
 * transaction, and on PGlite a write from outside waits until that ends (it then simply lands late).
 */
function progressReporter(deps: KlicIntakeDeps, intakeId: string): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = Date.now();
    if (now - last < 1_000) return;
    last = now;
    const progress = Math.min(99, Math.round(fraction * 100));
    deps.db
      .update(klicIntake)
      .set({ progress })
      // A late write never overwrites a finished intake.
      .where(and(eq(klicIntake.id, intakeId), eq(klicIntake.status, 'processing')))
      .catch((error: unknown) => deps.logger.warn({ err: error, intakeId }, 'intake progress not stored'));
  };
}

/** The planner who uploaded it, for the logbook; null for mail and downloads without one. */
async function auditActorOf(deps: KlicIntakeDeps, userId: string | null) {
  if (!userId) return null;
  const [found] = await deps.db.select({ name: user.name }).from(user).where(eq(user.id, userId));
  return found ? { userId, name: found.name } : null;
}

async function handleMail(deps: KlicIntakeDeps, intake: IntakeRow): Promise<IntakeChange> {
  // A large file that merely starts like a mail is refused before it is read into memory.
  if ((intake.bytes ?? 0) > defaultMaxMailBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      reason: 'klic.mail_too_large',
      params: { limit: formatByteLimit(defaultMaxMailBytes) },
    });
  }
  const raw = await buffer(await deps.blobs.get(intake.blobKey as string));
  const mail = await parseKadasterMail(raw, { fileName: intake.fileName });
  if (mail.kind === 'receipt') {
    const meldingId = await registerReceipt(deps.db, deps.blobs, intake.organisationId, mail);
    return { outcome: 'receipt', meldingId };
  }
  if (mail.kind === 'deliveryNotice') {
    if (!mail.downloadUrl) throw new AppError('VALIDATION_FAILED', { reason: 'klic.notice_without_link' });
    // A retry of this mail finds the download it already started.
    const [started] = await deps.db
      .select({ id: klicIntake.id })
      .from(klicIntake)
      .where(
        and(
          eq(klicIntake.organisationId, intake.organisationId),
          eq(klicIntake.kind, 'link'),
          eq(klicIntake.url, mail.downloadUrl),
        ),
      );
    if (started) return { outcome: 'download' };
    const id = randomUUID();
    const fileName = `Levering_${mail.meldnummer ?? 'onbekend'}_${mail.deliveryNumber ?? 1}.zip`;
    await deps.db.insert(klicIntake).values({
      id,
      organisationId: intake.organisationId,
      source: 'download',
      kind: 'link',
      status: 'queued',
      fileName,
      url: mail.downloadUrl,
      createdBy: intake.createdBy,
    });
    await deps.jobs.send(processIntakeQueue, { intakeId: id });
    return { outcome: 'download' };
  }
  throw new AppError('VALIDATION_FAILED', { reason: 'klic.mail_not_kadaster' });
}
