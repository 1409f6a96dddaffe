import { isAppError } from '../../infra/errors/app-error.ts';
import { downloadReasons } from './download-errors.ts';

/**
 * Whether trying the same download again later may succeed: time-outs, broken connections and 5xx (or
 * 408/429) answers may pass; a refused host, an expired link, a body that is too large or not a ZIP will
 * not. Errors that are not AppErrors come from the destination (a full disk, the database) and may pass.
 */
export function isRetryableDownloadError(error: unknown): boolean {
  if (!isAppError(error)) return true;
  if (error.reason === downloadReasons.failed) {
    const status = Number(error.params.status);
    return status >= 500 || status === 408 || status === 429;
  }
  return error.code === 'SERVICE_UNAVAILABLE';
}
