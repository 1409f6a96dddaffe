import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { BlobStore } from '../../infra/files/index.ts';
import type { KadasterMail } from '../mail/parse-kadaster-mail.ts';
import { assignProjectWorkers } from '../manage/field-worker-assignments.ts';
import { refreshMeldingValidity } from './melding-validity.ts';
import { projectForReferentie } from './project-link.ts';
import './intake-messages.ts';

/**
 * A Kadaster receipt (ontvangstbevestiging) registers the melding as requested, with its receipt PDF, so
 * the planner sees which deliveries are still awaited. A melding that already has a delivery keeps its state.
 */
export async function registerReceipt(
  db: Database,
  blobs: BlobStore,
  organisationId: string,
  mail: KadasterMail,
): Promise<string> {
  const meldnummer = mail.meldnummer;
  if (!meldnummer) throw new AppError('VALIDATION_FAILED', { reason: 'klic.receipt_without_meldnummer' });
  const pdf = mail.attachments.find((each) => /\.pdf$/i.test(each.fileName));
  // A key of its own per receipt: the PDF is written before the transaction and removed again if that
  // fails; the one it replaces is removed after the commit.
  const receiptBlobKey = pdf
    ? `${organisationId}/klic/receipts/${meldnummer.replace(/[^A-Za-z0-9]/g, '')}-${randomUUID()}.pdf`
    : null;
  if (pdf && receiptBlobKey) await blobs.put(receiptBlobKey, pdf.content);

  let replacedKey: string | null = null;
  const meldingId = await db
    .transaction(async (tx) => {
      const [previous] = await tx
        .select({ key: klicMelding.receiptBlobKey })
        .from(klicMelding)
        .where(and(eq(klicMelding.organisationId, organisationId), eq(klicMelding.meldnummer, meldnummer)))
        .for('update');
      replacedKey = receiptBlobKey ? (previous?.key ?? null) : null;
      const link = await projectForReferentie(tx, organisationId, mail.referentie);
      const values = {
        ordernummer: mail.ordernummer,
        positienummer: mail.positienummer,
        referentie: mail.referentie,
        ...(receiptBlobKey ? { receiptBlobKey } : {}),
        requestedAt: mail.sentAt ?? new Date(),
      };
      const [row] = await tx
        .insert(klicMelding)
        .values({
          organisationId,
          meldnummer,
          state: 'requested',
          aanvraagSoort: soortOf(meldnummer),
          ...values,
          ...(link ? { projectId: link.projectId, subProject: link.subProject } : {}),
        })
        // A receipt fills what is missing; it never blanks what a delivery (or an earlier receipt) gave.
        .onConflictDoUpdate({
          target: [klicMelding.organisationId, klicMelding.meldnummer],
          set: {
            ordernummer: sql`coalesce(${klicMelding.ordernummer}, excluded.ordernummer)`,
            positienummer: sql`coalesce(${klicMelding.positienummer}, excluded.positienummer)`,
            referentie: sql`coalesce(${klicMelding.referentie}, excluded.referentie)`,
            receiptBlobKey: sql`coalesce(excluded.receipt_blob_key, ${klicMelding.receiptBlobKey})`,
            requestedAt: sql`coalesce(${klicMelding.requestedAt}, excluded.requested_at)`,
          },
        })
        .returning({ id: klicMelding.id });
      const id = (row as { id: string }).id;
      if (link) await assignProjectWorkers(tx, link.projectId, { meldingIds: [id] });
      await refreshMeldingValidity(tx, organisationId, id, null);
      await recordAudit(tx, {
        organisationId,
        actor: null,
        action: 'create',
        event: 'klic.receipt.registered',
        entity: { type: 'klic', id, label: meldnummer },
        after: { referentie: mail.referentie },
      });
      return id;
    })
    .catch(async (error: unknown) => {
      if (receiptBlobKey) await blobs.delete(receiptBlobKey).catch(() => undefined);
      throw error;
    });
  if (replacedKey) await blobs.delete(replacedKey).catch(() => undefined);
  return meldingId;
}

function soortOf(meldnummer: string) {
  const letter = meldnummer.charAt(2).toUpperCase();
  if (letter === 'G') return 'graafmelding' as const;
  if (letter === 'O') return 'orientatieverzoek' as const;
  if (letter === 'C') return 'calamiteitenmelding' as const;
  return null;
}
