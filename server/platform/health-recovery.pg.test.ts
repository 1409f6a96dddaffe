import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../infra/db/open-postgres.ts';
import { createTestApp } from '../infra/testing/test-app.ts';
import { openTestDatabase } from '../infra/testing/test-database.ts';

/**
 * PostgreSQL goes away and comes back while Veldwerk runs. A TCP relay between the app and the server
 * plays the network: "down" cuts every connection and refuses new ones, "up" relays again.
 */
function tcpRelay(target: { host: string; port: number }) {
  let up = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    down() {
      up = false;
      for (const socket of sockets) socket.destroy();
    },
    up() {
      up = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const base = await openTestDatabase();
const baseUrl = new URL(base.url ?? '');
const relay = tcpRelay({ host: baseUrl.hostname, port: Number(baseUrl.port || 5432) });

afterAll(async () => {
  await relay.close();
  await base.close();
});

describe('/api/health while PostgreSQL goes away and returns', () => {
  let health: () => Promise<number>;
  let closeApp: () => Promise<void>;

  beforeAll(async () => {
    const relayPort = await relay.listen();
    const viaRelay = new URL(base.url ?? '');
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(relayPort);
    const database = await openPostgres(viaRelay.toString(), { poolSize: 2, onError: () => {} });
    const { app } = await createTestApp({ database });
    health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
    closeApp = async () => {
      await app.close();
      await database.close();
    };
  });
  afterAll(() => closeApp());

  it('answers 200, then 503 while the database is unreachable, then 200 again without a restart', async () => {
    expect(await health()).toBe(200);
    relay.down();
    expect(await health()).toBe(503);
    expect(await health()).toBe(503);
    relay.up();
    expect(await health()).toBe(200);
  });
});
