import { z } from 'zod';
import type { ErrorCode } from '../../infra/errors/app-error.ts';
import { errorMessage } from '../../infra/i18n/error-messages.ts';
import type { Language } from '../../infra/i18n/language.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import type { listIntakes } from '../intake/intake-repository.ts';
import '../imkl/imkl-messages.ts';
import '../intake/intake-messages.ts';
import '../mail/kadaster-mail-messages.ts';
import '../download/download-messages.ts';

export const intakeSchema = z.object({
  id: z.string(),
  source: z.enum(['upload', 'smtp', 'imap', 'download']),
  kind: z.enum(['zip', 'mail', 'link']),
  status: z.enum(['queued', 'processing', 'retrying', 'done', 'failed']),
  outcome: z.enum(['delivery', 'duplicate', 'receipt', 'download']).nullable(),
  fileName: z.string(),
  bytes: z.number().nullable(),
  /** 0–100 while processing runs (null before it starts). */
  progress: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  meldnummer: z.string().nullable(),
  volgnummer: z.number().nullable(),
  projectNumber: z.string().nullable(),
  meldingId: z.string().nullable(),
  error: z.object({ code: z.string(), reason: z.string().nullable(), message: z.string() }).nullable(),
});

export type IntakeView = z.infer<typeof intakeSchema>;

type IntakeListRow = Awaited<ReturnType<typeof listIntakes>>[number];

/** An intake as the planner sees it, with its error in the planner's language. */
export function presentIntake(row: IntakeListRow, language: Language): IntakeView {
  const { intake } = row;
  const params = intake.errorParams ?? {};
  const error = intake.errorCode
    ? {
        code: intake.errorCode,
        reason: intake.errorReason,
        message:
          (intake.errorReason ? reasonMessage(language, intake.errorReason, params) : null) ??
          errorMessage(language, intake.errorCode as ErrorCode, params),
      }
    : null;
  return {
    id: intake.id,
    source: intake.source,
    kind: intake.kind,
    status: intake.status,
    outcome: intake.outcome,
    fileName: intake.fileName,
    bytes: intake.bytes,
    progress: intake.progress,
    createdAt: intake.createdAt.toISOString(),
    updatedAt: intake.updatedAt.toISOString(),
    meldnummer: row.meldnummer,
    volgnummer: row.volgnummer,
    projectNumber: row.projectNumber,
    meldingId: intake.meldingId,
    error,
  };
}
