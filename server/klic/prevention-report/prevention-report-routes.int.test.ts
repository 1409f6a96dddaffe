import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeColour } from '../../../shared/pmkl-palette.ts';
import { klicFeature, klicMelding } from '../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../infra/testing/factories.ts';
import { aFieldRegistration, aMeldingRow } from '../../infra/testing/klic-rows.ts';
import { createTestApp, type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import type { Geometry, Position } from '../imkl/imkl-model.ts';
import { aPlanner } from '../intake/testing/klic-intake-testkit.ts';
import { aStoredMelding, type StoredMelding } from '../melding-info/testing/stored-melding.ts';
import { aPng, pdfText, strokeColours } from './testing/pdf-content.ts';
import { aPhoto } from './testing/photo-rows.ts';

// "Preventie rapporten": the PDF of a KLIC's field registrations, read back as text and drawing operations.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function download(cookie: string, meldingId: string, language = 'nl-NL') {
  return t.app.inject({
    method: 'GET',
    url: `/api/klic/meldingen/${meldingId}/prevention-report.pdf`,
    headers: { cookie, origin: testPublicUrl, 'accept-language': language },
  });
}

async function pdfOf(cookie: string, meldingId: string, language = 'nl-NL') {
  const response = await download(cookie, meldingId, language);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const pdf = response.rawPayload;
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { response, pdf, text: pdfText(pdf) };
}

/** A cable of the delivery and a point on it, to register something where the map has lines. */
async function aCableOf(klic: StoredMelding): Promise<{ theme: string; position: Position }> {
  const [cable] = await t.database.db
    .select({ theme: klicFeature.theme, geometry: klicFeature.geometry })
    .from(klicFeature)
    .where(
      and(
        eq(klicFeature.organisationId, klic.organisationId),
        isNotNull(klicFeature.theme),
        eq(klicFeature.type, 'Elektriciteitskabel'),
      ),
    )
    .limit(1);
  const geometry = cable?.geometry as Geometry & { type: 'LineString' };
  return { theme: cable?.theme as string, position: geometry.coordinates[0] as Position };
}

async function aWorker(klic: StoredMelding, name = 'Piet Veldman') {
  const org = { organisationId: klic.organisationId, regionIds: [klic.regionId] };
  return (await aTestUser(t.database.db, org, { rights: ['fieldWorker'], name })).userId;
}

describe('the prevention report PDF', () => {
  it('holds the facts, a map extract in PMKL colours, each registration with details, note and photo', async () => {
    const klic = await aStoredMelding(t);
    await t.database.db
      .update(klicMelding)
      .set({ subProject: 'Fase 2', meldingDate: '2026-03-02', expiresOn: '2026-03-30' })
      .where(eq(klicMelding.id, klic.meldingId));
    const cable = await aCableOf(klic);
    const workerId = await aWorker(klic);
    const [x, y] = cable.position;
    const trench = await aFieldRegistration(t.database.db, klic.organisationId, klic.meldingId, {
      kind: 'proefsleuf',
      position: [x, y],
      details: { depthCm: 120, found: 'Laagspanningskabel', note: 'Kabel ligt ondieper dan getekend' },
      recordedAt: new Date('2026-03-10T08:05:00Z'),
      recordedBy: workerId,
    });
    await aPhoto(t, klic.organisationId, trench, aPng(), 'image/png');
    await aFieldRegistration(t.database.db, klic.organisationId, klic.meldingId, {
      kind: 'graafschade',
      position: [x + 12, y - 7],
      details: { bronhoudercode: 'VW0001', reportedToOperator: true },
      recordedAt: new Date('2026-03-11T13:30:00Z'),
      recordedBy: workerId,
    });

    const { pdf, text, response } = await pdfOf(klic.cookie, klic.meldingId);
    expect(response.headers['content-disposition']).toContain('Preventierapport_26G0007001.pdf');
    for (const expected of [
      'Preventierapport 26G0007001',
      'Fase 2',
      'Graafmelding',
      '02-03-2026',
      'Kaartuitsnede',
      'Registratie 1: Proefsleuf',
      // 08:05 UTC is 09:05 in Amsterdam (winter time).
      '10-03-2026 09:05',
      'Piet Veldman',
      'Diepte (cm)',
      '120',
      'Laagspanningskabel',
      'Kabel ligt ondieper dan getekend',
      'Registratie 2: Graafschade',
      'Gemeld bij netbeheerder',
      'Ja',
      'Foto’s',
      'Pagina 1 van',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Schaal 1:\d+/);
    expect(text).toMatch(/x 1\d\d\.\d{3}/);
    // The photo is embedded as an image, the cable drawn in its theme's colour.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    const colour = themeColour(cable.theme);
    const rgb = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
    expect(strokeColours(pdf)).toContainEqual(rgb);
  });

  it('speaks English to an English reader', async () => {
    const klic = await aStoredMelding(t);
    await aFieldRegistration(t.database.db, klic.organisationId, klic.meldingId, {
      kind: 'afwijkendeLigging',
      position: null,
      details: { bronhoudercode: null, offsetCm: 40, description: 'Kabel 40 cm naar het oosten' },
      recordedAt: new Date('2026-07-01T10:00:00Z'),
    });
    const { text } = await pdfOf(klic.cookie, klic.meldingId, 'en-GB,en;q=0.9');
    expect(text).toContain('Prevention report 26G0007001');
    expect(text).toContain('Registration 1: Deviating position');
    expect(text).toContain('Offset (cm)');
    expect(text).toContain('No location recorded');
    expect(text).toContain('Unknown worker');
    // No registration has a location: no extract, and the reader is told why.
    expect(text).toContain('No map extract');
  });

  it('says that there are no registrations yet instead of failing', async () => {
    const klic = await aStoredMelding(t);
    const { text, pdf } = await pdfOf(klic.cookie, klic.meldingId);
    expect(text).toContain('Bij deze Klic-melding zijn nog geen registraties gedaan');
    expect(text).not.toContain('Kaartuitsnede');
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('names photos it cannot show (WebP, broken bytes, a lost file) and survives a hostile note', async () => {
    const klic = await aStoredMelding(t);
    const id = await aFieldRegistration(t.database.db, klic.organisationId, klic.meldingId, {
      kind: 'onbekendNet',
      position: (await aCableOf(klic)).position,
      details: { note: `💥 <script>alert(1)</script> ${'lang '.repeat(2000)}`, weird: { nested: [1, 2] } },
      recordedAt: new Date('2026-03-12T09:00:00Z'),
    });
    await aPhoto(t, klic.organisationId, id, Buffer.from('RIFF0000WEBPVP8 '), 'image/webp');
    await aPhoto(t, klic.organisationId, id, Buffer.from('not a jpeg at all'), 'image/jpeg');
    await aPhoto(t, klic.organisationId, id, aPng(), 'image/png', { store: false });
    const { text } = await pdfOf(klic.cookie, klic.meldingId);
    expect(text).toContain('Onbekend net');
    expect(text).toContain('Foto 1 (image/webp) kan niet in de PDF worden getoond');
    expect(text).toContain('Foto 2 (image/jpeg) kan niet in de PDF worden getoond');
    expect(text).toContain('Foto 3 (image/png) kan niet in de PDF worden getoond');
    expect(text).toContain('? <script>alert(1)</script> lang');
  });

  it('shows a KLIC that only has its receipt (no delivery) without a map', async () => {
    const planner = await aPlanner(t);
    const db = t.database.db;
    const { id: meldingId } = await aMeldingRow(db, planner.organisationId, {
      meldnummer: '26G0009999',
      state: 'requested',
    });
    await aFieldRegistration(db, planner.organisationId, meldingId, {
      kind: 'proefsleuf',
      position: [155000, 463000],
      recordedAt: new Date('2026-03-12T09:00:00Z'),
    });
    const { text } = await pdfOf(planner.cookie, meldingId);
    expect(text).toContain('Registratie 1: Proefsleuf');
    expect(text).toContain('Geen kaartuitsnede');
  });
});

describe('who may download it', () => {
  it('refuses users without the work planner right (403) and no session (401)', async () => {
    const klic = await aStoredMelding(t);
    const org = { organisationId: klic.organisationId, regionIds: [klic.regionId] };
    const worker = await aTestUser(t.database.db, org, { rights: ['fieldWorker', 'userAdmin'] });
    expect((await download(await logIn(t.app, worker), klic.meldingId)).statusCode).toBe(403);
    expect((await download('', klic.meldingId)).statusCode).toBe(401);
  });

  it("answers 404 for another organisation's KLIC and for an unknown one", async () => {
    const klic = await aStoredMelding(t);
    const other = await aTestOrganisation(t.database.db);
    const stranger = await aTestUser(t.database.db, other, {
      rights: ['workPlanner'],
      regionIds: other.regionIds,
    });
    const response = await download(await logIn(t.app, stranger), klic.meldingId);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
    expect((await download(klic.cookie, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
