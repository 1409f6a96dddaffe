import net from 'node:net';

/** A network profile: round-trip latency and the link's bandwidth each way. */
export type NetworkProfile = {
  name: string;
  latencyMs: number;
  downBytesPerSecond: number;
  upBytesPerSecond: number;
};

/** Chrome DevTools' "Slow 3G" preset: 2,000 ms round trip, 500 kbit/s × 0.8 each way. */
export const slow3g: NetworkProfile = {
  name: 'Slow 3G (2,000 ms RTT, 400 kbit/s down and up)',
  latencyMs: 2000,
  downBytesPerSecond: 50_000,
  upBytesPerSecond: 50_000,
};

type Link = { busyUntil: number };

/**
 * The phone's network between the browser and Veldwerk: a TCP proxy that can slow every byte down to a
 * network profile (each chunk waits half the round trip and its turn on a link shared by all connections,
 * like one phone's radio) or cut the connection. It acts on the page and its service worker alike:
 * Chromium's network emulation (CDP, and Playwright's `setOffline`) reaches the page's requests only, so a
 * service worker would still reach the server (playwright issue #2311). `setProfile(null)` is full speed.
 */
export async function startNetworkLink(targetPort: number, listenPort: number) {
  let profile: NetworkProfile | null = null;
  let offline = false;
  const down: Link = { busyUntil: 0 };
  const up: Link = { busyUntil: 0 };
  const sockets = new Set<net.Socket>();

  const relay = (from: net.Socket, to: net.Socket, link: Link, rate: () => number | null) => {
    let lastRelease = 0;
    from.on('data', (chunk: Buffer) => {
      const now = Date.now();
      const bytesPerSecond = rate();
      if (!profile || bytesPerSecond === null) {
        to.write(chunk);
        return;
      }
      const start = Math.max(now + profile.latencyMs / 2, link.busyUntil, lastRelease);
      const release = start + (chunk.length / bytesPerSecond) * 1000;
      link.busyUntil = release;
      lastRelease = release;
      setTimeout(() => to.writable && to.write(chunk), release - now);
    });
    from.on('end', () => setTimeout(() => to.end(), Math.max(0, lastRelease - Date.now())));
    from.on('error', () => to.destroy());
  };

  const server = net.createServer((client) => {
    if (offline) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('close', () => sockets.delete(client));
    upstream.on('close', () => sockets.delete(upstream));
    relay(client, upstream, up, () => profile?.upBytesPerSecond ?? null);
    relay(upstream, client, down, () => profile?.downBytesPerSecond ?? null);
  });
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
  return {
    setProfile(next: NetworkProfile | null) {
      profile = next;
    },
    /** Offline: open connections are cut and new ones refused, as when the phone loses its signal. */
    setOffline(next: boolean) {
      offline = next;
      if (offline) for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
