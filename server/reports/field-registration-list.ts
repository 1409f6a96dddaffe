import { sql } from 'drizzle-orm';
import type { Database } from '../infra/db/database.ts';
import type { FieldRegistrationKind } from '../infra/db/schema/index.ts';
import type { Position } from '../klic/imkl/imkl-model.ts';
import type { Period } from './report-params.ts';
import { type ReportScope, regionCondition, regionNameOf, rowsOf } from './report-scope.ts';

type Row = {
  day: string;
  time: string;
  kind: FieldRegistrationKind;
  meldnummer: string;
  project_number: string | null;
  project_description: string | null;
  sub_project: string | null;
  region_id: string | null;
  worker: string | null;
  position: Position | null;
  details: Record<string, unknown>;
  photos: number;
};

/**
 * Every field registration recorded in the period (its Amsterdam day), oldest first, with the KLIC, its
 * project and region, the worker and the number of photos: the rows of "Alle registraties".
 */
export async function fieldRegistrationList(
  db: Database,
  scope: ReportScope,
  options: Period & { limit: number },
) {
  const local = sql`(r.recorded_at at time zone 'Europe/Amsterdam')`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      select to_char(${local}, 'YYYY-MM-DD') as day, to_char(${local}, 'HH24:MI') as time, r.kind,
        m.meldnummer, p.number as project_number, p.description as project_description, m.sub_project,
        p.region_id, u.name as worker, r.position, r.details,
        (select count(*)::int from field_registration_photos f
          where f.registration_id = r.id and f.organisation_id = r.organisation_id) as photos
      from field_registrations r
        join klic_meldingen m on m.id = r.melding_id and m.organisation_id = r.organisation_id
        left join projects p on p.id = m.project_id
        left join users u on u.id = r.recorded_by
      where r.organisation_id = ${scope.organisationId} and ${regionCondition(scope, sql`p.region_id`)}
        and ${local}::date between ${options.from}::date and ${options.to}::date
      order by r.recorded_at, r.created_at
      limit ${options.limit}`),
  );
  return rows.map((row) => ({
    day: row.day,
    time: row.time,
    kind: row.kind,
    meldnummer: row.meldnummer,
    projectNumber: row.project_number,
    projectDescription: row.project_description,
    subProject: row.sub_project,
    regionName: regionNameOf(scope, row.region_id),
    worker: row.worker,
    position: row.position,
    details: row.details ?? {},
    photos: row.photos,
  }));
}

export type FieldRegistrationListRow = Awaited<ReturnType<typeof fieldRegistrationList>>[number];
