import { describe, expect, it } from 'vitest';
import { isExpired, todayInAmsterdam } from './klic-expiry';

describe('whether a KLIC has expired, worked out on the phone', () => {
  it('is valid through its Verloopdatum and expired from the next day', () => {
    expect(isExpired('2026-03-02', '2026-03-01')).toBe(false);
    expect(isExpired('2026-03-02', '2026-03-02')).toBe(false);
    expect(isExpired('2026-03-02', '2026-03-03')).toBe(true);
    expect(isExpired('2025-12-31', '2026-01-01')).toBe(true);
  });

  it('never calls a KLIC without a Verloopdatum expired', () => {
    expect(isExpired(null, '2026-03-02')).toBe(false);
  });

  it('counts days in Dutch time, also around midnight and in summer time', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T22:59:00Z'))).toBe('2026-03-01');
    expect(todayInAmsterdam(new Date('2026-03-01T23:00:00Z'))).toBe('2026-03-02');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('expires a KLIC kept on the device for days, whatever the server said when it was kept', () => {
    const keptOn = todayInAmsterdam(new Date('2026-03-01T08:00:00Z'));
    expect(isExpired('2026-03-01', keptOn)).toBe(false);
    expect(isExpired('2026-03-01', todayInAmsterdam(new Date('2026-03-03T08:00:00Z')))).toBe(true);
  });
});
