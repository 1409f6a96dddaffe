/**
 * The one error type of Veldwerk. Every failure a user can meet has a stable code; the HTTP layer maps
 * the code to a status and the i18n catalogue turns it into a message in the user's language.
 */
export const errorStatus = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** Field-level problems for forms: field path → error code of the field. */
  readonly fields: Record<string, string> | undefined;
  /**
   * What exactly is wrong, as a stable code such as 'klic.not_a_zip', when the code alone is too general;
   * its message comes from the module's reason catalogue (server/infra/i18n/reason-messages.ts).
   */
  readonly reason: string | undefined;

  constructor(
    code: ErrorCode,
    options: {
      params?: ErrorParams;
      fields?: Record<string, string>;
      reason?: string;
      cause?: unknown;
      detail?: string;
    } = {},
  ) {
    super(options.detail ?? options.reason ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.reason = options.reason;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
