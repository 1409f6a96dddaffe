import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DeliveryTestServer, startDeliveryServer } from './delivery-test-server.ts';
import { type DownloadOptions, downloadDelivery } from './download-delivery.ts';
import { isRetryableDownloadError } from './download-retry.ts';
import { aBlobDestination } from './test-destination.ts';

const MAX_BYTES = 256 * 1024;

let server: DeliveryTestServer;
let target: Awaited<ReturnType<typeof aBlobDestination>>;

beforeAll(async () => {
  server = await startDeliveryServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  target = await aBlobDestination(MAX_BYTES);
});
afterEach(async () => {
  await target.remove();
});

const options = (overrides: Partial<DownloadOptions> = {}): DownloadOptions => ({
  allowedHosts: [server.host],
  timeoutMs: 5_000,
  maxBytes: MAX_BYTES,
  destination: target.destination,
  ...overrides,
});

/** Fails with the reason, leaves no file (not even a temporary one) and no open connection. */
async function expectFailure(link: string, reason: string, overrides: Partial<DownloadOptions> = {}) {
  const error = await downloadDelivery(link, options(overrides)).catch((e) => e);
  expect(error).toMatchObject({ name: 'AppError', reason: `klic.download_${reason}` });
  expect(await target.files()).toEqual([]);
  await server.settled();
  return error;
}

describe('size limit', () => {
  it('refuses a declared Content-Length over the limit before storing anything', async () => {
    const error = await expectFailure(`${server.origin}/declared-huge.zip`, 'too_large');
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', params: { limit: '256 kB' } });
    expect(target.calls).toBe(0);
    expect(isRetryableDownloadError(error)).toBe(false);
  });

  it('stops a body without Content-Length once it passes the limit', async () => {
    await expectFailure(`${server.origin}/endless.zip`, 'too_large');
    expect(target.calls).toBe(1);
  });

  it('reads no more than a Content-Length that understates the body', async () => {
    // fetch stops at the declared length and drops the connection; the ZIP reader rejects the cut-off file.
    const file = await downloadDelivery(`${server.origin}/understated.zip`, options());
    expect(file.size).toBe(100);
    await server.settled();
  });

  it('fails a body that ends before its Content-Length', async () => {
    const error = await expectFailure(`${server.origin}/overstated.zip`, 'unreachable');
    expect(isRetryableDownloadError(error)).toBe(true);
  });

  it('counts the bytes itself when a fetch passes on more than the declared length', async () => {
    const lying: typeof fetch = async () =>
      new Response(new Blob([Buffer.from('PK\x03\x04', 'latin1'), new Uint8Array(MAX_BYTES)]), {
        headers: { 'content-length': '100' },
      });
    await expectFailure(`${server.origin}/levering.zip`, 'too_large', { fetch: lying });
  });
});

describe('time-outs and broken connections', () => {
  it('gives up a download that keeps dribbling past the overall time-out', async () => {
    const error = await expectFailure(`${server.origin}/slow.zip`, 'timeout', { timeoutMs: 300 });
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(isRetryableDownloadError(error)).toBe(true);
  });

  it('gives up a download that stops sending', async () => {
    await expectFailure(`${server.origin}/stalled.zip`, 'timeout', { stallTimeoutMs: 200 });
  });

  it('gives up a server that never answers', async () => {
    await expectFailure(`${server.origin}/no-answer`, 'timeout', { stallTimeoutMs: 200 });
    expect(target.calls).toBe(0);
  });

  it('reports a connection that breaks off as retryable', async () => {
    const error = await expectFailure(`${server.origin}/reset.zip`, 'unreachable');
    expect(isRetryableDownloadError(error)).toBe(true);
  });

  it('reports a server that cannot be reached as retryable', async () => {
    const closed = await startDeliveryServer();
    await closed.close();
    const error = await expectFailure(`${closed.origin}/levering.zip`, 'unreachable', {
      allowedHosts: [closed.host],
    });
    expect(isRetryableDownloadError(error)).toBe(true);
  });
});

describe('the destination', () => {
  it('passes its own failure on and closes the connection', async () => {
    const full = new Error('ENOSPC: no space left on device');
    const error = await downloadDelivery(
      `${server.origin}/endless.zip`,
      options({ destination: async () => Promise.reject(full) }),
    ).catch((e) => e);
    expect(error).toBe(full);
    await server.settled();
  });
});
