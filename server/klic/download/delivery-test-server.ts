import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

export type DeliveryTestServer = {
  /** 'http://127.0.0.1:port' */
  origin: string;
  /** '127.0.0.1:port', the entry for allowedHosts */
  host: string;
  zip: Buffer;
  /** Resolves once every answer the server started has been closed (the client let go of it). */
  settled(): Promise<void>;
  close(): Promise<void>;
};

export async function aSmallZip(): Promise<Buffer> {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from('<gml:FeatureCollection/>'), '22G0027001_1/GI_gebiedsinformatielevering.xml');
  zip.end();
  return buffer(zip.outputStream);
}

const ZIP_START = Buffer.from('PK\x03\x04', 'latin1');
const LOGIN_PAGE = '<!DOCTYPE html><html><body><form action="/login">Inloggen</form></body></html>';

/** Keeps writing `chunk` every `everyMs` until the client goes away. */
function dribble(res: ServerResponse, chunk: Buffer, everyMs: number): void {
  const timer = setInterval(() => res.write(chunk), everyMs);
  res.on('close', () => clearInterval(timer));
}

/** A local stand-in for the Kadaster's download server, with the ways a real one can go wrong. */
export async function startDeliveryServer(): Promise<DeliveryTestServer> {
  const zip = await aSmallZip();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const url = new URL(req.url ?? '/', 'http://test');
    const [, route = '', arg = ''] = url.pathname.split('/');
    const zipHeaders = { 'content-type': 'application/zip' };
    switch (route) {
      case 'levering.zip':
        return res.writeHead(200, { ...zipHeaders, 'content-length': zip.length }).end(zip);
      case 'chunked.zip':
        return res.writeHead(200, zipHeaders).end(zip);
      case 'declared-huge.zip':
        res.writeHead(200, { ...zipHeaders, 'content-length': 10 * 1024 ** 3 }).write(ZIP_START);
        return;
      case 'understated.zip':
        // Claims 100 bytes, then keeps sending.
        res.writeHead(200, { ...zipHeaders, 'content-length': 100 }).write(ZIP_START);
        return dribble(res, Buffer.alloc(64 * 1024), 1);
      case 'overstated.zip':
        res.writeHead(200, { ...zipHeaders, 'content-length': zip.length * 2 }).write(zip);
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case 'endless.zip':
        res.writeHead(200, zipHeaders).write(ZIP_START);
        return dribble(res, Buffer.alloc(64 * 1024), 1);
      case 'slow.zip':
        res.writeHead(200, zipHeaders).write(ZIP_START);
        return dribble(res, Buffer.from('x'), 20);
      case 'stalled.zip':
        res.writeHead(200, zipHeaders).write(ZIP_START);
        return;
      case 'no-answer':
        return;
      case 'reset.zip':
        res.writeHead(200, zipHeaders).write(ZIP_START);
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case 'status':
        return res.writeHead(Number(arg)).end('Fout');
      case 'login':
        return res.writeHead(200, { 'content-type': 'text/html' }).end(LOGIN_PAGE);
      case 'empty':
        return res.writeHead(200, zipHeaders).end();
      case 'redirects': {
        const left = Number(arg);
        const location = left > 0 ? `/redirects/${left - 1}` : '/levering.zip';
        return res.writeHead(302, { location }).end();
      }
      case 'redirect-to':
        return res.writeHead(302, { location: url.searchParams.get('location') ?? '' }).end();
      case 'redirect-without-location':
        return res.writeHead(302).end();
      default:
        return res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    zip,
    async settled() {
      for (let waited = 0; open.size > 0; waited += 10) {
        if (waited > 2_000) throw new Error(`${open.size} answer(s) still open`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
