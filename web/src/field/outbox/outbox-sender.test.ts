import { describe, expect, it } from 'vitest';
import { createOutboxSender, idleStatus, retryDelayMs, statusAfterRun, timerMaySend } from './outbox-sender';
import type { OutboxEntry, OutboxStore } from './outbox-types';

describe('back-off', () => {
  it('waits 30 s after the first failure, doubling up to 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000,
    ]);
  });

  it('counts failures in a row and forgets them after a good run', () => {
    const once = statusAfterRun(idleStatus, 'retryLater', 1000);
    expect(once).toMatchObject({ failures: 1, retryAt: 31_000, sending: false });
    const twice = statusAfterRun(once, 'retryLater', 40_000);
    expect(twice).toMatchObject({ failures: 2, retryAt: 100_000 });
    expect(statusAfterRun(twice, 'done', 50_000)).toEqual(idleStatus);
  });

  it('lets the timer send only after the back-off and never after a 401', () => {
    const waiting = statusAfterRun(idleStatus, 'retryLater', 0);
    expect(timerMaySend(waiting, 29_999)).toBe(false);
    expect(timerMaySend(waiting, 30_000)).toBe(true);
    expect(timerMaySend(statusAfterRun(idleStatus, 'sessionEnded', 0), 10 ** 9)).toBe(false);
    expect(timerMaySend(idleStatus, 0)).toBe(true);
  });
});

describe('one sender', () => {
  function harness() {
    let reads = 0;
    let release: () => void = () => {};
    const store: OutboxStore = {
      all: async () => {
        reads++;
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return [] as OutboxEntry[];
      },
      add: async () => {},
      update: async () => true,
      change: async () => true,
      delete: async () => {},
    };
    const statuses: boolean[] = [];
    const sender = createOutboxSender({
      store,
      userId: () => 'user-mo',
      fetch: globalThis.fetch,
      headers: () => ({}),
      now: () => new Date(0),
      onChange: () => {},
      onDelivered: () => {},
      exclusive: (task) => task(),
      onStatus: (status) => statuses.push(status.sending),
    });
    return {
      sender,
      reads: () => reads,
      release: () => release(),
      statuses,
    };
  }

  it('runs once more after a run when asked during it, never two at a time', async () => {
    const h = harness();
    const first = h.sender.request();
    h.sender.request();
    h.sender.request();
    await Promise.resolve();
    expect(h.reads()).toBe(1);
    h.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(h.reads()).toBe(2);
    h.release();
    await first;
    expect(h.reads()).toBe(2);
    expect(h.statuses).toEqual([true, false, true, false]);
  });

  it('lets the timer wait during the back-off, while the worker’s request goes at once', async () => {
    const failing = createOutboxSender({
      userId: () => 'user-mo',
      store: {
        all: async () => {
          throw new Error('storage failed');
        },
        add: async () => {},
        update: async () => true,
        change: async () => true,
        delete: async () => {},
      },
      fetch: globalThis.fetch,
      headers: () => ({}),
      now: () => new Date(0),
      onChange: () => {},
      onDelivered: () => {},
      exclusive: (task) => task(),
      onStatus: () => {},
    });
    await failing.request();
    expect(failing.status()).toMatchObject({ failures: 1, retryAt: 30_000 });
    await failing.request(true);
    expect(failing.status().failures).toBe(1);
    await failing.request();
    expect(failing.status().failures).toBe(2);
  });
});
