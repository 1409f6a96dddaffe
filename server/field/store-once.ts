import { AppError } from '../infra/errors/app-error.ts';
import './field-messages.ts';

/**
 * Stores what the device sent exactly once under its idempotency key. A retry with the same content gets
 * the stored row (created: false); the same key with other content is a CONFLICT with `conflictReason`.
 * `insert` must do nothing on a key conflict (ON CONFLICT DO NOTHING), so that of two requests at once
 * the second waits for the first and then finds its row.
 */
export async function storeOnce<T>(steps: {
  find: () => Promise<T | undefined>;
  check?: () => Promise<void>;
  insert: () => Promise<T | undefined>;
  same: (stored: T) => boolean | Promise<boolean>;
  conflictReason: string;
}): Promise<{ created: boolean; row: T }> {
  const known = await steps.find();
  if (known) return { created: false, row: await sameOrConflict(known, steps) };
  await steps.check?.();
  const inserted = await steps.insert();
  if (inserted) return { created: true, row: inserted };
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
