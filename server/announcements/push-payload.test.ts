import { describe, expect, it } from 'vitest';
import type { Announcement } from './announcements-repository.ts';
import { dutchDateTime, pushPayload } from './push-payload.ts';

const base: Announcement = {
  id: '7b0f3c1e-7d3a-4a55-9d61-0f0b8d9c1a11',
  kind: 'maintenance',
  title: 'Gepland onderhoud',
  body: '',
  startsAt: new Date('2026-07-15T20:00:00Z'),
  durationMinutes: 90,
  reason: 'Nieuwe databaseversie',
  endsAt: null,
  publishedAt: new Date('2026-07-01T08:00:00Z'),
};

describe('the push message of an announcement', () => {
  it('shows date and time in Amsterdam time, duration and reason of maintenance', () => {
    expect(pushPayload(base)).toEqual({
      title: 'Gepland onderhoud',
      body: '15-07-2026 22:00 · 90 min · Nieuwe databaseversie',
      tag: base.id,
      url: '/mededelingen',
    });
  });

  it('shortens long release notes to one line of at most 300 characters', () => {
    const update = { ...base, kind: 'update' as const, startsAt: null, durationMinutes: null, reason: null };
    const payload = pushPayload({ ...update, body: `Nieuw:\n${'é'.repeat(400)}` });
    expect([...payload.body]).toHaveLength(300);
    expect(payload.body.startsWith('Nieuw: éé')).toBe(true);
    expect(payload.body.endsWith('…')).toBe(true);
  });

  it('writes winter time one hour ahead of UTC', () => {
    expect(dutchDateTime(new Date('2026-01-05T23:30:00Z'))).toBe('06-01-2026 00:30');
  });
});
