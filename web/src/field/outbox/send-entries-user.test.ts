import { describe, expect, it } from 'vitest';
import { offlineSyncHeader } from '../service-worker/cache-rules';
import {
  abort,
  ann,
  created,
  depsFor,
  fakeServer,
  klicId,
  loggedInAs,
  memoryStore,
  mo,
  registration,
  registrationUrl,
} from './outbox-fakes';
import { type OutboxEntry, savedByOther, sendableEntries } from './outbox-types';
import { sendWaitingEntries } from './send-entries';

/** An entry saved before the outbox kept who saved it. */
function withoutWorker(entry: OutboxEntry): OutboxEntry {
  const { userId: _userId, userName: _userName, ...old } = entry;
  return old as OutboxEntry;
}

describe('whose entries a run may send', () => {
  it('keeps who saved an entry', () => {
    expect(registration('r1')).toMatchObject({ userId: mo.id, userName: mo.name });
  });

  it('takes only the logged-in worker’s entries that were not refused, oldest first', () => {
    const mine = registration('mine');
    const theirs = registration('theirs', [], ann);
    const refused = { ...registration('refused'), stopped: true };
    const old = withoutWorker(registration('old'));
    expect(sendableEntries([old, refused, theirs, mine], mo.id).map((entry) => entry.id)).toEqual([
      'mine',
      'old',
    ]);
    expect(sendableEntries([mine, old], null)).toEqual([]);
    expect(savedByOther(theirs, mo.id)).toBe(true);
    expect(savedByOther(old, ann.id)).toBe(false);
  });
});

describe('sending on a shared phone', () => {
  it('sends the logged-in worker’s entries and leaves another worker’s as they are', async () => {
    const theirs = registration('theirs', [], ann);
    const store = memoryStore([theirs, registration('mine'), abort('mine-abort')]);
    const server = fakeServer({
      [registrationUrl]: [created],
      [`/api/field/klics/${klicId}/abort`]: [{ status: 201 }],
    });
    const { deps, delivered } = depsFor(store, server.fetch, mo.id);

    expect(await sendWaitingEntries(deps)).toBe('done');

    expect(delivered).toEqual(['mine', 'mine-abort']);
    expect(server.calls.map((call) => (call.body as { idempotencyKey: string }).idempotencyKey)).toEqual([
      'mine',
      'mine-abort',
    ]);
    expect(await store.all()).toEqual([theirs]);
  });

  it('asks the server who is logged in, past the service worker’s copy, before it sends', async () => {
    const store = memoryStore([registration('mine')]);
    const server = fakeServer({ [registrationUrl]: [created] });
    const { deps } = depsFor(store, server.fetch, mo.id);

    await sendWaitingEntries(deps);

    expect(server.sessionChecks).toHaveLength(1);
    expect(server.sessionChecks[0]?.get(offlineSyncHeader)).toBe('1');
  });

  it('sends nothing and asks nothing while nobody is logged in, or when only others’ entries wait', async () => {
    const nobody = fakeServer({});
    expect(
      await sendWaitingEntries(depsFor(memoryStore([registration('mine')]), nobody.fetch, null).deps),
    ).toBe('done');
    const onlyTheirs = fakeServer({});
    const theirs = registration('theirs', [], ann);
    const store = memoryStore([theirs]);
    expect(await sendWaitingEntries(depsFor(store, onlyTheirs.fetch, mo.id).deps)).toBe('done');

    for (const server of [nobody, onlyTheirs]) {
      expect(server.sessionChecks).toHaveLength(0);
      expect(server.calls).toHaveLength(0);
    }
    expect(await store.all()).toEqual([theirs]);
  });

  it('sends an entry saved before workers were kept as the logged-in worker’s', async () => {
    const store = memoryStore([withoutWorker(registration('old'))]);
    const server = fakeServer({ [registrationUrl]: [created] }, loggedInAs(ann));
    const { deps, delivered } = depsFor(store, server.fetch, ann.id);

    expect(await sendWaitingEntries(deps)).toBe('done');
    expect(delivered).toEqual(['old']);
  });

  it('sends nothing when the server’s session is another worker’s than this tab’s', async () => {
    const entries = [registration('mine'), registration('theirs', [], ann)];
    const store = memoryStore(entries);
    const server = fakeServer({}, loggedInAs(ann));
    const { deps } = depsFor(store, server.fetch, mo.id);

    expect(await sendWaitingEntries(deps)).toBe('sessionEnded');
    expect(server.calls).toHaveLength(0);
    expect(await store.all()).toEqual(expect.arrayContaining(entries));
  });

  it('stops when the server says the session ended, and keeps every entry', async () => {
    const entries = [registration('mine')];
    const store = memoryStore(entries);
    const server = fakeServer({}, { status: 401 });
    const { deps } = depsFor(store, server.fetch, mo.id);

    expect(await sendWaitingEntries(deps)).toBe('sessionEnded');
    expect(server.calls).toHaveLength(0);
    expect(await store.all()).toEqual(entries);
  });

  it('tries again later when the server cannot be asked, and says so at the first entry', async () => {
    for (const session of ['network', { status: 503 }, { status: 403 }] as const) {
      const store = memoryStore([registration('first'), registration('second')]);
      const server = fakeServer({}, session);
      const { deps } = depsFor(store, server.fetch, mo.id);

      expect(await sendWaitingEntries(deps)).toBe('retryLater');
      expect(server.calls).toHaveLength(0);
      const status = session === 'network' ? 0 : session.status;
      expect(store.map.get('first')).toMatchObject({ stopped: false, lastError: { status } });
      expect(store.map.get('second')?.lastError).toBeNull();
    }
  });
});
