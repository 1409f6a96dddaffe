import { describe, expect, it } from 'vitest';
import { parseGenerateArguments, parseSize } from './generate-arguments.ts';

describe('the klic:generate command line', () => {
  it('reads sizes in decimal and binary units', () => {
    expect(parseSize('200MB')).toBe(200_000_000);
    expect(parseSize('5mb')).toBe(5_000_000);
    expect(parseSize('1.5 GB')).toBe(1_500_000_000);
    expect(parseSize('64KiB')).toBe(65_536);
    expect(parseSize('12345')).toBe(12_345);
    expect(() => parseSize('12XB')).toThrow(/--size must be/);
    expect(() => parseSize('-5MB')).toThrow(/--size must be/);
  });

  it('turns the options into generator options and a target', () => {
    const args = [
      '--meldnummer',
      '26G0001234',
      '--referentie',
      'P-1;Fase 2',
      '--size',
      '200MB',
      '--out',
      '/tmp/x.zip',
    ];
    expect(parseGenerateArguments([...args, '--partial', '--operators', '5', '--seed', '9'])).toEqual({
      options: {
        meldnummer: '26G0001234',
        referentie: 'P-1;Fase 2',
        complete: false,
        operators: 5,
        targetGmlBytes: 200_000_000,
        seed: 9,
      },
      out: '/tmp/x.zip',
    });
    expect(
      parseGenerateArguments([
        '--meldnummer',
        '26O0000001',
        '--soort',
        'calamiteitenmelding',
        '--cables',
        '3',
      ]),
    ).toEqual({
      options: {
        meldnummer: '26O0000001',
        complete: true,
        aanvraagSoort: 'calamiteitenmelding',
        cablesPerOperator: 3,
      },
      out: '.',
    });
  });

  it('says what is wrong with a bad command line', () => {
    expect(() => parseGenerateArguments([])).toThrow(/--meldnummer is required/);
    expect(() => parseGenerateArguments(['--meldnummer', '26G0001234', '--bogus'])).toThrow(
      /Unknown option '--bogus'/,
    );
    expect(() => parseGenerateArguments(['--meldnummer', '26G0001234', '--operators', 'drie'])).toThrow(
      /--operators must be a whole number/,
    );
    expect(() => parseGenerateArguments(['--meldnummer', '26G0001234', '--soort', 'graven'])).toThrow(
      /--soort must be one of/,
    );
    expect(() => parseGenerateArguments(['--meldnummer', '26G0001234', 'extra'])).toThrow(RangeError);
  });
});
