/** The server's answer to an upload: any HTTP status resolves; only a lost connection rejects. */
export type UploadResponse = { status: number; body: unknown; requestId: string | undefined };

export type UploadOptions = {
  /** Sent as Accept-Language: the server writes its error message in this language. */
  language: string;
  /** 0…1 while the bytes leave the browser. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
  /** The browser's XMLHttpRequest unless a test passes a fake. */
  createRequest?: () => XMLHttpRequest;
};

/** The connection broke before the server answered. */
export class UploadConnectionError extends Error {
  override readonly name = 'UploadConnectionError';
}

export const uploadPath = '/api/klic/uploads';

/**
 * Sends one file as raw bytes to `POST /api/klic/uploads?name=…`. XMLHttpRequest and not fetch, because
 * only XMLHttpRequest reports how far the upload is.
 */
export function uploadFile(file: File, options: UploadOptions): Promise<UploadResponse> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortError());
    const request = options.createRequest?.() ?? new XMLHttpRequest();
    request.open('POST', `${uploadPath}?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', options.language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress(Math.min(1, event.loaded / event.total));
    };
    request.onload = () =>
      resolve({
        status: request.status,
        body: parseJson(request.responseText),
        requestId: request.getResponseHeader('x-request-id') ?? undefined,
      });
    request.onerror = () => reject(new UploadConnectionError('The upload connection failed'));
    request.onabort = () => reject(abortError());
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function abortError(): DOMException {
  return new DOMException('The upload was cancelled', 'AbortError');
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
