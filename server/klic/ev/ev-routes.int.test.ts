import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, klicEvHandling } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { addCalendarDays, toAmsterdamDate } from '../../infra/workdays/iso-date.ts';
import { aStoredMelding, type StoredMelding, send } from '../melding-info/testing/stored-melding.ts';

// "EV afhandelen": the operators with an EV on a KLIC, the handling of each, and the status of all at once.

type EvOperatorJson = {
  bronhoudercode: string;
  name: string | null;
  themes: string[];
  contacts: unknown[];
  documents: Array<{ name: string; url: string; evCode: string | null }>;
  handling: Record<string, unknown>;
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const evOf = async (klic: StoredMelding) => {
  const response = await send(t, klic.cookie, 'GET', `/api/klic/meldingen/${klic.meldingId}/ev`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().operators as EvOperatorJson[];
};
const saveHandling = (klic: StoredMelding, code: string, body: object) =>
  send(t, klic.cookie, 'PUT', `/api/klic/meldingen/${klic.meldingId}/ev/${encodeURIComponent(code)}`, body);
const setStatus = (klic: StoredMelding, status: string) =>
  send(t, klic.cookie, 'PUT', `/api/klic/meldingen/${klic.meldingId}/ev-status`, { status });
const rowsOf = (meldingId: string) =>
  t.database.db.select().from(klicEvHandling).where(eq(klicEvHandling.meldingId, meldingId));
const auditOf = (meldingId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'klic'), eq(auditLog.entityId, meldingId)));

const filled = {
  status: 'handled',
  instructions: 'Proefsleuf graven bij de kruising; netbeheerder aanwezig bij het graven.',
  contactName: 'Jan de Vries',
  contactedOn: '2026-01-05',
  contactMethod: 'phone',
  notes: 'Afspraak bevestigd per mail.',
};

describe('the EV operators of a KLIC', () => {
  it('lists each operator with an EV, its EV documents (downloadable), contacts and an open handling', async () => {
    const klic = await aStoredMelding(t);
    const operators = await evOf(klic);
    expect(operators.map((each) => each.bronhoudercode)).toEqual(['VW0001', 'VW0002']);
    for (const operator of operators) {
      expect(operator.name).toEqual(expect.any(String));
      expect(operator.themes.length).toBeGreaterThan(0);
      expect(operator.contacts.length).toBeGreaterThan(0);
      expect(operator.handling).toEqual({
        status: 'open',
        instructions: '',
        contactName: '',
        contactedOn: null,
        contactMethod: null,
        notes: '',
        handledAt: null,
        handledBy: null,
      });
      expect(operator.documents).toEqual([
        expect.objectContaining({ name: expect.stringMatching(/^nl\.imkl-VW000\d_.*EV_.*\.pdf$/) }),
      ]);
      const [document] = operator.documents;
      expect(document?.evCode).toMatch(/-T-W\d$/);
      const file = await send(t, klic.cookie, 'GET', document?.url as string);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('counts an EV operator without a handling row as open, and saving creates the row', async () => {
    const klic = await aStoredMelding(t);
    await t.database.db.delete(klicEvHandling).where(eq(klicEvHandling.meldingId, klic.meldingId));
    expect((await evOf(klic)).map((each) => each.handling.status)).toEqual(['open', 'open']);
    expect((await saveHandling(klic, 'VW0002', filled)).statusCode).toBe(200);
    expect(await rowsOf(klic.meldingId)).toEqual([
      expect.objectContaining({ bronhoudercode: 'VW0002', status: 'handled' }),
    ]);
  });

  it('answers an empty list for a KLIC without EV', async () => {
    const klic = await aStoredMelding(t, { evOperators: 0 });
    expect(await evOf(klic)).toEqual([]);
  });
});

describe('handling one EV', () => {
  it('stores what the field worker must do, the contact and the notes, with who settled it and when', async () => {
    const klic = await aStoredMelding(t);
    const response = await saveHandling(klic, 'VW0001', filled);
    expect(response.statusCode, response.body).toBe(200);
    const [first, second] = response.json().operators;
    expect(first.handling).toMatchObject({
      ...filled,
      handledAt: expect.any(String),
      handledBy: expect.stringMatching(/\S/),
    });
    expect(second.handling.status).toBe('open');
    expect(await evOf(klic)).toEqual(response.json().operators);
    const audit = await auditOf(klic.meldingId);
    expect(audit).toContainEqual(
      expect.objectContaining({
        event: 'klic.ev_handling_saved',
        after: expect.objectContaining({ bronhoudercode: 'VW0001', status: 'handled' }),
      }),
    );
  });

  it('keeps when it was settled while the status stays, and clears it when the EV is open again', async () => {
    const klic = await aStoredMelding(t);
    const settled = (await saveHandling(klic, 'VW0001', filled)).json().operators[0].handling;
    const edited = (await saveHandling(klic, 'VW0001', { ...filled, notes: 'Nog een notitie' })).json()
      .operators[0].handling;
    expect(edited).toMatchObject({ notes: 'Nog een notitie', handledAt: settled.handledAt });
    const reopened = (await saveHandling(klic, 'VW0001', { ...filled, status: 'open' })).json().operators[0]
      .handling;
    expect(reopened).toMatchObject({ status: 'open', handledAt: null, handledBy: null, notes: filled.notes });
  });

  it('accepts a form with only a status (empty texts, no contact date)', async () => {
    const klic = await aStoredMelding(t);
    const response = await saveHandling(klic, 'VW0002', { status: 'noInterest' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().operators[1].handling).toMatchObject({
      status: 'noInterest',
      instructions: '',
      contactedOn: null,
      contactMethod: null,
    });
  });

  it.each([
    ['instructions over 4000 characters', { instructions: 'x'.repeat(4001) }, 'instructions'],
    ['notes over 4000 characters', { notes: 'x'.repeat(4001) }, 'notes'],
    ['a contact name over 200 characters', { contactName: 'x'.repeat(201) }, 'contactName'],
    ['a contact date that is no date', { contactedOn: '2026-02-30x' }, 'contactedOn'],
    ['an unknown contact method', { contactMethod: 'pigeon' }, 'contactMethod'],
    ['an unknown status', { status: 'done' }, 'status'],
  ])('refuses %s and stores nothing', async (_, change, field) => {
    const klic = await aStoredMelding(t);
    const response = await saveHandling(klic, 'VW0001', { ...filled, ...change });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toHaveProperty(field);
    expect((await evOf(klic))[0]?.handling.status).toBe('open');
  });

  it('refuses a contact date in the future with a sentence', async () => {
    const klic = await aStoredMelding(t);
    const tomorrow = addCalendarDays(toAmsterdamDate(new Date()), 1);
    const response = await saveHandling(klic, 'VW0001', { ...filled, contactedOn: tomorrow });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      reason: 'klic.ev_contacted_in_future',
      fields: { contactedOn: 'in_future' },
      message: expect.stringContaining('toekomst'),
    });
    const today = await saveHandling(klic, 'VW0001', { ...filled, contactedOn: toAmsterdamDate(new Date()) });
    expect(today.statusCode).toBe(200);
  });

  it.each([
    ['an operator without an EV on this KLIC', 'VW0003'],
    ['an operator that is not on this KLIC', 'KL9999'],
    ['a code with path characters', '../VW0001'],
  ])('answers 404 with a reason for %s', async (_, code) => {
    const klic = await aStoredMelding(t);
    const response = await saveHandling(klic, code, filled);
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({
      reason: 'klic.ev_operator_unknown',
      message: expect.stringContaining(code),
    });
    expect((await rowsOf(klic.meldingId)).map((row) => row.status)).toEqual(['open', 'open']);
  });
});

describe('the EV status of the whole KLIC', () => {
  it('sets every EV operator handled, "no interest" or open again, keeping what was written', async () => {
    const klic = await aStoredMelding(t);
    await saveHandling(klic, 'VW0001', { ...filled, status: 'open' });
    const handled = await setStatus(klic, 'handled');
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json().operators.map((each: EvOperatorJson) => each.handling.status)).toEqual([
      'handled',
      'handled',
    ]);
    expect(handled.json().operators[0].handling.instructions).toBe(filled.instructions);
    const none = (await setStatus(klic, 'noInterest')).json().operators;
    expect(none.map((each: EvOperatorJson) => each.handling.status)).toEqual(['noInterest', 'noInterest']);
    const open = (await setStatus(klic, 'open')).json().operators;
    expect(open.map((each: EvOperatorJson) => each.handling)).toEqual([
      expect.objectContaining({ status: 'open', handledAt: null, notes: filled.notes }),
      expect.objectContaining({ status: 'open', handledAt: null }),
    ]);
    const events = (await auditOf(klic.meldingId)).filter((row) => row.event === 'klic.ev_status_set');
    expect(events).toHaveLength(3);
    expect(events.map((row) => row.after)).toContainEqual({
      status: { VW0001: 'handled', VW0002: 'handled' },
    });
  });

  it('refuses a KLIC without EV with a reason, and an unknown status', async () => {
    const klic = await aStoredMelding(t, { evOperators: 0 });
    const response = await setStatus(klic, 'handled');
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      reason: 'klic.melding_without_ev',
      message: expect.stringContaining('geen enkele netbeheerder'),
    });
    expect((await setStatus(klic, 'afgehandeld')).statusCode).toBe(422);
    expect(await rowsOf(klic.meldingId)).toEqual([]);
  });
});

describe('another organisation', () => {
  it('gets 404 on every EV route and changes nothing', async () => {
    const ours = await aStoredMelding(t);
    const theirs = await aStoredMelding(t, { meldnummer: '26G0007002' });
    const base = `/api/klic/meldingen/${ours.meldingId}`;
    expect((await send(t, theirs.cookie, 'GET', `${base}/ev`)).statusCode).toBe(404);
    expect((await send(t, theirs.cookie, 'PUT', `${base}/ev/VW0001`, filled)).statusCode).toBe(404);
    expect((await send(t, theirs.cookie, 'PUT', `${base}/ev-status`, { status: 'handled' })).statusCode).toBe(
      404,
    );
    expect((await rowsOf(ours.meldingId)).map((row) => row.status)).toEqual(['open', 'open']);
  });
});
