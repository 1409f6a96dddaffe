import { describe, expect, it } from 'vitest';
import { attributeRows, displayValue, themeName, typeName } from './feature-attributes';

describe('attributeRows', () => {
  it('names a cable, its theme, operator and attributes in Dutch', () => {
    const rows = attributeRows({
      type: 'Elektriciteitskabel',
      theme: 'laagspanning',
      operatorName: 'Liander',
      properties: { currentStatus: 'functional', nominalVoltage: '400', verticalPosition: 'underground' },
    });
    expect(rows).toEqual([
      { name: 'Soort object', value: 'Elektriciteitskabel' },
      { name: 'Thema', value: 'Laagspanning' },
      { name: 'Netbeheerder', value: 'Liander' },
      { name: 'Status', value: 'In gebruik' },
      { name: 'Nominale spanning (V)', value: '400' },
      { name: 'Verticale ligging', value: 'Ondergronds' },
    ]);
  });

  it('keeps unknown attributes as they came, after the known ones, and hides references to other objects', () => {
    const rows = attributeRows({
      type: 'Kast',
      theme: null,
      operatorName: null,
      properties: { nieuwVeld: 'x', dieptelegging: 'nl.imkl-TS1383.d1', pipeDiameter: '110' },
    });
    expect(rows.map((row) => row.name)).toEqual(['Soort object', 'Thema', 'Diameter (mm)', 'nieuwVeld']);
    expect(rows[1]?.value).toBe('—');
  });
});

describe('names and values', () => {
  it('translates known types and themes, and passes unknown ones through', () => {
    expect(typeName('AanduidingEisVoorzorgsmaatregel')).toBe('Gebied met eis voorzorgsmaatregel (EV)');
    expect(typeName('Zonnepaneel')).toBe('Zonnepaneel');
    expect(typeName('toString')).toBe('toString');
    expect(themeName('rioolVrijverval')).toBe('Riool vrij verval');
    expect(themeName('ruimtevaart')).toBe('ruimtevaart');
  });

  it('shows dates as dd-mm-jjjj, decimals with a comma and code-list values in Dutch', () => {
    expect(displayValue('2015-12-17T09:30:47')).toBe('17-12-2015');
    expect(displayValue('2.43')).toBe('2,43');
    expect(displayValue('projected')).toBe('Gepland');
    expect(displayValue('HS-T-W3')).toBe('HS-T-W3');
  });
});
