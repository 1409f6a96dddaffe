import { describe, expect, it } from 'vitest';
import type { FieldKlic } from '../api/field-api';
import { hasOpenEv, shownEvs, telHref } from './klic-facts';

const ev = (bronhoudercode: string, status: FieldKlic['ev'][number]['status']) => ({
  bronhoudercode,
  name: null,
  status,
  instructions: '',
  contactPhones: [],
});

const klic = (evs: FieldKlic['ev']) => ({ ev: evs }) as FieldKlic;

describe('telHref', () => {
  it('keeps only the digits of a Dutch number', () => {
    expect(telHref('030 - 123 45 67')).toBe('tel:0301234567');
    expect(telHref('0800-0080')).toBe('tel:08000080');
  });

  it('keeps an international number and drops the Dutch (0) after the country code', () => {
    expect(telHref('+31 (0)30 123 45 67')).toBe('tel:+31301234567');
    expect(telHref(' +31 6 12345678 ')).toBe('tel:+31612345678');
  });

  it('gives no link for a text without a number', () => {
    expect(telHref('onbekend')).toBeNull();
    expect(telHref('')).toBeNull();
  });
});

describe('shownEvs', () => {
  it('leaves out the EVs of no interest and puts the open ones first', () => {
    const shown = shownEvs(klic([ev('A', 'handled'), ev('B', 'noInterest'), ev('C', 'open')]));
    expect(shown.map((item) => item.bronhoudercode)).toEqual(['C', 'A']);
  });

  it('tells whether any EV is still open', () => {
    expect(hasOpenEv(klic([ev('A', 'handled'), ev('B', 'noInterest')]))).toBe(false);
    expect(hasOpenEv(klic([ev('A', 'handled'), ev('C', 'open')]))).toBe(true);
  });
});
