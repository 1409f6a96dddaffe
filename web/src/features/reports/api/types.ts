export type ReportName = 'klic-status' | 'klic-expiry' | 'open-evs' | 'field-registrations';
/** What can be downloaded as Excel: each report, and lists that exist only as a file. */
export type DownloadName = ReportName | 'field-registrations-list';
export type GroupBy = 'month' | 'week';
export type KlicState = 'requested' | 'partial' | 'complete';

/** What the filter bar holds; each report sends the part it uses. */
export type ReportFilters = {
  from: string;
  to: string;
  /** '' = all regions the user sees. */
  regionId: string;
  groupBy: GroupBy;
  basis: 'melding' | 'received';
  /** '' = the organisation's warning setting. */
  withinWorkdays: string;
};

type Region = { regionId: string | null; regionName: string | null };

export type KlicCounts = Record<KlicState | 'linked' | 'unlinked' | 'total', number>;
export type KlicStatusReport = {
  byPeriod: Array<KlicCounts & { period: string; start: string }>;
  byRegion: Array<KlicCounts & Region>;
  totals: KlicCounts;
};

export type KlicExpiryReport = {
  filters: { withinWorkdays: number; today: string };
  items: Array<
    Region & {
      meldingId: string;
      meldnummer: string;
      state: KlicState;
      expiresOn: string;
      expired: boolean;
      workdaysLeft: number;
      projectNumber: string;
      projectDescription: string;
      startDate: string | null;
    }
  >;
  byRegion: Array<Region & { expired: number; expiring: number }>;
  total: number;
  expired: number;
  expiring: number;
};

export type OpenEvReport = {
  items: Array<
    Region & {
      id: string;
      meldnummer: string;
      projectNumber: string | null;
      projectDescription: string | null;
      startDate: string | null;
      bronhoudercode: string;
      operatorName: string;
    }
  >;
  byOperator: Array<{ operatorName: string; count: number }>;
  total: number;
};

export const registrationKinds = ['proefsleuf', 'graafschade', 'afwijkendeLigging', 'onbekendNet'] as const;
export type RegistrationCounts = Record<(typeof registrationKinds)[number] | 'total', number>;
export type FieldRegistrationReport = {
  byPeriod: Array<RegistrationCounts & { period: string; start: string }>;
  byRegion: Array<RegistrationCounts & Region>;
  totals: RegistrationCounts;
};
