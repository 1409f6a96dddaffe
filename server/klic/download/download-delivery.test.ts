import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DeliveryTestServer, startDeliveryServer } from './delivery-test-server.ts';
import { type DownloadOptions, downloadDelivery } from './download-delivery.ts';
import { isRetryableDownloadError } from './download-retry.ts';
import { aBlobDestination } from './test-destination.ts';

let server: DeliveryTestServer;
let other: DeliveryTestServer;
let target: Awaited<ReturnType<typeof aBlobDestination>>;

beforeAll(async () => {
  [server, other] = await Promise.all([startDeliveryServer(), startDeliveryServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});
beforeEach(async () => {
  target = await aBlobDestination(1024 * 1024);
});
afterEach(async () => {
  await target.remove();
});

const options = (overrides: Partial<DownloadOptions> = {}): DownloadOptions => ({
  allowedHosts: [server.host],
  timeoutMs: 5_000,
  maxBytes: 1024 * 1024,
  destination: target.destination,
  ...overrides,
});
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The download fails with the reason, the store holds no file (not even a temporary one). */
async function expectFailure(path: string, reason: string, overrides: Partial<DownloadOptions> = {}) {
  const error = await downloadDelivery(`${server.origin}${path}`, options(overrides)).catch((e) => e);
  expect(error).toMatchObject({ name: 'AppError', reason: `klic.download_${reason}` });
  expect(await target.files()).toEqual([]);
  await server.settled();
  return error;
}

describe('downloadDelivery', () => {
  it('stores the ZIP and returns its size and sha256', async () => {
    const file = await downloadDelivery(`${server.origin}/levering.zip`, options());
    expect(file).toEqual({ size: server.zip.length, sha256: sha256(server.zip) });
    expect(Buffer.concat(await (await target.store.get('org-1/klic/levering.zip')).toArray())).toEqual(
      server.zip,
    );
  });

  it('stores a ZIP sent without Content-Length', async () => {
    const file = await downloadDelivery(`${server.origin}/chunked.zip`, options());
    expect(file.sha256).toBe(sha256(server.zip));
  });

  it('refuses a host that is not allowed before connecting', async () => {
    const error = await expectFailure('/levering.zip', 'host_not_allowed', { allowedHosts: [other.host] });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', params: { host: server.host } });
    expect(target.calls).toBe(0);
  });

  it.each([404, 410])('tells the user the link expired when the Kadaster answers %i', async (status) => {
    const error = await expectFailure(`/status/${status}`, 'expired');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(isRetryableDownloadError(error)).toBe(false);
  });

  it.each([
    [500, true],
    [503, true],
    [403, false],
  ])('fails with the HTTP status %i (retryable: %s)', async (status, retryable) => {
    const error = await expectFailure(`/status/${status}`, 'failed');
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', params: { status } });
    expect(isRetryableDownloadError(error)).toBe(retryable);
  });

  it.each(['/login', '/empty'])('refuses a body that is not a ZIP (%s)', async (path) => {
    const error = await expectFailure(path, 'not_a_zip');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(target.calls).toBe(0);
  });
});

describe('redirects', () => {
  it('follows up to five redirects on an allowed host', async () => {
    const file = await downloadDelivery(`${server.origin}/redirects/4`, options());
    expect(file.size).toBe(server.zip.length);
  });

  it('gives up after five redirects', async () => {
    const error = await expectFailure('/redirects/5', 'failed');
    expect(error.params).toEqual({ status: 302 });
  });

  it('follows a redirect to another allowed host', async () => {
    const location = encodeURIComponent(`${other.origin}/levering.zip`);
    const file = await downloadDelivery(
      `${server.origin}/redirect-to?location=${location}`,
      options({ allowedHosts: [server.host, other.host] }),
    );
    expect(file.sha256).toBe(sha256(other.zip));
  });

  it.each([
    () => `${other.origin}/levering.zip`,
    () => 'https://evil.example/levering.zip',
    () => `http://${server.host}@evil.example/levering.zip`,
    () => 'file:///etc/passwd',
  ])('refuses a redirect to a host that is not allowed (%#)', async (location) => {
    await expectFailure(`/redirect-to?location=${encodeURIComponent(location())}`, 'host_not_allowed');
    expect(target.calls).toBe(0);
  });

  it('fails on a redirect without a location', async () => {
    await expectFailure('/redirect-without-location', 'failed');
  });
});
