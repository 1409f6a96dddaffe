import { describe, expect, it } from 'vitest';
import { formatDuration, splitDuration } from './duration';

const dutch = (part: 'days' | 'hours' | 'minutes', count: number) =>
  `${count} ${{ days: count === 1 ? 'dag' : 'dagen', hours: 'uur', minutes: count === 1 ? 'minuut' : 'minuten' }[part]}`;

describe('durations of maintenance', () => {
  it('split minutes into days, hours and minutes', () => {
    expect(splitDuration(1590)).toEqual({ days: 1, hours: 2, minutes: 30 });
    expect(splitDuration(10_080)).toEqual({ days: 7, hours: 0, minutes: 0 });
    expect(splitDuration(45)).toEqual({ days: 0, hours: 0, minutes: 45 });
  });

  it('read as a Dutch list, leaving out empty parts', () => {
    expect(formatDuration(1590, 'nl', dutch)).toBe('1 dag, 2 uur en 30 minuten');
    expect(formatDuration(120, 'nl', dutch)).toBe('2 uur');
    expect(formatDuration(61, 'nl', dutch)).toBe('1 uur en 1 minuut');
    expect(formatDuration(0, 'nl', dutch)).toBe('0 minuten');
  });
});
