import type { OutboxEntry } from './outbox-types';

/** The server refuses what was recorded longer ago (server/field/registration-checks.ts). */
export const maxAgeDays = 30;
const warnFromDays = maxAgeDays - 7;
const dayMs = 24 * 60 * 60 * 1000;

/** Whole days since the entry was recorded, once it nears the server's limit; otherwise null. */
export function daysNearMaxAge(entry: OutboxEntry, now: Date): number | null {
  const days = Math.floor((now.getTime() - Date.parse(entry.body.recordedAt)) / dayMs);
  return days >= warnFromDays ? days : null;
}
