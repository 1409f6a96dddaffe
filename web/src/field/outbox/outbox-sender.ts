import { type RunResult, type SendDeps, sendWaitingEntries } from './send-entries';

export type SenderStatus = {
  sending: boolean;
  /** A 401: nothing goes out until the worker logged in again (the entries stay). */
  sessionEnded: boolean;
  /** Failed runs in a row (no connection, server trouble); sets how long the timer waits. */
  failures: number;
  retryAt: number | null;
};

export const idleStatus: SenderStatus = { sending: false, sessionEnded: false, failures: 0, retryAt: null };

const firstRetryMs = 30_000;
const longestRetryMs = 5 * 60_000;

/** 30 s, 1 min, 2 min, 4 min, then every 5 min. */
export function retryDelayMs(failures: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, failures - 1), longestRetryMs);
}

export function statusAfterRun(status: SenderStatus, result: RunResult, now: number): SenderStatus {
  if (result === 'done') return idleStatus;
  if (result === 'sessionEnded') return { ...idleStatus, sessionEnded: true };
  const failures = status.failures + 1;
  return { sending: false, sessionEnded: false, failures, retryAt: now + retryDelayMs(failures) };
}

/** The timer sends only after the back-off and not after a 401; the worker, a new entry or 'online' always do. */
export function timerMaySend(status: SenderStatus, now: number): boolean {
  return !status.sessionEnded && (status.retryAt === null || now >= status.retryAt);
}

export type SenderDeps = SendDeps & {
  /** Runs `task` as the only sender of this browser (all tabs); without Web Locks, of this tab. */
  exclusive: (task: () => Promise<void>) => Promise<void>;
  onStatus: (status: SenderStatus) => void;
};

/**
 * One sender: a request while a run is going asks for one more run afterwards (something may have been
 * added after the run read the outbox), never for a second sender at the same time.
 */
export function createOutboxSender(deps: SenderDeps) {
  let status = idleStatus;
  let running: Promise<void> | null = null;
  let again = false;

  const setStatus = (next: SenderStatus) => {
    status = next;
    deps.onStatus(status);
  };

  async function runOnce(): Promise<void> {
    setStatus({ ...status, sending: true });
    let result: RunResult;
    try {
      result = await sendWaitingEntries(deps);
    } catch {
      // The device's storage failed; try again like after a lost connection.
      result = 'retryLater';
    }
    setStatus(statusAfterRun(status, result, deps.now().getTime()));
  }

  async function loop(): Promise<void> {
    do {
      again = false;
      await deps.exclusive(runOnce);
    } while (again && !status.sessionEnded);
  }

  return {
    /** `fromTimer`: the 30-second timer, which respects the back-off. */
    request(fromTimer = false): Promise<void> {
      if (fromTimer && !timerMaySend(status, deps.now().getTime())) return running ?? Promise.resolve();
      if (running) {
        again = true;
        return running;
      }
      running = loop().finally(() => {
        running = null;
      });
      return running;
    },
    status: () => status,
  };
}
