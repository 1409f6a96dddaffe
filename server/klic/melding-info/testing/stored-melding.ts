import { buffer } from 'node:stream/consumers';
import { expect } from 'vitest';
import type { TestApp } from '../../../infra/testing/test-app.ts';
import { testPublicUrl } from '../../../infra/testing/test-app.ts';
import type { GenerateOptions } from '../../generator/generate-delivery.ts';
import { generateDelivery } from '../../generator/generate-delivery.ts';
import { aPlanner, type PlannerSession, uploadAndProcess } from '../../intake/testing/klic-intake-testkit.ts';

// A planner of a fresh organisation with one stored, generated KLIC: the starting point of the tests of
// the KLIC page's routes (EV, own attachments, contacts, registrations).

export type StoredMelding = PlannerSession & { meldingId: string };

/** Generated operators are VW0001, VW0002 …; the first `evOperators` of them set an EV. */
export async function aStoredMelding(
  t: TestApp,
  options: Partial<GenerateOptions> = {},
): Promise<StoredMelding> {
  const planner = await aPlanner(t);
  const zip = await buffer(
    generateDelivery({
      meldnummer: '26G0007001',
      operators: 3,
      evOperators: 2,
      cablesPerOperator: 2,
      ...options,
    }),
  );
  const intake = await uploadAndProcess(t, planner, 'Levering.zip', zip);
  expect(intake, JSON.stringify(intake)).toMatchObject({ status: 'done', outcome: 'delivery' });
  return { ...planner, meldingId: intake.meldingId as string };
}

export function send(
  t: TestApp,
  cookie: string,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
) {
  return t.app.inject({
    method,
    url,
    headers: { cookie, origin: testPublicUrl },
    ...(payload === undefined ? {} : { payload }),
  });
}
