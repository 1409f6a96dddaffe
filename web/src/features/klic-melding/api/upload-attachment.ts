import { ApiError } from '@/shared/api';
import { currentLanguage, i18n } from '@/shared/i18n';
import { attachmentUploadUrl } from './klic-melding-api';
import type { OwnAttachment } from './types';

/**
 * Sends one file as raw bytes to the KLIC's attachments. XMLHttpRequest and not fetch, because only
 * XMLHttpRequest reports how far the upload is. Rejects with an ApiError carrying the server's sentence.
 */
export function uploadAttachment(
  meldingId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<OwnAttachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', attachmentUploadUrl(meldingId, file.name));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status === 201 && body?.attachment) return resolve(body.attachment as OwnAttachment);
      const error = body?.error as { code?: string; message?: string } | undefined;
      reject(
        new ApiError({
          status: request.status,
          code: error?.code ?? `HTTP_${request.status}`,
          message: error?.message ?? i18n.t('errors.unexpected', { status: request.status }),
          requestId: request.getResponseHeader('x-request-id') ?? undefined,
        }),
      );
    };
    request.onerror = () =>
      reject(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: i18n.t('errors.network') }));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
