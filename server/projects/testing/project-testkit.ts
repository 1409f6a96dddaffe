import { aMeldingRow } from '../../infra/testing/klic-rows.ts';
import { type TestApp, testPublicUrl } from '../../infra/testing/test-app.ts';
import type { PlannerSession } from '../../klic/intake/testing/klic-intake-testkit.ts';

// Helpers for the project routes' integration tests.

export function send(
  t: TestApp,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  cookie: string,
  payload?: object,
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(payload ? { payload } : {}),
  });
}

export async function aProject(
  t: TestApp,
  planner: PlannerSession,
  fields: { number: string } & Record<string, unknown>,
): Promise<{ id: string; number: string; linkedKlics: number }> {
  const response = await send(t, 'POST', '/api/projects', planner.cookie, {
    regionId: planner.regionId,
    ...fields,
  });
  if (response.statusCode !== 201) throw new Error(`project not added: ${response.body}`);
  return response.json();
}

export async function listOf(t: TestApp, planner: PlannerSession, query: Record<string, string> = {}) {
  const search = new URLSearchParams({ regionId: planner.regionId, ...query });
  const response = await send(t, 'GET', `/api/projects?${search}`, planner.cookie);
  if (response.statusCode !== 200) throw new Error(`list failed: ${response.body}`);
  return response.json() as { items: Array<Record<string, unknown>>; total: number };
}

/** Waiting (requested) KLIC-meldingen with this reference, stored directly: the intake is tested elsewhere. */
export async function waitingMeldingen(
  t: TestApp,
  organisationId: string,
  referentie: string,
  count: number,
) {
  for (let i = 0; i < count; i++) {
    await aMeldingRow(t.database.db, organisationId, { referentie, state: 'requested' });
  }
}
