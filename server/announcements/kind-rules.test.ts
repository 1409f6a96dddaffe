import { describe, expect, it } from 'vitest';
import type { AnnouncementFields } from './announcement-fields.ts';
import { kindProblems } from './kind-rules.ts';

const empty: AnnouncementFields = {
  title: 'Mededeling',
  body: '',
  startsAt: null,
  durationMinutes: null,
  reason: null,
  endsAt: null,
};
const start = new Date('2026-03-05T21:00:00Z');

describe('per-kind rules of announcements', () => {
  it('want date and time, duration and reason for maintenance', () => {
    expect(kindProblems('maintenance', empty)).toEqual({
      startsAt: 'required',
      durationMinutes: 'required',
      reason: 'required',
    });
    expect(
      kindProblems('maintenance', {
        ...empty,
        startsAt: start,
        durationMinutes: 90,
        reason: 'Update database',
      }),
    ).toEqual({});
  });

  it('want the start of an outage, and allow a cause but no duration', () => {
    expect(kindProblems('outage', empty)).toEqual({ startsAt: 'required' });
    expect(kindProblems('outage', { ...empty, startsAt: start, reason: 'Netwerk' })).toEqual({});
    expect(kindProblems('outage', { ...empty, startsAt: start, durationMinutes: 5 })).toEqual({
      durationMinutes: 'not_allowed',
    });
  });

  it('want release notes for an update and nothing of maintenance', () => {
    expect(kindProblems('update', empty)).toEqual({ body: 'required' });
    expect(kindProblems('update', { ...empty, body: 'Nieuw: werkbonnen', startsAt: start })).toEqual({
      startsAt: 'not_allowed',
    });
  });

  it('refuse an end that is not after the start', () => {
    expect(kindProblems('outage', { ...empty, startsAt: start, endsAt: start })).toEqual({
      endsAt: 'before_start',
    });
    expect(
      kindProblems('outage', { ...empty, startsAt: start, endsAt: new Date('2026-03-05T22:00:00Z') }),
    ).toEqual({});
  });
});
