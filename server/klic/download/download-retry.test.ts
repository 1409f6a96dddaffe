import { describe, expect, it } from 'vitest';
import { AppError } from '../../infra/errors/app-error.ts';
import { downloadFailed, downloadTooLarge, hostNotAllowed, notAZip } from './download-errors.ts';
import { isRetryableDownloadError } from './download-retry.ts';

describe('isRetryableDownloadError', () => {
  it.each([
    [downloadFailed(502), true],
    [downloadFailed(429), true],
    [downloadFailed(401), false],
    [downloadFailed(302), false],
    [hostNotAllowed('evil.example'), false],
    [downloadTooLarge(1024), false],
    [notAZip(), false],
    [new AppError('PAYLOAD_TOO_LARGE'), false],
    [new Error('ENOSPC: no space left on device'), true],
  ])('%o → %s', (error, retryable) => {
    expect(isRetryableDownloadError(error)).toBe(retryable);
  });
});
