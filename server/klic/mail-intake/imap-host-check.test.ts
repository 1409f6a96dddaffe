import { describe, expect, it } from 'vitest';
import { assertPublicImapHost, isInternalAddress } from './imap-host-check.ts';

describe('IMAP hosts inside our own networks', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::12',
    '::ffff:127.0.0.1',
  ])('%s is internal', (address) => {
    expect(isInternalAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '2a00:1450:400e:80c::200e', '8.8.8.8'])('%s is public', (address) => {
    expect(isInternalAddress(address)).toBe(false);
  });

  it('refuses loopback and metadata addresses (also by name) with the reason and the host field', async () => {
    for (const host of ['127.0.0.1', 'localhost', '169.254.169.254', '[::1]'.slice(1, -1)]) {
      await expect(assertPublicImapHost(host, false), host).rejects.toMatchObject({
        reason: 'klic.imap_host_internal',
        fields: { host: 'internal' },
      });
    }
  });

  it('lets them through when the instance allows internal hosts, and public addresses always', async () => {
    await expect(assertPublicImapHost('127.0.0.1', true)).resolves.toBeUndefined();
    await expect(assertPublicImapHost('93.184.216.34', false)).resolves.toBeUndefined();
  });

  it('says a name that does not resolve is unknown', async () => {
    await expect(assertPublicImapHost('imap.bestaat-niet.invalid', false)).rejects.toMatchObject({
      reason: 'klic.imap_host_unknown',
    });
  });
});
