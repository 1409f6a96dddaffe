import type { IsoDate } from '../../infra/workdays/index.ts';

/** expiring: valid for at most N more working days; expired: on an active project; partial: delivery not complete; evOpen: EV not handled shortly before the start. */
export const warningKinds = ['expiring', 'expired', 'partial', 'evOpen'] as const;
export type WarningKind = (typeof warningKinds)[number];

export type KlicWarning = {
  kind: WarningKind;
  meldingId: string;
  meldnummer: string;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  expiresOn: IsoDate | null;
  /** Working days from today to the Verloopdatum: 0 on the last valid day, negative once expired. */
  workdaysLeft: number | null;
  startDate: IsoDate | null;
  /** evOpen: the operators whose EV is not handled yet (their name, else their bronhoudercode). */
  operators: string[];
};

export type KlicWarnings = {
  today: IsoDate;
  expiringWithinWorkdays: number;
  warnings: KlicWarning[];
  /** All warnings per kind, also those beyond the listed maximum. */
  counts: Record<WarningKind, number>;
};

/** Active projects: the statuses on which an expired KLIC or an open EV matters. */
export const activeProjectStatuses = ['new', 'inExecution'] as const;

/** A start date this many working days away (or less, or past) makes an open EV a warning. */
export const evWarningWorkdays = 3;

/** At most this many warnings of one kind are listed; the counts hold them all. */
export const maxListedPerKind = 200;
