import type { ReasonList } from './api/types';

/** The Dutch path segment of each reason list under /mijn-bedrijf/redenen/. */
export const reasonListSlugs: Record<ReasonList, string> = {
  abortExecution: 'afbreken-uitvoering',
  abortInspection: 'afbreken-schouw',
  incompleteInspection: 'incompleet-schouw',
  incompleteExecution: 'incompleet-uitvoering',
};

/** "Mijn bedrijf": the four reason lists and the organisation's helpdesk. */
export const companyListPaths = {
  reasonList: '/mijn-bedrijf/redenen/:list',
  reasonListOf: (list: ReasonList) => `/mijn-bedrijf/redenen/${reasonListSlugs[list]}`,
  helpdesk: '/mijn-bedrijf/helpdesk',
} as const;
