import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { klicDelivery, klicIntake, klicMelding } from '../../../infra/db/schema/index.ts';
import { aTestOrganisation, aTestUser, logIn } from '../../../infra/testing/factories.ts';
import { klicSample } from '../../../infra/testing/klic-samples.ts';
import { type TestApp, testPublicUrl } from '../../../infra/testing/test-app.ts';

// Helpers for the KLIC intake's integration tests: a planner of a fresh organisation, uploads, and what got stored.

/** A planner assigned to the organisation's first region, where their projects go. */
export type PlannerSession = { organisationId: string; regionId: string; cookie: string };

export async function aPlanner(t: TestApp): Promise<PlannerSession> {
  const org = await aTestOrganisation(t.database.db);
  const regionId = org.regionIds[0] as string;
  const planner = await aTestUser(t.database.db, org, { rights: ['workPlanner'], regionIds: [regionId] });
  return { organisationId: org.organisationId, regionId, cookie: await logIn(t.app, planner) };
}

export function upload(
  t: TestApp,
  cookie: string,
  name: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/klic/uploads?name=${encodeURIComponent(name)}`,
    headers: { cookie, origin: testPublicUrl, 'content-type': 'application/octet-stream', ...headers },
    payload: body,
  });
}

export function getJson(t: TestApp, cookie: string, url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
}

/** Uploads a file, runs the queue (also what the upload queued in turn) and answers the intake as shown. */
export async function uploadAndProcess(t: TestApp, planner: PlannerSession, name: string, body: Buffer) {
  const response = await upload(t, planner.cookie, name, body);
  expect(response.statusCode, response.body).toBe(202);
  await t.klic.runQueuedIntakes();
  return (await getJson(t, planner.cookie, `/api/klic/intakes/${response.json().intake.id}`)).json().intake;
}

/** The organisation's intakes as the planner sees them, newest first. */
export async function intakesOf(t: TestApp, planner: PlannerSession) {
  return (await getJson(t, planner.cookie, '/api/klic/intakes')).json().intakes as Array<
    Record<string, unknown>
  >;
}

/** The organisation's meldingen as the planner sees them on "Ongekoppelde klics" (all of them). */
export async function meldingenOf(t: TestApp, planner: PlannerSession) {
  return (await getJson(t, planner.cookie, '/api/klic/meldingen')).json().meldingen as Array<
    Record<string, unknown>
  >;
}

/** What the organisation has in the database and the blob store. */
export async function storedState(t: TestApp, organisationId: string) {
  const db = t.database.db;
  const [intakes, meldingen, deliveries] = await Promise.all([
    db.select().from(klicIntake).where(eq(klicIntake.organisationId, organisationId)),
    db.select().from(klicMelding).where(eq(klicMelding.organisationId, organisationId)),
    db.select().from(klicDelivery).where(eq(klicDelivery.organisationId, organisationId)),
  ]);
  return {
    intakes,
    meldingen,
    deliveries,
    files: await filesUnder(path.join(t.klic.filesDir, organisationId)),
  };
}

/** Every file below a folder (relative paths); none when the folder does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * A sample delivery with its GI XML changed (a later volgnummer, another referentie), re-zipped in memory:
 * the Kadaster's data never lands in the repository.
 */
export async function sampleVariant(
  sampleFile: string,
  replacements: ReadonlyArray<readonly [RegExp, string]>,
): Promise<Buffer> {
  const source = await yauzl.openPromise(klicSample(sampleFile));
  const target = new ZipFile();
  try {
    for await (const entry of source.eachEntry()) {
      if (entry.fileName.endsWith('/')) {
        target.addEmptyDirectory(entry.fileName);
        continue;
      }
      let content = await buffer(await source.openReadStreamPromise(entry));
      if (/\/GI_gebiedsinformatielevering_[^/]*\.xml$/.test(entry.fileName)) {
        let xml = content.toString('utf8');
        for (const [pattern, replacement] of replacements) {
          expect(xml, `${sampleFile} has ${pattern}`).toMatch(pattern);
          xml = xml.replace(pattern, replacement);
        }
        content = Buffer.from(xml, 'utf8');
      }
      target.addBuffer(content, entry.fileName);
    }
  } finally {
    source.close();
  }
  target.end();
  return buffer(target.outputStream);
}

export const volgnummer = (n: number) =>
  [/<imkl:leveringsvolgnummer>\s*\d+\s*</, `<imkl:leveringsvolgnummer>${n}<`] as const;
export const compleet = (complete: boolean) =>
  [/<imkl:indicatieLeveringCompleet>\s*\w+\s*</, `<imkl:indicatieLeveringCompleet>${complete}<`] as const;
export const referentie = (text: string) => [/<imkl:referentie>[^<]*</, `<imkl:referentie>${text}<`] as const;
