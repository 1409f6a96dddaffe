import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberList } from './number-list.ts';

const bySplit = (text: string) => {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/).map(Number);
};

describe('numberList reads a GML coordinate list as Number() does', () => {
  it('reads RD coordinates with millimetres', () => {
    expect(numberList('135989.685 452819.522\n 136284.174\t452745.402')).toEqual([
      135989.685, 452819.522, 136284.174, 452745.402,
    ]);
  });

  it('gives the same values as splitting and Number() for any decimal a file may hold', () => {
    const decimal = fc.oneof(
      fc.double({ noNaN: true }).map(String),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((value) => value.toFixed(3)),
      fc
        .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.nat({ max: 25 }))
        .map(([digits, shift]) => {
          const text = digits
            .toString()
            .replace('-', '')
            .padStart(shift + 1, '0');
          const sign = digits < 0n ? '-' : '';
          return shift === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -shift)}.${text.slice(-shift)}`;
        }),
      fc.constantFrom(
        '-0',
        '.5',
        '-.5',
        '1.',
        '.',
        '-',
        '+1',
        '1e3',
        '1E-3',
        '0x10',
        'NaN',
        'Infinity',
        '1.2.3',
        '--1',
        '١',
      ),
    );
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\v', '\f', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(decimal, space), { maxLength: 8 }), space, (pairs, lead) => {
        const text = lead + pairs.map(([value, after]) => value + after).join('');
        expect(numberList(text)).toEqual(bySplit(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives no numbers for an empty or blank text', () => {
    expect(numberList('')).toEqual([]);
    expect(numberList(' \n ')).toEqual([]);
  });
});
