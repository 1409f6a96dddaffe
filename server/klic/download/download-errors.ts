import { AppError } from '../../infra/errors/app-error.ts';
import { formatByteLimit } from '../../infra/files/format-byte-limit.ts';
import './download-messages.ts';

export const downloadReasons = {
  hostNotAllowed: 'klic.download_host_not_allowed',
  failed: 'klic.download_failed',
  unreachable: 'klic.download_unreachable',
  timeout: 'klic.download_timeout',
  tooLarge: 'klic.download_too_large',
  expired: 'klic.download_expired',
  notAZip: 'klic.download_not_a_zip',
} as const;

export function hostNotAllowed(host: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    reason: downloadReasons.hostNotAllowed,
    params: { host: host.slice(0, 100) || '-' },
  });
}

export function downloadFailed(status: number): AppError {
  return new AppError('SERVICE_UNAVAILABLE', { reason: downloadReasons.failed, params: { status } });
}

export function downloadExpired(status: number): AppError {
  return new AppError('VALIDATION_FAILED', { reason: downloadReasons.expired, params: { status } });
}

export function downloadTooLarge(maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    reason: downloadReasons.tooLarge,
    params: { limit: formatByteLimit(maxBytes) },
  });
}

export function notAZip(): AppError {
  return new AppError('VALIDATION_FAILED', { reason: downloadReasons.notAZip });
}

/**
 * A failure of the connection itself: a time-out when the download's signal fired (the whole download
 * took too long or made no progress), otherwise the server could not be reached or broke off.
 */
export function connectionFailed(cause: unknown, signal: AbortSignal): AppError {
  return signal.aborted
    ? new AppError('SERVICE_UNAVAILABLE', { reason: downloadReasons.timeout, cause })
    : new AppError('SERVICE_UNAVAILABLE', { reason: downloadReasons.unreachable, cause });
}
