import { offlineSyncHeader } from '../service-worker/cache-rules';
import {
  type AbortEntry,
  type OutboxEntry,
  type OutboxError,
  type OutboxStore,
  type RegistrationEntry,
  sendableEntries,
} from './outbox-types';

export type SendDeps = {
  store: OutboxStore;
  /** The worker logged in in this tab (null: none, or not known yet); only their entries go out. */
  userId: () => string | null;
  fetch: typeof fetch;
  /** Headers every request carries (the interface language, so the server's sentences fit). */
  headers: () => Record<string, string>;
  now: () => Date;
  /** After every change of the store, so that the screen shows it. */
  onChange: () => void;
  /** After an entry arrived completely and left the outbox. */
  onDelivered: (entry: OutboxEntry) => void;
};

/**
 * How a run ended: everything that could go out went; or wait and try again; or log in again first
 * (also when the server's session is another worker's than this tab's).
 */
export type RunResult = 'done' | 'retryLater' | 'sessionEnded';

type Answer = { ok: true; body: unknown } | { ok: false; status: number; message: string | null };
type Step = 'delivered' | 'refused' | 'gone' | 'retryLater' | 'sessionEnded';

const jsonTimeoutMs = 30_000;
const photoTimeoutMs = 120_000;

/**
 * What a failed answer means. Not reached (0), timed out (408), too busy (429) or a server fault (5xx):
 * try again later. 401: the session ended; nothing is sent until the worker logs in again. Any other 4xx:
 * the server refuses this entry (a 409: its key was used for other content) and the worker decides.
 */
export function failureKind(status: number): 'retryLater' | 'sessionEnded' | 'refused' {
  if (status === 401) return 'sessionEnded';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'refused';
  return 'retryLater';
}

/**
 * Sends what waits, oldest first, each exactly once: the server stores every registration, photo and
 * abort once per idempotency key, so sending again after a lost answer is harmless. Only the entries of
 * the worker logged in in this tab go out, and only after the server confirmed that its session is
 * theirs: on a shared phone another worker may have logged in since (in another tab, or this tab's
 * session is old). A registration goes first, then its photos to the id it got; what arrived is written
 * down at once, and the entry leaves the outbox only when everything arrived. A refused entry stays
 * (nothing typed is lost) and the next one is sent; a connection or server failure ends the run, so the
 * order is kept.
 */
export async function sendWaitingEntries(deps: SendDeps): Promise<RunResult> {
  const userId = deps.userId();
  const waiting = sendableEntries(await deps.store.all(), userId);
  const [first] = waiting;
  if (!first) return 'done';
  const session = await get(deps, '/api/me');
  if (!session.ok) {
    if (failureKind(session.status) === 'sessionEnded') return 'sessionEnded';
    // No connection or server trouble: shown on the first entry, whose attempt it was.
    await keep(deps, { ...first, lastError: lastErrorOf(deps, session) });
    return 'retryLater';
  }
  if (sessionUserIdOf(session.body) !== userId) return 'sessionEnded';
  for (const entry of waiting) {
    const step =
      entry.kind === 'registration'
        ? await deliverRegistration(deps, entry)
        : await deliverAbort(deps, entry);
    if (step === 'retryLater' || step === 'sessionEnded') return step;
  }
  return 'done';
}

async function deliverRegistration(deps: SendDeps, entry: RegistrationEntry): Promise<Step> {
  let current = entry;
  if (current.registrationId === null) {
    const answer = await post(deps, `/api/field/klics/${encodeURIComponent(current.klicId)}/registrations`, {
      body: JSON.stringify(current.body),
      type: 'application/json',
      timeoutMs: jsonTimeoutMs,
    });
    if (!answer.ok) return failed(deps, current, answer);
    const registrationId = registrationIdOf(answer.body);
    if (!registrationId) return failed(deps, current, { status: 0, message: null });
    current = { ...current, registrationId, lastError: null };
    if (!(await keep(deps, current))) return 'gone';
  }
  const registrationId = current.registrationId as string;
  for (const [index, photo] of current.photos.entries()) {
    if (photo.sent) continue;
    const query = new URLSearchParams({ idempotencyKey: photo.idempotencyKey });
    const answer = await post(
      deps,
      `/api/field/registrations/${encodeURIComponent(registrationId)}/photos?${query}`,
      { body: photo.blob, type: photo.blob.type || 'image/jpeg', timeoutMs: photoTimeoutMs },
    );
    if (!answer.ok) return failed(deps, current, answer);
    current = {
      ...current,
      photos: current.photos.map((p, i) => (i === index ? { ...p, sent: true } : p)),
      lastError: null,
    };
    if (!(await keep(deps, current))) return 'gone';
  }
  return delivered(deps, current);
}

async function deliverAbort(deps: SendDeps, entry: AbortEntry): Promise<Step> {
  const answer = await post(deps, `/api/field/klics/${encodeURIComponent(entry.klicId)}/abort`, {
    body: JSON.stringify(entry.body),
    type: 'application/json',
    timeoutMs: jsonTimeoutMs,
  });
  if (!answer.ok) return failed(deps, entry, answer);
  return delivered(deps, entry);
}

async function delivered(deps: SendDeps, entry: OutboxEntry): Promise<Step> {
  await deps.store.delete(entry.id);
  deps.onChange();
  deps.onDelivered(entry);
  return 'delivered';
}

async function failed(
  deps: SendDeps,
  entry: OutboxEntry,
  answer: { status: number; message: string | null },
): Promise<Step> {
  const kind = failureKind(answer.status);
  if (kind === 'sessionEnded') return 'sessionEnded';
  const lastError = lastErrorOf(deps, answer);
  if (!(await keep(deps, { ...entry, lastError, stopped: kind === 'refused' }))) return 'gone';
  return kind;
}

function lastErrorOf(deps: SendDeps, answer: { status: number; message: string | null }): OutboxError {
  return { status: answer.status, message: answer.message, at: deps.now().toISOString() };
}

/** Writes the entry's progress, unless the worker deleted it meanwhile (then it is not brought back). */
async function keep(deps: SendDeps, entry: OutboxEntry): Promise<boolean> {
  const stillThere = await deps.store.update(entry);
  deps.onChange();
  return stillThere;
}

function post(
  deps: SendDeps,
  url: string,
  request: { body: BodyInit; type: string; timeoutMs: number },
): Promise<Answer> {
  return answerOf(
    deps.fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...deps.headers(), Accept: 'application/json', 'Content-Type': request.type },
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
    }),
  );
}

/**
 * Straight to the server: the service worker would answer from the device on a weak connection, with
 * the worker who was logged in when it was stored.
 */
function get(deps: SendDeps, url: string): Promise<Answer> {
  return answerOf(
    deps.fetch(url, {
      credentials: 'same-origin',
      headers: { ...deps.headers(), Accept: 'application/json', [offlineSyncHeader]: '1' },
      signal: AbortSignal.timeout(jsonTimeoutMs),
    }),
  );
}

async function answerOf(request: Promise<Response>): Promise<Answer> {
  let response: Response;
  try {
    response = await request;
  } catch {
    return { ok: false, status: 0, message: null };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, body };
  return { ok: false, status: response.status, message: serverMessage(body) };
}

/** Veldwerk's `{ error: { message } }`; better-auth's `{ message }`. */
function serverMessage(body: unknown): string | null {
  const record = body as { error?: { message?: unknown }; message?: unknown } | null;
  const message = record?.error?.message ?? record?.message;
  return typeof message === 'string' ? message : null;
}

function sessionUserIdOf(body: unknown): string | null {
  const id = (body as { user?: { id?: unknown } } | null)?.user?.id;
  return typeof id === 'string' ? id : null;
}

function registrationIdOf(body: unknown): string | null {
  const id = (body as { registration?: { id?: unknown } } | null)?.registration?.id;
  return typeof id === 'string' ? id : null;
}
