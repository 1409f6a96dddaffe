/**
 * Test fakes of the outbox: a store in memory, a server that answers as told and entries of the demo
 * worker. Used by the tests of this folder only.
 */
import { type NewOutboxEntry, newEntry, type OutboxEntry, type OutboxStore } from './outbox-types';
import type { SendDeps } from './send-entries';

/** The outbox as a Map, like IndexedDB: what is stored is a copy. */
export function memoryStore(entries: OutboxEntry[] = []): OutboxStore & { map: Map<string, OutboxEntry> } {
  const map = new Map(entries.map((entry) => [entry.id, structuredClone(entry)]));
  return {
    map,
    all: async () => [...map.values()].map((entry) => structuredClone(entry)),
    add: async (entry) => {
      map.set(entry.id, structuredClone(entry));
    },
    update: async (entry) => {
      if (!map.has(entry.id)) return false;
      map.set(entry.id, structuredClone(entry));
      return true;
    },
    change: async (id, edit) => {
      const entry = map.get(id);
      if (entry) map.set(id, structuredClone(edit(structuredClone(entry))));
      return entry !== undefined;
    },
    delete: async (id) => {
      map.delete(id);
    },
  };
}

type Call = { url: string; type: string; body: unknown };
export type Reply = { status: number; body?: unknown } | 'network';

export const mo = { id: 'user-mo', name: 'Mo Monteur' };
export const ann = { id: 'user-ann', name: 'Ann de Graaf' };
export const loggedInAs = (user: { id: string }): Reply => ({ status: 200, body: { user } });

/**
 * A server that answers each POST with the next reply of its route and records what it got. `GET
 * /api/me` (who the session is) always gets `session`, Mo by default; those checks are recorded apart.
 */
export function fakeServer(routes: Record<string, Reply[]>, session: Reply = loggedInAs(mo)) {
  const calls: Call[] = [];
  const sessionChecks: Headers[] = [];
  const answer = (reply: Reply) => {
    if (reply === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply.body ?? {}), {
      status: reply.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    if (url === '/api/me' && (init?.method ?? 'GET') === 'GET') {
      sessionChecks.push(headers);
      return answer(session);
    }
    const body = init?.body instanceof Blob ? await init.body.text() : JSON.parse(String(init?.body));
    calls.push({ url, type: headers.get('content-type') ?? '', body });
    const route = Object.keys(routes).find((prefix) => url.startsWith(prefix));
    const reply = route ? routes[route]?.shift() : undefined;
    if (!reply) throw new Error(`no reply left for ${url}`);
    return answer(reply);
  };
  return { calls, sessionChecks, fetch: fetch as typeof globalThis.fetch };
}

export const klicId = '7f1c2a4e-0000-4000-8000-000000000001';
export const registrationId = '7f1c2a4e-0000-4000-8000-0000000000aa';
export const registrationUrl = `/api/field/klics/${klicId}/registrations`;
export const photosUrl = `/api/field/registrations/${registrationId}/photos`;
export const created = { status: 201, body: { registration: { id: registrationId } } };

let clock = Date.parse('2026-03-02T09:00:00Z');
export function registration(key: string, photoKeys: string[] = [], user = mo): OutboxEntry {
  const entry: NewOutboxEntry = {
    kind: 'registration',
    klicId,
    meldnummer: '26G0000101',
    user,
    body: {
      idempotencyKey: key,
      kind: 'proefsleuf',
      position: [134_000.12, 449_000.5],
      recordedAt: '2026-03-02T08:59:00.000Z',
      note: '',
      details: { depthCm: 80, found: 'Gasleiding' },
    },
    photos: photoKeys.map((photoKey) => ({
      idempotencyKey: photoKey,
      blob: new Blob([`jpeg ${photoKey}`], { type: 'image/jpeg' }),
    })),
  };
  clock += 1000;
  return newEntry(entry, new Date(clock));
}

export function abort(key: string, user = mo): OutboxEntry {
  clock += 1000;
  return newEntry(
    {
      kind: 'abort',
      klicId,
      meldnummer: '26G0000101',
      user,
      reasonText: 'Weersomstandigheden',
      body: {
        idempotencyKey: key,
        kind: 'execution',
        reasonId: '7f1c2a4e-0000-4000-8000-0000000000bb',
        note: '',
        recordedAt: '2026-03-02T08:59:00.000Z',
      },
    },
    new Date(clock),
  );
}

export function depsFor(store: OutboxStore, fetch: typeof globalThis.fetch, userId: string | null = mo.id) {
  const delivered: string[] = [];
  const deps: SendDeps = {
    store,
    userId: () => userId,
    fetch,
    headers: () => ({ 'Accept-Language': 'nl' }),
    now: () => new Date('2026-03-02T09:30:00Z'),
    onChange: () => {},
    onDelivered: (entry) => delivered.push(entry.id),
  };
  return { deps, delivered };
}
