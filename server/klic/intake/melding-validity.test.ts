import { describe, expect, it } from 'vitest';
import { meldingDateOf } from './melding-validity.ts';

describe('meldingDateOf', () => {
  it('takes the Dutch calendar day of the aanvraag date, also when written in UTC late in the evening', () => {
    expect(meldingDateOf('2022-11-18T08:39:43.000+01:00')).toBe('2022-11-18');
    expect(meldingDateOf('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(meldingDateOf('2026-03-12')).toBe('2026-03-12');
  });

  it('answers null for a missing or unreadable date', () => {
    expect(meldingDateOf(null)).toBeNull();
    expect(meldingDateOf('')).toBeNull();
    expect(meldingDateOf('gisteren')).toBeNull();
    expect(meldingDateOf('2026-13-45')).toBeNull();
  });
});
