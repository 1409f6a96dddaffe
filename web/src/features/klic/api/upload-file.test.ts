import { describe, expect, it } from 'vitest';
import { UploadConnectionError, uploadFile } from './upload-file';

type ProgressLike = { lengthComputable: boolean; loaded: number; total: number };

/** The part of XMLHttpRequest that uploadFile uses, driven by the test. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  sent: unknown = null;
  aborted = false;
  status = 0;
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress: ((event: ProgressLike) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number, lengthComputable = true) {
    this.upload.onprogress?.({ loaded, total, lengthComputable });
  }
  answer(status: number, body: string, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = body;
    this.responseHeaders = headers;
    this.onload?.();
  }
}

function start(fileName = 'Levering_22G0027001_1.zip', signal?: AbortSignal) {
  const request = new FakeRequest();
  const progress: number[] = [];
  const file = new File([new Uint8Array([80, 75, 3, 4])], fileName);
  const result = uploadFile(file, {
    language: 'nl',
    onProgress: (fraction) => progress.push(fraction),
    createRequest: () => request as unknown as XMLHttpRequest,
    ...(signal ? { signal } : {}),
  });
  return { request, progress, file, result };
}

describe('uploadFile', () => {
  it('posts the raw file with its encoded name, the language and the octet-stream type', async () => {
    const { request, file, result } = start('Levering 22G0027001 #1 (kopie).zip');
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/klic/uploads?name=Levering%2022G0027001%20%231%20(kopie).zip');
    expect(request.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'accept-language': 'nl',
      accept: 'application/json',
    });
    expect(request.sent).toBe(file);
    request.answer(202, '{"intake":{"id":"i1"}}');
    await result;
  });

  it('reports the upload progress as a fraction and ignores events without a known length', async () => {
    const { request, progress, result } = start();
    request.progress(0, 0, false);
    request.progress(250, 1000);
    request.progress(1000, 1000);
    request.answer(202, '{"intake":{"id":"i1"}}');
    await result;
    expect(progress).toEqual([0.25, 1]);
  });

  it('resolves with the status, the parsed body and the request id of any answer', async () => {
    const { request, result } = start();
    request.answer(413, '{"error":{"code":"PAYLOAD_TOO_LARGE","reason":null,"message":"Te groot."}}', {
      'x-request-id': 'req-7',
    });
    await expect(result).resolves.toEqual({
      status: 413,
      body: { error: { code: 'PAYLOAD_TOO_LARGE', reason: null, message: 'Te groot.' } },
      requestId: 'req-7',
    });
  });

  it('gives an undefined body when the answer is not JSON', async () => {
    const { request, result } = start();
    request.answer(502, '<html>Bad gateway</html>');
    await expect(result).resolves.toEqual({ status: 502, body: undefined, requestId: undefined });
  });

  it('rejects with a connection error when the connection breaks', async () => {
    const { request, result } = start();
    request.onerror?.();
    await expect(result).rejects.toBeInstanceOf(UploadConnectionError);
  });

  it('aborts the request when the signal fires', async () => {
    const controller = new AbortController();
    const { request, result } = start('a.zip', controller.signal);
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(request.aborted).toBe(true);
  });

  it('does not start when the signal has fired already', async () => {
    const controller = new AbortController();
    controller.abort();
    const { request, result } = start('a.zip', controller.signal);
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(request.sent).toBeNull();
  });
});
