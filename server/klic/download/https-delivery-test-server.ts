import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';

export type HttpsDeliveryServer = {
  /** '127.0.0.1:port', the entry for allowedDownloadHosts */
  host: string;
  /** A "Download levering" link in the Kadaster's form that answers with the ZIP. */
  downloadUrl: string;
  /** A link that answers with the given HTTP status. */
  statusUrl(status: number): string;
  /** How many requests came in. */
  requests(): number;
  close(): Promise<void>;
};

/** A throw-away certificate for 127.0.0.1 (openssl comes with Debian's ssl-cert and dovecot-core). */
function aCertificateFor127(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'veldwerk-https-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A local stand-in for the Kadaster's download server over https (mails only ever carry https links),
 * serving `zip`. Its certificate is trusted by this process until close(): the real download code runs
 * unchanged, with certificate checks on.
 */
export async function startHttpsDeliveryServer(zip: Buffer): Promise<HttpsDeliveryServer> {
  const { key, cert } = aCertificateFor127();
  const trusted = getCACertificates('default');
  let requests = 0;
  const server = createServer({ key, cert }, (req, res) => {
    requests++;
    const [, first = '', second = ''] = (req.url ?? '/').split('/');
    if (first === 'gds2') {
      return res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length }).end(zip);
    }
    if (first === 'status') return res.writeHead(Number(second)).end('Fout');
    return res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  setDefaultCACertificates([...trusted, cert.toString('utf8')]);
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    downloadUrl: `https://${host}/gds2/download/public/3f2b8a6e-1c4d-4e8f-9a0b-7c6d5e4f3a2b`,
    statusUrl: (status) => `https://${host}/status/${status}`,
    requests: () => requests,
    async close() {
      setDefaultCACertificates(trusted);
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
