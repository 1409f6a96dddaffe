import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldRegistration, klicMelding } from '../../infra/db/schema/index.ts';
import { aTestUser } from '../../infra/testing/factories.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aStoredMelding, type StoredMelding, send } from './testing/stored-melding.ts';

// The page of one KLIC: the request's dates, "Klic contacten" and "Preventie rapporten".

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async (klic: StoredMelding, part: string) => {
  const response = await send(t, klic.cookie, 'GET', `/api/klic/meldingen/${klic.meldingId}/${part}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('the request facts', () => {
  it('gives the melding date, the Verloopdatum, the toelichting and the dates of the work', async () => {
    const klic = await aStoredMelding(t);
    await t.database.db
      .update(klicMelding)
      .set({ meldingDate: '2026-03-02', expiresOn: '2026-03-30', toelichting: 'Let op de hoofdkraan' })
      .where(eq(klicMelding.id, klic.meldingId));
    const { aanvraag } = await get(klic, 'aanvraag');
    expect(aanvraag).toMatchObject({
      meldingDate: '2026-03-02',
      expiresOn: '2026-03-30',
      toelichting: 'Let op de hoofdkraan',
      aanvraagDatum: expect.stringMatching(/^2026-/),
      startDatum: expect.stringMatching(/^2026-/),
      eindDatum: expect.stringMatching(/^2026-/),
    });
  });
});

describe('Klic contacten', () => {
  it("lists each operator's contacts for net information, damage and the EV", async () => {
    const klic = await aStoredMelding(t);
    const { operators } = await get(klic, 'contacts');
    expect(operators.map((each: { bronhoudercode: string }) => each.bronhoudercode)).toEqual([
      'VW0001',
      'VW0002',
      'VW0003',
    ]);
    const [withEv, , withoutEv] = operators;
    expect(withEv).toMatchObject({
      ev: true,
      name: expect.any(String),
      netinformatie: [expect.objectContaining({ telefoon: expect.any(String), email: expect.any(String) })],
      beschadiging: [expect.objectContaining({ email: 'storingen.vw0001@example.nl' })],
      eisVoorzorgsmaatregel: [expect.objectContaining({ email: 'voorzorgsmaatregel.vw0001@example.nl' })],
    });
    expect(withoutEv).toMatchObject({ ev: false, eisVoorzorgsmaatregel: [] });
  });
});

describe('Preventie rapporten', () => {
  it('is empty until field workers register something, then lists it newest first with who did it', async () => {
    const klic = await aStoredMelding(t);
    expect(await get(klic, 'registrations')).toEqual({ registrations: [] });
    const worker = await aTestUser(
      t.database.db,
      { organisationId: klic.organisationId, regionIds: [klic.regionId] },
      { rights: ['fieldWorker'], name: 'Veld Werker' },
    );
    const registration = (kind: 'proefsleuf' | 'graafschade', recordedAt: string) => ({
      organisationId: klic.organisationId,
      meldingId: klic.meldingId,
      kind,
      position: [136_180, 452_640] as [number, number],
      details:
        kind === 'proefsleuf'
          ? { depthCm: 120, found: 'Laagspanningskabel', note: 'Ondieper dan getekend' }
          : { hit: 'Gasleiding', bronhoudercode: 'KL1031', reportedToOperator: true, reportedAt: recordedAt },
      recordedAt: new Date(recordedAt),
      recordedBy: worker.userId,
      idempotencyKey: randomUUID(),
    });
    await t.database.db
      .insert(fieldRegistration)
      .values([
        registration('proefsleuf', '2026-03-01T09:00:00Z'),
        registration('graafschade', '2026-03-02T09:00:00Z'),
      ]);
    const { registrations } = await get(klic, 'registrations');
    expect(registrations).toEqual([
      expect.objectContaining({
        kind: 'graafschade',
        recordedAt: '2026-03-02T09:00:00.000Z',
        recordedBy: 'Veld Werker',
      }),
      expect.objectContaining({ kind: 'proefsleuf', position: [136_180, 452_640] }),
    ]);
    // The details as the planner reads them, as in the PDF: Dutch labels and values, the note apart.
    expect(registrations[1].lines).toEqual([
      { key: 'depthCm', label: 'Diepte (cm)', value: '120' },
      { key: 'found', label: 'Aangetroffen', value: 'Laagspanningskabel' },
    ]);
    expect(registrations[1].note).toBe('Ondieper dan getekend');
    expect(registrations[0].lines).toContainEqual({
      key: 'reportedToOperator',
      label: expect.stringMatching(/netbeheerder/i),
      value: 'Ja',
    });
  });
});

describe('another organisation', () => {
  it('gets 404 for the facts, contacts and registrations of our KLIC', async () => {
    const ours = await aStoredMelding(t);
    const theirs = await aStoredMelding(t, { meldnummer: '26G0007002' });
    for (const part of ['aanvraag', 'contacts', 'registrations']) {
      const response = await send(t, theirs.cookie, 'GET', `/api/klic/meldingen/${ours.meldingId}/${part}`);
      expect(response.statusCode, part).toBe(404);
    }
    expect(
      (await send(t, ours.cookie, 'GET', `/api/klic/meldingen/${randomUUID()}/contacts`)).statusCode,
    ).toBe(404);
    expect((await send(t, ours.cookie, 'GET', '/api/klic/meldingen/not-a-uuid/contacts')).statusCode).toBe(
      422,
    );
  });
});
