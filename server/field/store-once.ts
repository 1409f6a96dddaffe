import { AppError } from '../infra/errors/app-error.ts';
import './field-messages.ts';

type Steps<T, A> = {
  find: () => Promise<T | undefined>;
  /**
   * Whether a stored row is the caller's own: a retry of it is answered without `admit`, so that an answer
   * lost on the way still arrives after the caller lost access (a KLIC taken off their device).
   */
  isOwn?: (stored: T) => boolean;
  /** Throws when the caller may not store this (NOT_FOUND); what it returns goes to `check` and to the result. */
  admit: () => Promise<A>;
  check?: (admitted: A) => Promise<void>;
  insert: () => Promise<T | undefined>;
  same: (stored: T) => boolean | Promise<boolean>;
  conflictReason: string;
};

/**
 * Stores what the device sent exactly once under its idempotency key. A retry with the same content gets
 * the stored row (created: false); the same key with other content is a CONFLICT with `conflictReason`.
 * A key stored by someone else is only answered after `admit`, so that it tells nothing to an outsider.
 * `insert` must do nothing on a key conflict (ON CONFLICT DO NOTHING), so that of two requests at once
 * the second waits for the first and then finds its row.
 */
export async function storeOnce<T, A>(
  steps: Steps<T, A>,
): Promise<{ created: false; row: T } | { created: true; row: T; admitted: A }> {
  const known = await steps.find();
  if (known && steps.isOwn?.(known)) return { created: false, row: await sameOrConflict(known, steps) };
  const admitted = await steps.admit();
  if (known) return { created: false, row: await sameOrConflict(known, steps) };
  await steps.check?.(admitted);
  const inserted = await steps.insert();
  if (inserted) return { created: true, row: inserted, admitted };
  const stored = await steps.find();
  if (!stored) throw new AppError('CONFLICT', { reason: steps.conflictReason });
  return { created: false, row: await sameOrConflict(stored, steps) };
}

async function sameOrConflict<T>(
  stored: T,
  steps: { same: (stored: T) => boolean | Promise<boolean>; conflictReason: string },
): Promise<T> {
  if (!(await steps.same(stored))) throw new AppError('CONFLICT', { reason: steps.conflictReason });
  return stored;
}
