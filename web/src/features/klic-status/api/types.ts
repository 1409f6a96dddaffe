export type MeldingState = 'requested' | 'partial' | 'complete';

export const statusFilters = [
  'all',
  'requested',
  'partial',
  'complete',
  'linked',
  'unlinked',
  'expired',
] as const;
export type StatusFilter = (typeof statusFilters)[number];
export type StatusSort = 'meldnummer' | 'referentie' | 'project' | 'state' | 'expiresOn' | 'receivedAt';

export type StatusRow = {
  id: string;
  meldnummer: string;
  referentie: string | null;
  state: MeldingState;
  volgnummer: number | null;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  linked: boolean;
  expiresOn: string | null;
  expired: boolean;
  requestedAt: string | null;
  receivedAt: string | null;
};

export type StatusListState = {
  search: string;
  state: StatusFilter;
  sort: StatusSort;
  direction: 'asc' | 'desc';
  page: number;
};

export type ReceiptFilter = 'all' | 'awaiting' | 'delivered';

export type ReceiptRow = {
  id: string;
  meldnummer: string;
  referentie: string | null;
  projectNumber: string | null;
  subProject: string | null;
  state: MeldingState;
  requestedAt: string | null;
  awaiting: boolean;
  deliveredAt: string | null;
  volgnummer: number | null;
  workingDaysWaiting: number | null;
};

export type ReceiptPage = {
  items: ReceiptRow[];
  total: number;
  counts: { awaiting: number; delivered: number };
};
