import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, isAppError } from '../errors/app-error.ts';
import { errorMessage } from '../i18n/error-messages.ts';
import { languageFromHeader } from '../i18n/language.ts';
import { reasonMessage } from '../i18n/reason-messages.ts';

/** The body of every error response: a stable code, a message for the user, field problems for forms. */
export type ErrorBody = {
  error: {
    code: ErrorCode;
    reason?: string;
    message: string;
    fields?: Record<string, string>;
    requestId: string;
  };
};

/**
 * Maps every error to the one response shape. 5xx responses never carry internals: the user gets the
 * request id, the log gets the details.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((rawError, request, reply) => {
    const error = toAppError(rawError as FastifyError);
    const language = languageFromHeader(request.headers['accept-language']);
    if (error.status >= 500) {
      request.log.error({ err: rawError }, 'request failed');
    } else {
      request.log.info({ code: error.code, reason: error.reason, detail: error.message }, 'request refused');
    }
    const params = { ...error.params, requestId: request.id };
    const body: ErrorBody = {
      error: {
        code: error.code,
        ...(error.reason ? { reason: error.reason } : {}),
        message:
          (error.reason ? reasonMessage(language, error.reason, params) : null) ??
          errorMessage(language, error.code, params),
        ...(error.fields ? { fields: error.fields } : {}),
        requestId: request.id,
      },
    };
    if (error.code === 'TOO_MANY_REQUESTS' && error.params.seconds !== undefined) {
      reply.header('retry-after', String(error.params.seconds));
    }
    return reply.status(error.status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const language = languageFromHeader(request.headers['accept-language']);
    return reply.status(404).send({
      error: { code: 'NOT_FOUND', message: errorMessage(language, 'NOT_FOUND'), requestId: request.id },
    } satisfies ErrorBody);
  });
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
      fields[field] = issue.keyword;
    }
    return new AppError('VALIDATION_FAILED', { fields, cause: error });
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', { params: { limit: '1 MB' }, cause: error });
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', { cause: error });
  if (status === 429) return new AppError('TOO_MANY_REQUESTS', { params: { seconds: 60 }, cause: error });
  if (status === 400) return new AppError('VALIDATION_FAILED', { cause: error, detail: error.message });
  if (status === 404) return new AppError('NOT_FOUND', { cause: error });
  return new AppError('INTERNAL', { cause: error });
}
