import type { Intake } from '../api/types';

/** The sentences in the `klic.outcome` catalogue. */
export type OutcomeKey =
  | 'queued'
  | 'processing'
  | 'retrying'
  | 'linked'
  | 'unlinked'
  | 'duplicate'
  | 'receipt'
  | 'receiptPlain'
  | 'download'
  | 'done'
  | 'failed';

/** How a delivery is named in a sentence: with its volgnummer when known (`klic.outcome.subject`). */
export type SubjectKey = 'delivery' | 'deliveryPlain';

export type OutcomeTone = 'pending' | 'success' | 'attention' | 'info' | 'error';

/**
 * What to tell the user about an intake, as catalogue keys and their values; `message` is the server's own
 * sentence (already in the user's language) for a failure or a retry.
 */
export type IntakeDescription = {
  tone: OutcomeTone;
  key: OutcomeKey;
  values: Record<string, string | number>;
  subject: { key: SubjectKey; values: Record<string, string | number> } | null;
  message: string | null;
};

export function describeIntake(intake: Intake): IntakeDescription {
  const plain = (tone: OutcomeTone, key: OutcomeKey): IntakeDescription => ({
    tone,
    key,
    values: {},
    subject: null,
    message: null,
  });
  switch (intake.status) {
    case 'queued':
      return plain('pending', 'queued');
    case 'processing':
      return plain('pending', 'processing');
    case 'retrying':
      return { ...plain('pending', 'retrying'), message: intake.error?.message ?? null };
    case 'failed':
      return { ...plain('error', 'failed'), message: intake.error?.message ?? null };
    case 'done':
      return describeDone(intake, plain);
  }
}

function describeDone(
  intake: Intake,
  plain: (tone: OutcomeTone, key: OutcomeKey) => IntakeDescription,
): IntakeDescription {
  const meldnummer = intake.meldnummer ?? intake.fileName;
  switch (intake.outcome) {
    case 'delivery': {
      const subject = deliverySubject(meldnummer, intake.volgnummer);
      return intake.projectNumber
        ? { ...plain('success', 'linked'), values: { project: intake.projectNumber }, subject }
        : { ...plain('attention', 'unlinked'), subject };
    }
    case 'duplicate':
      return plain('info', 'duplicate');
    case 'receipt':
      return intake.meldnummer
        ? { ...plain('success', 'receipt'), values: { meldnummer: intake.meldnummer } }
        : plain('success', 'receiptPlain');
    case 'download':
      return plain('info', 'download');
    case null:
      return plain('success', 'done');
  }
}

function deliverySubject(meldnummer: string, volgnummer: number | null): IntakeDescription['subject'] {
  return volgnummer === null
    ? { key: 'deliveryPlain', values: { meldnummer } }
    : { key: 'delivery', values: { meldnummer, volgnummer } };
}
