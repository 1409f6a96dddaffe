import { describe, expect, it } from 'vitest';
import {
  abort,
  created,
  depsFor,
  fakeServer,
  klicId,
  memoryStore,
  photosUrl,
  registration,
  registrationId,
  registrationUrl,
} from './outbox-fakes';
import type { RegistrationEntry } from './outbox-types';
import { failureKind, sendWaitingEntries } from './send-entries';

describe('what a failed answer means', () => {
  it('tries again later without a connection, after a time-out, when too busy and on server faults', () => {
    for (const status of [0, 408, 429, 500, 502, 503]) expect(failureKind(status)).toBe('retryLater');
  });
  it('stops sending when the session ended', () => {
    expect(failureKind(401)).toBe('sessionEnded');
  });
  it('leaves any other refusal to the worker', () => {
    for (const status of [400, 403, 404, 409, 413, 415, 422]) expect(failureKind(status)).toBe('refused');
  });
});

describe('sending the outbox', () => {
  it('sends the registration, then each photo raw with its own key and type, and then forgets the entry', async () => {
    const store = memoryStore([registration('r1', ['p1', 'p2'])]);
    const server = fakeServer({
      [registrationUrl]: [created],
      [photosUrl]: [{ status: 201 }, { status: 201 }],
    });
    const { deps, delivered } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('done');

    expect(server.calls.map((call) => call.url)).toEqual([
      registrationUrl,
      `${photosUrl}?idempotencyKey=p1`,
      `${photosUrl}?idempotencyKey=p2`,
    ]);
    expect(server.calls[0]?.type).toBe('application/json');
    expect(server.calls[0]?.body).toMatchObject({ idempotencyKey: 'r1', kind: 'proefsleuf' });
    expect(server.calls[1]).toMatchObject({ type: 'image/jpeg', body: 'jpeg p1' });
    expect(store.map.size).toBe(0);
    expect(delivered).toEqual(['r1']);
  });

  it('sends oldest first', async () => {
    const store = memoryStore([registration('old'), abort('middle'), registration('new')].reverse());
    const server = fakeServer({
      [registrationUrl]: [created, created],
      [`/api/field/klics/${klicId}/abort`]: [{ status: 201 }],
    });
    const { deps, delivered } = depsFor(store, server.fetch);

    await sendWaitingEntries(deps);

    expect(delivered).toEqual(['old', 'middle', 'new']);
    expect(server.calls.map((call) => (call.body as { idempotencyKey: string }).idempotencyKey)).toEqual([
      'old',
      'middle',
      'new',
    ]);
  });

  it('after a lost connection goes on where it was: the registration and sent photos are not sent again', async () => {
    const store = memoryStore([registration('r1', ['p1', 'p2'])]);
    const server = fakeServer({
      [registrationUrl]: [created],
      [photosUrl]: [{ status: 201 }, 'network', { status: 201 }],
    });
    const { deps } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('retryLater');
    const waiting = store.map.get('r1') as RegistrationEntry;
    expect(waiting.registrationId).toBe(registrationId);
    expect(waiting.photos.map((photo) => photo.sent)).toEqual([true, false]);
    expect(waiting.lastError).toEqual({ status: 0, message: null, at: '2026-03-02T09:30:00.000Z' });
    expect(waiting.stopped).toBe(false);

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(server.calls.map((call) => call.url)).toEqual([
      registrationUrl,
      `${photosUrl}?idempotencyKey=p1`,
      `${photosUrl}?idempotencyKey=p2`,
      `${photosUrl}?idempotencyKey=p2`,
    ]);
    expect(store.map.size).toBe(0);
  });

  it('a server fault ends the run, so that the next entry does not overtake', async () => {
    const store = memoryStore([registration('first'), registration('second')]);
    const server = fakeServer({ [registrationUrl]: [{ status: 503 }] });
    const { deps } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('retryLater');
    expect(server.calls).toHaveLength(1);
    expect(store.map.get('first')?.lastError?.status).toBe(503);
    expect(store.map.size).toBe(2);
  });

  it('keeps a refused entry with the server’s sentence, sends the next one, and skips it afterwards', async () => {
    const message = 'De locatie ligt buiten Nederland.';
    const store = memoryStore([registration('refused'), registration('fine')]);
    const server = fakeServer({
      [registrationUrl]: [{ status: 422, body: { error: { code: 'VALIDATION_FAILED', message } } }, created],
    });
    const { deps, delivered } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(delivered).toEqual(['fine']);
    expect(store.map.get('refused')).toMatchObject({ stopped: true, lastError: { status: 422, message } });

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(server.calls).toHaveLength(2);
  });

  it('shows a reused key (409) as a refusal that needs the worker', async () => {
    const store = memoryStore([abort('a1')]);
    const server = fakeServer({
      [`/api/field/klics/${klicId}/abort`]: [
        { status: 409, body: { error: { code: 'CONFLICT', message: 'Sleutel al gebruikt.' } } },
      ],
    });
    const { deps } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(store.map.get('a1')).toMatchObject({ stopped: true, lastError: { status: 409 } });
  });

  it('stops at a 401 and keeps every entry as it was', async () => {
    const entries = [registration('r1', ['p1']), abort('a1')];
    const store = memoryStore(entries);
    const server = fakeServer({ [registrationUrl]: [{ status: 401 }] });
    const { deps } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('sessionEnded');
    expect(server.calls).toHaveLength(1);
    expect(await store.all()).toEqual(
      expect.arrayContaining(entries.map((entry) => expect.objectContaining(entry))),
    );
  });

  it('a photo refused after its registration arrived keeps the registration id, so a retry sends only photos', async () => {
    const store = memoryStore([registration('r1', ['p1'])]);
    const server = fakeServer({
      [registrationUrl]: [created],
      [photosUrl]: [{ status: 413 }, { status: 201 }],
    });
    const { deps } = depsFor(store, server.fetch);

    await sendWaitingEntries(deps);
    const refused = store.map.get('r1') as RegistrationEntry;
    expect(refused).toMatchObject({ stopped: true, registrationId });
    await store.update({ ...refused, stopped: false });

    await sendWaitingEntries(deps);
    expect(server.calls.filter((call) => call.url === registrationUrl)).toHaveLength(1);
    expect(store.map.size).toBe(0);
  });

  it('does not bring back an entry the worker deleted while it was being sent', async () => {
    const store = memoryStore([registration('r1', ['p1'])]);
    const server = fakeServer({ [registrationUrl]: [created] });
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await server.fetch(input, init);
      if (String(input) === registrationUrl) await store.delete('r1');
      return response;
    };
    const { deps } = depsFor(store, fetch);

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(store.map.size).toBe(0);
    expect(server.calls).toHaveLength(1);
  });

  it('tries again when the registration’s answer did not arrive whole', async () => {
    const store = memoryStore([registration('r1')]);
    const server = fakeServer({ [registrationUrl]: [{ status: 201, body: {} }] });
    const { deps } = depsFor(store, server.fetch);

    expect(await sendWaitingEntries(deps)).toBe('retryLater');
    expect(store.map.get('r1')).toMatchObject({ registrationId: null, stopped: false });
  });
});
