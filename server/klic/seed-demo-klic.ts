import { and, eq } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import {
  organisationHelpdesk,
  organization,
  project,
  projectFieldWorker,
  reasonListItem,
  team,
  user,
} from '../infra/db/schema/index.ts';
import type { BlobStore } from '../infra/files/index.ts';
import { generateDelivery } from './generator/generate-delivery.ts';
import { storeDelivery } from './intake/store-delivery.ts';

const DAY_MS = 86_400_000;
const demoDeliveries = [
  { meldnummer: '26G0000101', referentie: 'P-2026-001;Fase 1', complete: true, seed: 101, daysAgo: 3 },
  { meldnummer: '26O0000102', referentie: 'P-2026-002', complete: false, seed: 102, daysAgo: 1 },
];

const demoReasons = {
  abortExecution: [
    'Afwijkende ligging kabels en leidingen',
    'Weersomstandigheden',
    'Geen toegang tot de locatie',
  ],
  abortInspection: ['Klant niet aanwezig', 'Locatie niet bereikbaar'],
  incompleteInspection: ['Foto’s ontbreken', 'Meetgegevens ontbreken'],
  incompleteExecution: ['Materiaal ontbreekt', 'Herstel bestrating volgt later'],
} as const;

/**
 * The demo organisation's KLIC data on first start: project P-2026-001 with its field worker and a linked
 * graafmelding (with an EV) requested three days ago, and an oriëntatieverzoek for P-2026-002 that waits
 * unlinked — generated deliveries, never Kadaster data; besides, reason lists and a helpdesk contact.
 */
export async function seedDemoKlic(db: Database, blobs: BlobStore, organisationName: string): Promise<void> {
  const [organisation] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.name, organisationName));
  if (!organisation) return;
  const organisationId = organisation.id;
  const [nieuwegein] = await db
    .select({ id: team.id })
    .from(team)
    .where(and(eq(team.organizationId, organisationId), eq(team.name, 'Nieuwegein')));
  const [demoProject] = await db
    .insert(project)
    .values({
      organisationId,
      regionId: nieuwegein?.id ?? null,
      number: 'P-2026-001',
      description: 'Vervanging gasleiding Nieuwegein-Zuid',
      status: 'inExecution',
      startDate: '2026-12-07',
    })
    .returning({ id: project.id });
  const [monteur] = await db
    .select({ id: user.id })
    .from(user)
    .where(eq(user.email, 'monteur@demo.veldwerk.nl'));
  if (demoProject && monteur) {
    await db
      .insert(projectFieldWorker)
      .values({ organisationId, projectId: demoProject.id, userId: monteur.id });
  }
  await seedDemoCompanyLists(db, organisationId);
  for (const { daysAgo, ...delivery } of demoDeliveries) {
    const key = `${organisationId}/klic/intake/demo-${delivery.meldnummer}.zip`;
    const stored = await blobs.put(
      key,
      generateDelivery({
        ...delivery,
        operators: 5,
        cablesPerOperator: 25,
        requestedAt: new Date(Date.now() - daysAgo * DAY_MS),
      }),
    );
    await storeDelivery(db, blobs, {
      organisationId,
      actor: null,
      zipBlobKey: key,
      zipSha256: stored.sha256,
      zipBytes: stored.size,
    });
  }
}

/** The demo organisation's reason lists and its own helpdesk contact. */
async function seedDemoCompanyLists(db: Database, organisationId: string): Promise<void> {
  await db.insert(reasonListItem).values(
    Object.entries(demoReasons).flatMap(([list, texts]) =>
      texts.map((text, position) => ({
        organisationId,
        list: list as keyof typeof demoReasons,
        text,
        position,
      })),
    ),
  );
  await db.insert(organisationHelpdesk).values({
    organisationId,
    name: 'Servicedesk Demo Aannemer',
    email: 'servicedesk@demo.veldwerk.nl',
    phone: '030 123 45 67',
    hours: 'Werkdagen van 8.00 tot 17.00 uur',
  });
}
