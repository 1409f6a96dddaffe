import { describe, expect, it } from 'vitest';
import type { Announcement } from '../api/types';
import { announcementState } from './announcement-state';

const now = new Date('2026-07-15T12:00:00Z');
const base: Announcement = {
  id: 'a',
  kind: 'maintenance',
  title: 'Onderhoud',
  body: '',
  startsAt: '2026-07-15T20:00:00Z',
  durationMinutes: 60,
  reason: 'Update',
  endsAt: null,
  publishedAt: '2026-07-01T08:00:00Z',
};

describe('the state of an announcement', () => {
  it('follows maintenance from planned to running to ended after its duration', () => {
    expect(announcementState(base, now)).toBe('planned');
    expect(announcementState({ ...base, startsAt: '2026-07-15T11:30:00Z' }, now)).toBe('running');
    expect(announcementState({ ...base, startsAt: '2026-07-15T10:00:00Z' }, now)).toBe('ended');
    expect(
      announcementState({ ...base, startsAt: '2026-07-15T11:30:00Z', endsAt: '2026-07-15T11:45:00Z' }, now),
    ).toBe('ended');
  });

  it('keeps an outage ongoing until its end, and gives updates no state', () => {
    const outage = {
      ...base,
      kind: 'outage' as const,
      startsAt: '2026-07-15T11:00:00Z',
      durationMinutes: null,
    };
    expect(announcementState(outage, now)).toBe('ongoing');
    expect(announcementState({ ...outage, endsAt: '2026-07-15T11:50:00Z' }, now)).toBe('resolved');
    expect(announcementState({ ...base, kind: 'update' }, now)).toBeNull();
  });
});
