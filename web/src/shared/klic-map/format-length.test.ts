import { describe, expect, it } from 'vitest';
import { formatLength } from './format-length';

describe('formatLength', () => {
  it('uses a decimal comma and two decimals', () => {
    expect(formatLength(12.345)).toBe('12,35 m');
    expect(formatLength(0.5)).toBe('0,50 m');
    expect(formatLength(999.994)).toBe('999,99 m');
  });

  it('switches to kilometres from 1000 m', () => {
    expect(formatLength(1234.5)).toBe('1,23 km');
  });
});
