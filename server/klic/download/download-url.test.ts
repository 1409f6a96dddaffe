import { describe, expect, it } from 'vitest';
import { allowedDownloadUrl } from './download-url.ts';

/** The default of KLIC_DOWNLOAD_HOSTS: the Kadaster's production and acceptance download servers. */
const KADASTER_DOWNLOAD_HOSTS = ['service10.kadaster.nl', 'service10.acceptatie.kadaster.nl'];

const refused = expect.objectContaining({
  code: 'VALIDATION_FAILED',
  reason: 'klic.download_host_not_allowed',
});

function check(link: string, allowedHosts: readonly string[] = KADASTER_DOWNLOAD_HOSTS): unknown {
  try {
    return allowedDownloadUrl(link, allowedHosts).href;
  } catch (error) {
    return error;
  }
}

describe('allowedDownloadUrl with the Kadaster hosts', () => {
  it.each([
    'https://service10.kadaster.nl/gds2/download/public/0b7f4c2e-1f7a-4a55-9d8e-2b8f3c1d2e4f',
    'https://service10.acceptatie.kadaster.nl/gds2/download/public/0b7f4c2e',
    'https://SERVICE10.Kadaster.NL/gds2/download/public/0b7f4c2e',
    'https://service10.kadaster.nl:443/gds2/download/public/0b7f4c2e',
  ])('allows %s', (link) => {
    expect(check(link)).toBe(new URL(link).href);
  });

  it.each([
    // suffixes, prefixes and look-alikes
    'https://evil.service10.kadaster.nl.attacker.com/gds2/download/public/x',
    'https://service10.kadaster.nl.attacker.com/x',
    'https://xservice10.kadaster.nl/x',
    'https://evil.service10.kadaster.nl/x',
    'https://kadaster.nl/x',
    'https://service10.kadaster.nl./x',
    'https://service10.kad\u0430ster.nl/x',
    // user info: the host is what follows the '@'
    'https://service10.kadaster.nl@evil.com/x',
    'https://service10.kadaster.nl:443@evil.com/x',
    'https://evil.com@service10.kadaster.nl/x',
    'https://user:secret@service10.kadaster.nl/x',
    'https://evil.com#@service10.kadaster.nl/x',
    'https://evil.com\\@service10.kadaster.nl/x',
    'https://evil.com?@service10.kadaster.nl/x',
    // other ports and schemes
    'https://service10.kadaster.nl:8443/x',
    'http://service10.kadaster.nl/x',
    'http://service10.kadaster.nl:443/x',
    'ftp://service10.kadaster.nl/x',
    'file:///etc/passwd',
    'javascript:alert(1)//service10.kadaster.nl',
    'data:application/zip;base64,UEsDBA==',
    // IP literals in every notation
    'https://127.0.0.1/x',
    'https://2130706433/x',
    'https://0x7f.0.0.1/x',
    'https://[::1]/x',
    'https://[::ffff:127.0.0.1]/x',
    'https://169.254.169.254/latest/meta-data',
    // not a URL at all
    '',
    'service10.kadaster.nl/gds2/download/public/x',
    '//service10.kadaster.nl/x',
    'https://',
  ])('refuses %s', (link) => {
    expect(check(link)).toEqual(refused);
  });

  it('names the refused host without the rest of the link', () => {
    expect(check('https://evil.example:8080/gds2/download/public/secret-id')).toMatchObject({
      params: { host: 'evil.example:8080' },
    });
  });
});

describe('allowedDownloadUrl with a local test server', () => {
  it.each([
    ['http://127.0.0.1:8080/levering.zip', ['127.0.0.1:8080']],
    ['http://2130706433:8080/levering.zip', ['127.0.0.1:8080']],
    ['http://LOCALHOST:3000/levering.zip', ['localhost:3000']],
    ['http://[::1]:3000/levering.zip', ['[::1]:3000']],
    ['https://127.0.0.1:8443/levering.zip', ['127.0.0.1:8443']],
  ])('allows http to a listed loopback host: %s', (link, hosts) => {
    expect(check(link, hosts)).toBe(new URL(link).href);
  });

  it.each([
    ['http://127.0.0.1:8081/levering.zip', ['127.0.0.1:8080']],
    ['http://127.0.0.1/levering.zip', ['127.0.0.1:8080']],
    ['http://localhost:8080/levering.zip', ['127.0.0.1:8080']],
    ['http://127.0.0.1:8080/levering.zip', KADASTER_DOWNLOAD_HOSTS],
    ['http://service10.kadaster.nl/levering.zip', ['service10.kadaster.nl']],
    ['http://127.0.0.2:8080/levering.zip', ['127.0.0.2:8080']],
    ['http://127.0.0.1.nip.io:8080/levering.zip', ['127.0.0.1:8080']],
  ])('refuses %s when %j is allowed', (link, hosts) => {
    expect(check(link, hosts)).toEqual(refused);
  });
});

describe('allowedDownloadUrl for redirects', () => {
  const from = new URL('https://service10.kadaster.nl/gds2/download/public/x');

  it.each(['/gds2/files/levering.zip', 'https:/gds2/files/levering.zip', '../files/levering.zip'])(
    'resolves the relative location %s on the same host',
    (location) => {
      expect(allowedDownloadUrl(location, KADASTER_DOWNLOAD_HOSTS, from).host).toBe('service10.kadaster.nl');
    },
  );

  it.each(['//evil.com/x', 'https://evil.com/x', 'http://service10.kadaster.nl/x', '/\\evil.com/x'])(
    'refuses a location that leaves the allowed hosts: %s',
    (location) => {
      expect(() => allowedDownloadUrl(location, KADASTER_DOWNLOAD_HOSTS, from)).toThrow(
        expect.objectContaining({ reason: 'klic.download_host_not_allowed' }),
      );
    },
  );
});
