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
};
