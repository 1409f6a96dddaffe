import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../infra/errors/app-error.ts';
import './mail-intake-messages.ts';

/** Addresses inside the server's own networks: an IMAP host there would let users probe them. */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  internal.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::1', 128],
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  internal.addSubnet(network, prefix, 'ipv6');
}

export function isInternalAddress(address: string): boolean {
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isInternalAddress(mapped);
  const family = isIP(address);
  if (family === 0) return false;
  return internal.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Refuses an IMAP host that is, or resolves to, an address inside private, loopback or link-local
 * networks — unless the instance allows them (tests, a mail server on the same private network).
 */
export async function assertPublicImapHost(host: string, allowInternal: boolean): Promise<void> {
  if (allowInternal) return;
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((each) => each.address),
        () => [],
      );
  if (addresses.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'klic.imap_host_unknown',
      fields: { host: 'unknown' },
      params: { host },
    });
  }
  if (addresses.some(isInternalAddress)) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'klic.imap_host_internal',
      fields: { host: 'internal' },
      params: { host },
    });
  }
}
