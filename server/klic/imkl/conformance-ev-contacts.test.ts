import { describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { readDelivery } from './read-delivery.ts';

describe('EV contacts of the Kadaster samples', () => {
  it('gives each operator the contact of its EV areas, once', async () => {
    const { summary } = await readDelivery(klicSample(klicSampleFiles.graafmeldingComplete));
    const contacts = Object.fromEntries(
      summary.netbeheerders.map((each) => [each.bronhoudercode, each.contactEisVoorzorgsmaatregel]),
    );
    // The four EV areas of this delivery (TS1383 one, TS1396 two, TS2211 one; read with grep) all name the
    // same test contact; TS1396's two areas give it once.
    const evContact = { naam: 'EV contact naam', telefoon: 'EV contact telefoon', email: 'EV contact email' };
    expect(contacts.TS1383).toEqual([evContact]);
    expect(contacts.TS1396).toEqual([evContact]);
    expect(contacts.TS2211).toEqual([evContact]);
    expect(contacts.TS1384).toEqual([]);
  });
});
