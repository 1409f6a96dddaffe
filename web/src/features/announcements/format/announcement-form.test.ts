import { describe, expect, it } from 'vitest';
import { emptyForm, toNewAnnouncement } from './announcement-form';

describe('the publish form', () => {
  it('sends only the fields of the chosen kind', () => {
    const form = {
      ...emptyForm('maintenance', new Date()),
      title: 'Onderhoud',
      startsAt: '2026-07-15T22:00',
      durationMinutes: 90 as const,
      reason: 'Serverupdate',
      body: '  ',
    };
    const input = toNewAnnouncement(form);
    expect(input).toEqual({
      kind: 'maintenance',
      title: 'Onderhoud',
      startsAt: '2026-07-15T20:00:00.000Z',
      durationMinutes: 90,
      reason: 'Serverupdate',
    });
    expect(toNewAnnouncement({ ...form, kind: 'update', body: 'Nieuw' })).toEqual({
      kind: 'update',
      title: 'Onderhoud',
      body: 'Nieuw',
    });
    expect(toNewAnnouncement({ ...form, kind: 'outage' })).not.toHaveProperty('durationMinutes');
  });

  it('starts an outage now, in Dutch time', () => {
    const now = new Date('2026-01-05T08:07:00Z');
    expect(emptyForm('outage', now).startsAt).toBe('2026-01-05T09:07');
    expect(emptyForm('maintenance', now).startsAt).toBe('');
  });
});
