import { describe, expect, it } from 'vitest';
import { daysNearMaxAge } from './entry-age';
import { newEntry } from './outbox-types';

const abortRecordedAt = (recordedAt: string) =>
  newEntry(
    {
      kind: 'abort',
      klicId: 'k',
      meldnummer: '26G0000101',
      user: { id: 'u1', name: 'Mo Monteur' },
      body: { idempotencyKey: 'a', kind: 'execution', reasonId: 'r', note: '', recordedAt },
      reasonText: 'Weer',
    },
    new Date(recordedAt),
  );

describe('an entry nearing the server’s 30 days', () => {
  it('is named from 23 whole days after it was recorded', () => {
    const entry = abortRecordedAt('2026-03-01T10:00:00.000Z');
    expect(daysNearMaxAge(entry, new Date('2026-03-24T09:59:00.000Z'))).toBeNull();
    expect(daysNearMaxAge(entry, new Date('2026-03-24T10:00:00.000Z'))).toBe(23);
    expect(daysNearMaxAge(entry, new Date('2026-04-05T10:00:00.000Z'))).toBe(35);
  });
});
