import { describe, expect, it } from 'vitest';
import { uniqueContacts } from './operator-contacts.ts';

describe('the contacts of an operator', () => {
  it('drops repeats (same name, phone digits and e-mail in any case) and empty contacts', () => {
    expect(
      uniqueContacts([
        { naam: 'Storingsdienst', telefoon: '0800-1234', email: 'Storing@Net.nl' },
        { naam: ' storingsdienst ', telefoon: '0800 1234', email: 'storing@net.nl' },
        { naam: null, telefoon: ' ', email: '' },
        { naam: 'Storingsdienst', telefoon: '0800 9999', email: null },
      ]),
    ).toEqual([
      { naam: 'Storingsdienst', telefoon: '0800-1234', email: 'Storing@Net.nl' },
      { naam: 'Storingsdienst', telefoon: '0800 9999', email: null },
    ]);
  });
});
