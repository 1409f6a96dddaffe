import type { AbortBody, AbortKind } from '../outbox';

export type AbortFormValues = { kind: AbortKind | ''; reasonId: string; note: string };
export type AbortFormErrors = Partial<Record<keyof AbortFormValues, 'chooseOne' | 'tooLong'>>;

const maxNote = 2000;

/** Checks the abort form and builds the body the server takes. */
export function buildAbortBody(
  values: AbortFormValues,
  context: { idempotencyKey: string; recordedAt: Date; reasonIds: string[] },
): { ok: true; body: AbortBody } | { ok: false; errors: AbortFormErrors } {
  const errors: AbortFormErrors = {};
  if (values.kind === '') errors.kind = 'chooseOne';
  if (!context.reasonIds.includes(values.reasonId)) errors.reasonId = 'chooseOne';
  const note = values.note.trim();
  if (note.length > maxNote) errors.note = 'tooLong';
  if (values.kind === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      idempotencyKey: context.idempotencyKey,
      kind: values.kind,
      reasonId: values.reasonId,
      note,
      recordedAt: context.recordedAt.toISOString(),
    },
  };
}
