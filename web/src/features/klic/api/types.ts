export type IntakeSource = 'upload' | 'smtp' | 'imap' | 'download';
export type IntakeStatus = 'queued' | 'processing' | 'retrying' | 'done' | 'failed';
export type IntakeOutcome = 'delivery' | 'duplicate' | 'receipt' | 'download';

/** Everything that came in (a file, a mail, a link) and what became of it; times are ISO strings. */
export type Intake = {
  id: string;
  source: IntakeSource;
  kind: 'zip' | 'mail' | 'link';
  status: IntakeStatus;
  outcome: IntakeOutcome | null;
  fileName: string;
  bytes: number | null;
  /** 0–100 while processing runs (null before it starts). */
  progress: number | null;
  createdAt: string;
  updatedAt: string;
  meldnummer: string | null;
  volgnummer: number | null;
  projectNumber: string | null;
  meldingId: string | null;
  /** `message` is in the user's language already. */
  error: { code: string; reason: string | null; message: string } | null;
};

export type AanvraagSoort = 'graafmelding' | 'orientatieverzoek' | 'calamiteitenmelding';

/** One KLIC-melding in a list: its newest delivery and the project it belongs to. */
export type MeldingRow = {
  id: string;
  meldnummer: string;
  referentie: string | null;
  aanvraagSoort: AanvraagSoort | null;
  state: 'requested' | 'partial' | 'complete';
  volgnummer: number | null;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  updatedAt: string;
  netbeheerders: number;
  ev: boolean;
};

export type ProjectOption = { id: string; number: string; description: string };

export type ImapSettings = {
  enabled: boolean;
  host: string | null;
  port: number | null;
  secure: boolean;
  user: string | null;
  mailbox: string;
  passwordSet: boolean;
  lastPolledAt: string | null;
  lastError: string | null;
};

export type MailSettings = { intakeAddress: string; imap: ImapSettings };

/** `password` left out keeps the stored one. */
export type ImapSettingsInput = {
  enabled: boolean;
  host: string | null;
  port: number | null;
  secure: boolean;
  user: string | null;
  password?: string;
  mailbox: string;
};
