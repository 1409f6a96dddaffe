import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPublicUrl } from '../infra/testing/test-app.ts';
import { aPlanner, type PlannerSession } from '../klic/intake/testing/klic-intake-testkit.ts';

let t: TestApp;
let planner: PlannerSession;

beforeAll(async () => {
  t = await createTestApp();
  planner = await aPlanner(t);
});
afterAll(() => t.close());

const create = (number: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/projects',
    headers: { cookie: planner.cookie, origin: testPublicUrl },
    payload: { number, description: 'Nieuwe aansluitingen' },
  });

describe('adding a project', () => {
  it('refuses a number the organisation already has with 409 on the number field', async () => {
    expect((await create('P-100')).statusCode).toBe(201);
    const again = await create('P-100');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({ number: 'already_exists' });
  });

  it('gives one 201 and one 409 (never a 500) when the same number is added twice at once', async () => {
    const answers = await Promise.all([create('P-200'), create('P-200')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/projects?search=P-200',
      headers: { cookie: planner.cookie },
    });
    expect(list.json().projects).toHaveLength(1);
  });

  it("refuses a number with ';', which separates project and sub-project in a KLIC reference", async () => {
    const response = await create('P-300;Fase 1');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toHaveProperty('number');
  });
});
