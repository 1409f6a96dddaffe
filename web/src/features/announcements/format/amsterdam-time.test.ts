import { describe, expect, it } from 'vitest';
import { fromAmsterdamInput, toAmsterdamInput } from './amsterdam-time';

describe('date and time typed as Dutch time', () => {
  it('means the moment in Amsterdam, in summer and in winter', () => {
    expect(fromAmsterdamInput('2026-07-15T22:00')?.toISOString()).toBe('2026-07-15T20:00:00.000Z');
    expect(fromAmsterdamInput('2026-01-15T22:00')?.toISOString()).toBe('2026-01-15T21:00:00.000Z');
  });

  it('follows the clock change in the night of 25 October 2026', () => {
    expect(fromAmsterdamInput('2026-10-25T01:30')?.toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(fromAmsterdamInput('2026-10-25T04:00')?.toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('shows a moment as Amsterdam input and back', () => {
    expect(toAmsterdamInput(new Date('2026-01-05T08:07:00Z'))).toBe('2026-01-05T09:07');
    expect(toAmsterdamInput(new Date('2026-07-05T08:07:45Z'))).toBe('2026-07-05T10:07');
    expect(fromAmsterdamInput(toAmsterdamInput(new Date('2026-03-01T12:34:00Z')))?.toISOString()).toBe(
      '2026-03-01T12:34:00.000Z',
    );
  });

  it('refuses anything that is not a date and time', () => {
    expect(fromAmsterdamInput('')).toBeNull();
    expect(fromAmsterdamInput('15-07-2026 22:00')).toBeNull();
  });
});
