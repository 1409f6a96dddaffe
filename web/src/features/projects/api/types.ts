export const projectStatuses = ['new', 'inExecution', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];
export type StatusFilter = 'open' | 'all' | ProjectStatus;
export type ProjectSort = 'number' | 'description' | 'status' | 'startDate' | 'updatedAt' | 'klics';

export type ProjectRow = {
  id: string;
  number: string;
  description: string;
  regionId: string | null;
  status: ProjectStatus;
  startDate: string | null;
  klicValidityOverride: boolean;
  updatedAt: string;
  klics: number;
};

export type ProjectPage = { items: ProjectRow[]; total: number };

export type ListState = {
  search: string;
  status: StatusFilter;
  sort: ProjectSort;
  direction: 'asc' | 'desc';
  page: number;
};

export type ProjectInput = {
  number: string;
  description: string;
  status: ProjectStatus;
  startDate: string | null;
  klicValidityOverride: boolean;
  fieldWorkerIds: string[];
};

export type ProjectFieldWorker = { userId: string; name: string };

export type ProjectDetail = ProjectRow & { fieldWorkers: ProjectFieldWorker[] };

export type FieldWorkerOption = ProjectFieldWorker & { regions: Array<{ id: string; name: string }> };

/** One entry of the project's logbook; `before`/`after` hold only what changed. */
export type ProjectLogEntry = {
  id: number;
  createdAt: string;
  actorName: string | null;
  action: 'create' | 'update' | 'delete' | 'security';
  event: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type ProjectLogPage = { items: ProjectLogEntry[]; total: number };
