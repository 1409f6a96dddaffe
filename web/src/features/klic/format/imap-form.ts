import type { ImapSettings, ImapSettingsInput } from '../api/types';

/** The IMAP form as typed; kept as it is when saving fails. */
export type ImapFormValues = {
  enabled: boolean;
  host: string;
  /** A number input gives '' while empty. */
  port: number | string;
  secure: boolean;
  user: string;
  /** Empty: keep the stored password. */
  password: string;
  mailbox: string;
};

export const imapTextFields = ['host', 'port', 'user', 'password', 'mailbox'] as const;
export type ImapTextField = (typeof imapTextFields)[number];

/** A field's problem, as the `klic.mail.imap.errors` key to show at it. */
export type ImapFieldProblem = 'required' | 'port' | 'tooLong' | 'invalid';
export type ImapFormErrors = Partial<Record<ImapTextField, ImapFieldProblem>>;

export function imapFormValues(imap: ImapSettings): ImapFormValues {
  return {
    enabled: imap.enabled,
    host: imap.host ?? '',
    port: imap.port ?? '',
    secure: imap.secure,
    user: imap.user ?? '',
    password: '',
    mailbox: imap.mailbox,
  };
}

export function imapInput(values: ImapFormValues): ImapSettingsInput {
  const port = typeof values.port === 'number' ? values.port : Number.parseInt(values.port, 10);
  return {
    enabled: values.enabled,
    host: values.host.trim() || null,
    port: Number.isFinite(port) ? port : null,
    secure: values.secure,
    user: values.user.trim() || null,
    ...(values.password ? { password: values.password } : {}),
    mailbox: values.mailbox.trim() || 'INBOX',
  };
}

/** What the browser can check: a switched-on mailbox needs a server, a user and a password. */
export function checkImapForm(values: ImapFormValues, passwordSet: boolean): ImapFormErrors {
  const errors: ImapFormErrors = {};
  const input = imapInput(values);
  if (input.port !== null && !(Number.isInteger(input.port) && input.port >= 1 && input.port <= 65535))
    errors.port = 'port';
  if (!values.enabled) return errors;
  if (!input.host) errors.host = 'required';
  if (input.port === null) errors.port = 'port';
  if (!input.user) errors.user = 'required';
  if (!values.password && !passwordSet) errors.password = 'required';
  return errors;
}

/** The server's `fields` of a 422 at the form's fields; `rest` holds what the form has no field for. */
export function imapErrorsFromServer(fields: Record<string, string>): {
  errors: ImapFormErrors;
  rest: string[];
} {
  const errors: ImapFormErrors = {};
  const rest: string[] = [];
  for (const [field, code] of Object.entries(fields)) {
    if (!isImapTextField(field)) rest.push(field);
    else errors[field] = problemOf(field, code);
  }
  return { errors, rest };
}

function isImapTextField(field: string): field is ImapTextField {
  return (imapTextFields as readonly string[]).includes(field);
}

function problemOf(field: ImapTextField, code: string): ImapFieldProblem {
  if (field === 'port') return 'port';
  switch (code) {
    case 'required':
    case 'too_small':
    case 'invalid_type':
      return 'required';
    case 'too_big':
      return 'tooLong';
    default:
      return 'invalid';
  }
}
