import { i18n } from '../i18n/i18n';

type ApiErrorInit = {
  status: number;
  code: string;
  message: string;
  fields?: Record<string, string> | undefined;
  requestId?: string | undefined;
};

/**
 * Every failed API call. `status` 0 means the server was not reached. `message` is meant for the user:
 * Veldwerk's own errors arrive translated; better-auth's are English, so match those on `code`.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly requestId: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields;
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError({ status: 0, code: 'NETWORK_ERROR', message: i18n.t('errors.network') });
  error.cause = cause;
  return error;
}

/** Reads Veldwerk's `{ error: {…} }` or better-auth's `{ code, message }`; anything else gets a generic text. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const own = asRecord(asRecord(body)?.error);
  if (own && typeof own.code === 'string' && typeof own.message === 'string') {
    return new ApiError({
      status: response.status,
      code: own.code,
      message: own.message,
      fields: asStringRecord(own.fields),
      requestId: typeof own.requestId === 'string' ? own.requestId : requestId,
    });
  }
  const auth = asRecord(body);
  return new ApiError({
    status: response.status,
    code: typeof auth?.code === 'string' ? auth.code : `HTTP_${response.status}`,
    message:
      typeof auth?.message === 'string'
        ? auth.message
        : i18n.t('errors.unexpected', { status: response.status }),
    requestId,
  });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function asStringRecord(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  return Object.fromEntries(Object.entries(record).filter((entry) => typeof entry[1] === 'string')) as Record<
    string,
    string
  >;
}
