import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicEvHandling, klicMelding, project } from '../../infra/db/schema/index.ts';
import type { IsoDate, WorkdayCalendar } from '../../infra/workdays/index.ts';
import {
  activeProjectStatuses,
  evWarningWorkdays,
  type KlicWarning,
  type KlicWarnings,
  maxListedPerKind,
  type WarningKind,
} from './warning-model.ts';

type Options = { today: IsoDate; calendar: WorkdayCalendar; expiringWithinWorkdays: number };

const meldingColumns = {
  meldingId: klicMelding.id,
  meldnummer: klicMelding.meldnummer,
  projectId: klicMelding.projectId,
  projectNumber: project.number,
  subProject: klicMelding.subProject,
  expiresOn: klicMelding.expiresOn,
  startDate: project.startDate,
};
type MeldingRow = {
  meldingId: string;
  meldnummer: string;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  expiresOn: string | null;
  startDate: string | null;
};
const total = sql<number>`count(*) over ()`.mapWith(Number);
const isActive = inArray(project.status, [...activeProjectStatuses]);

/**
 * The warnings of an organisation on `today` (an Amsterdam date), in three queries. Working-day
 * distances become date bounds first (the n-th working day after today), so SQL compares plain dates.
 */
export async function computeKlicWarnings(
  db: Executor,
  organisationId: string,
  { today, calendar, expiringWithinWorkdays }: Options,
): Promise<KlicWarnings> {
  // workingDaysBetween(today, d) <= n  ⟺  d < the (n + 1)-th working day after today.
  const expiringBefore = calendar.addWorkingDays(today, expiringWithinWorkdays + 1);
  const evStartBefore = calendar.addWorkingDays(today, evWarningWorkdays + 1);
  const workdaysLeft = (expiresOn: string | null) =>
    expiresOn === null ? null : calendar.workingDaysBetween(today, expiresOn);

  // Only for work still to do: a completed or cancelled project needs no warning about its KLICs.
  const expiring = await validityRows(db, organisationId, [
    gte(klicMelding.expiresOn, today),
    lt(klicMelding.expiresOn, expiringBefore),
    isActive,
  ]);
  const expired = await validityRows(db, organisationId, [lt(klicMelding.expiresOn, today), isActive]);
  const partial = await db
    .select({ ...meldingColumns, total })
    .from(klicMelding)
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .where(
      and(
        eq(klicMelding.organisationId, organisationId),
        eq(klicMelding.state, 'partial'),
        or(isNull(klicMelding.projectId), isActive),
      ),
    )
    .orderBy(asc(klicMelding.meldnummer))
    .limit(maxListedPerKind);
  const ev = await openEvRows(db, organisationId, evStartBefore);

  const toWarning = (kind: WarningKind) => (row: MeldingRow) => ({
    kind,
    meldingId: row.meldingId,
    meldnummer: row.meldnummer,
    projectId: row.projectId,
    projectNumber: row.projectNumber,
    subProject: row.subProject,
    expiresOn: row.expiresOn,
    workdaysLeft: workdaysLeft(row.expiresOn),
    startDate: row.startDate,
    operators: [],
  });
  const warnings: KlicWarning[] = [
    ...expiring.map(toWarning('expiring')),
    ...expired.map(toWarning('expired')),
    ...partial.map(toWarning('partial')),
    ...ev.map((row) => ({ ...row, workdaysLeft: workdaysLeft(row.expiresOn) })),
  ];
  const counts: Record<WarningKind, number> = {
    expiring: expiring[0]?.total ?? 0,
    expired: expired[0]?.total ?? 0,
    partial: partial[0]?.total ?? 0,
    evOpen: ev.length,
  };
  return { today, expiringWithinWorkdays, warnings, counts };
}

/** Expiring or expired KLICs on projects whose "Geldigheid Klic > 20 werkdagen" box is not ticked. */
function validityRows(db: Executor, organisationId: string, conditions: SQL[]) {
  return db
    .select({ ...meldingColumns, total })
    .from(klicMelding)
    .innerJoin(project, eq(project.id, klicMelding.projectId))
    .where(
      and(
        eq(klicMelding.organisationId, organisationId),
        eq(project.organisationId, organisationId),
        eq(project.klicValidityOverride, false),
        isNotNull(klicMelding.expiresOn),
        ...conditions,
      ),
    )
    .orderBy(asc(klicMelding.expiresOn), asc(klicMelding.meldnummer))
    .limit(maxListedPerKind);
}

/** Open EV handlings on active projects starting before `startBefore`, one warning per KLIC. */
async function openEvRows(db: Executor, organisationId: string, startBefore: IsoDate) {
  const rows = await db
    .select({
      ...meldingColumns,
      operator: sql<string>`coalesce((
        select n->>'naam' from jsonb_array_elements(${klicDelivery.summary}->'netbeheerders') n
        where n->>'bronhoudercode' = ${klicEvHandling.bronhoudercode} and n->>'naam' <> '' limit 1
      ), ${klicEvHandling.bronhoudercode})`,
    })
    .from(klicEvHandling)
    .innerJoin(klicMelding, eq(klicMelding.id, klicEvHandling.meldingId))
    .innerJoin(project, eq(project.id, klicMelding.projectId))
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .where(
      and(
        eq(klicEvHandling.organisationId, organisationId),
        eq(project.organisationId, organisationId),
        eq(klicEvHandling.status, 'open'),
        isActive,
        lt(project.startDate, startBefore),
      ),
    )
    .orderBy(asc(project.startDate), asc(klicMelding.meldnummer), asc(klicEvHandling.bronhoudercode));
  const byMelding = new Map<string, KlicWarning>();
  for (const { operator, ...row } of rows) {
    const warning = byMelding.get(row.meldingId) ?? {
      ...row,
      kind: 'evOpen' as const,
      workdaysLeft: null,
      operators: [],
    };
    warning.operators.push(operator);
    byMelding.set(row.meldingId, warning);
  }
  return [...byMelding.values()];
}
