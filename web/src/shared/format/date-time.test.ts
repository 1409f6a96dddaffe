import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './date-time';

describe('Dutch date and time formatting', () => {
  it('writes dates as dd-mm-jjjj in Amsterdam time', () => {
    expect(formatDate('2025-03-05T10:00:00Z')).toBe('05-03-2025');
    // 23:30 UTC on 31 December is already New Year in Amsterdam (UTC+1).
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('01-01-2025');
  });

  it('writes times on a 24-hour clock, following summer time', () => {
    expect(formatTime('2025-01-15T13:05:00Z')).toBe('14:05');
    expect(formatTime('2025-07-15T13:05:00Z')).toBe('15:05');
    expect(formatTime('2025-07-14T22:00:00Z')).toBe('00:00');
  });

  it('combines both and returns an empty string for nonsense', () => {
    expect(formatDateTime('2025-07-15T13:05:00Z')).toBe('15-07-2025 15:05');
    expect(formatDateTime('not a date')).toBe('');
  });
});
