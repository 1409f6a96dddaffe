import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import net from 'node:net';

/**
 * Test support: a local stand-in for a browser's push service, and a browser's subscription keys to read
 * what it receives. web-push always speaks https; `plainAgent` carries its requests over plain TCP so the
 * fake service needs no certificate.
 */
export type ReceivedPush = { path: string; headers: IncomingHttpHeaders; body: Buffer };

export type TestPushService = {
  /** An https endpoint URL on this service; the path decides the answer: /ok → 201, /gone → 410, /broken → 500. */
  endpoint(path: string): string;
  received: ReceivedPush[];
  /** Answers the next request to this path with the status instead. */
  answerOnce(path: string, status: number): void;
  close(): Promise<void>;
};

export async function startTestPushService(): Promise<TestPushService> {
  const received: ReceivedPush[] = [];
  const onceAnswers = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      const once = onceAnswers.get(path);
      onceAnswers.delete(path);
      const status = once ?? (path.startsWith('/gone') ? 410 : path.startsWith('/broken') ? 500 : 201);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    endpoint: (path) => `https://127.0.0.1:${address.port}${path}`,
    received,
    answerOnce: (path, status) => onceAnswers.set(path, status),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An https agent that connects without TLS: only for the fake push service. */
export class PlainTcpAgent extends https.Agent {
  override createConnection(options: { host?: string | null; port?: number | null }) {
    return net.connect(options.port ?? 443, options.host ?? '127.0.0.1');
  }
}

/** A browser's side of a subscription: the keys it sends to the server, and its private key to decrypt. */
export function aBrowserSubscription() {
  const ecdh = createECDH('prime256v1');
  const publicKey = ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    keys: { p256dh: publicKey.toString('base64url'), auth: auth.toString('base64url') },
    /** Decrypts an aes128gcm push message (RFC 8291) as the browser would. */
    decrypt(body: Buffer): string {
      const salt = body.subarray(0, 16);
      const idLength = body.readUInt8(20);
      const serverKey = body.subarray(21, 21 + idLength);
      const content = body.subarray(21 + idLength);
      const secret = ecdh.computeSecret(serverKey);
      const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), publicKey, serverKey]);
      const ikm = Buffer.from(hkdfSync('sha256', secret, auth, keyInfo, 32));
      const cek = Buffer.from(
        hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
      );
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(content.subarray(-16));
      const padded = Buffer.concat([decipher.update(content.subarray(0, -16)), decipher.final()]);
      // The last record ends with the delimiter 0x02, then zero padding.
      return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8');
    },
  };
}

/** Reads `vapid t=<jwt>, k=<key>` and checks the JWT's ES256 signature against the key. */
export function verifiedVapidClaims(authorization: string | undefined, publicKey: string) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(authorization ?? '');
  if (!match?.[1] || match[2] !== publicKey) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [header, payload, signature] = match[1].split('.') as [string, string, string];
  const point = Buffer.from(publicKey, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('VAPID signature does not match the public key');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    aud: string;
    sub: string;
    exp: number;
  };
}
