/** The kinds of registration the server takes (server/field/registration-input.ts). */
export const registrationKinds = ['proefsleuf', 'graafschade', 'afwijkendeLigging', 'onbekendNet'] as const;
export type RegistrationKind = (typeof registrationKinds)[number];

type CommonBody = {
  idempotencyKey: string;
  /** RD New metres; null when the worker had no position. */
  position: [number, number] | null;
  recordedAt: string;
  note: string;
};

/** The body of POST /api/field/klics/:id/registrations, one shape per kind. */
export type RegistrationBody =
  | (CommonBody & { kind: 'proefsleuf'; details: { depthCm: number; found: string } })
  | (CommonBody & {
      kind: 'graafschade';
      details: {
        hit: string;
        bronhoudercode: string | null;
        reportedToOperator: boolean;
        reportedAt: string | null;
      };
    })
  | (CommonBody & {
      kind: 'afwijkendeLigging';
      details: { bronhoudercode: string | null; offsetCm: number; description: string };
    })
  | (CommonBody & { kind: 'onbekendNet'; details: { description: string; depthCm: number | null } });

export type AbortKind = 'execution' | 'inspection';

/** The body of POST /api/field/klics/:id/abort. */
export type AbortBody = {
  idempotencyKey: string;
  kind: AbortKind;
  reasonId: string;
  note: string;
  recordedAt: string;
};

/** A compressed photo waiting to go out; its key makes a repeated upload harmless. */
export type OutboxPhoto = { idempotencyKey: string; blob: Blob; sent: boolean };

/**
 * The last failed attempt. `status` 0: the server was not reached. `message` is the server's sentence
 * (in the worker's language) when it sent one.
 */
export type OutboxError = { status: number; message: string | null; at: string };

type EntryBase = {
  /** The body's idempotency key: one entry per thing the worker saved. */
  id: string;
  klicId: string;
  meldnummer: string;
  /**
   * The worker who saved it: only their session sends it (a phone may be shared). Missing in entries
   * saved before this was kept; those count as the logged-in worker's.
   */
  userId?: string;
  userName?: string;
  createdAt: string;
  lastError: OutboxError | null;
  /** Refused by the server (a 4xx): waits for the worker to retry or delete it. */
  stopped: boolean;
};

export type RegistrationEntry = EntryBase & {
  kind: 'registration';
  body: RegistrationBody;
  photos: OutboxPhoto[];
  /** The server's id once the registration itself has arrived; its photos go to that id. */
  registrationId: string | null;
};

export type AbortEntry = EntryBase & { kind: 'abort'; body: AbortBody; reasonText: string };

export type OutboxEntry = RegistrationEntry | AbortEntry;

/** The logged-in worker who saves an entry (the session's user). */
export type OutboxUser = { id: string; name: string };

/** What a form hands to the outbox. */
export type NewOutboxEntry =
  | {
      kind: 'registration';
      klicId: string;
      meldnummer: string;
      user: OutboxUser;
      body: RegistrationBody;
      photos: { idempotencyKey: string; blob: Blob }[];
    }
  | {
      kind: 'abort';
      klicId: string;
      meldnummer: string;
      user: OutboxUser;
      body: AbortBody;
      reasonText: string;
    };

/** Where entries are kept: IndexedDB in the app, a Map in tests. */
export type OutboxStore = {
  all(): Promise<OutboxEntry[]>;
  add(entry: OutboxEntry): Promise<void>;
  /** Replaces a stored entry; false (and nothing written) when it is no longer there. */
  update(entry: OutboxEntry): Promise<boolean>;
  /**
   * Reads a stored entry and writes `edit`'s result in one step, so that what another tab wrote
   * meanwhile is not undone; false (and nothing written) when it is no longer there.
   */
  change(id: string, edit: (entry: OutboxEntry) => OutboxEntry): Promise<boolean>;
  delete(id: string): Promise<void>;
};

export function newEntry(entry: NewOutboxEntry, now: Date): OutboxEntry {
  const base = {
    id: entry.body.idempotencyKey,
    klicId: entry.klicId,
    meldnummer: entry.meldnummer,
    userId: entry.user.id,
    userName: entry.user.name,
    createdAt: now.toISOString(),
    lastError: null,
    stopped: false,
  };
  if (entry.kind === 'abort')
    return { ...base, kind: 'abort', body: entry.body, reasonText: entry.reasonText };
  return {
    ...base,
    kind: 'registration',
    body: entry.body,
    photos: entry.photos.map((photo) => ({ ...photo, sent: false })),
    registrationId: null,
  };
}

/** Oldest first: the order in which the worker saved them. */
export function oldestFirst(entries: OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Saved by another worker than `userId` (entries from before workers were kept count as anyone's). */
export function savedByOther(entry: OutboxEntry, userId: string): boolean {
  return entry.userId !== undefined && entry.userId !== userId;
}

/** What a run may send for the worker `userId`: their entries the server did not refuse, oldest first. */
export function sendableEntries(entries: OutboxEntry[], userId: string | null): OutboxEntry[] {
  if (userId === null) return [];
  return oldestFirst(entries).filter((entry) => !entry.stopped && !savedByOther(entry, userId));
}
