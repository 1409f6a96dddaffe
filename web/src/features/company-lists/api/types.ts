/** The four lists, in the order of the seed's menu. */
export const reasonLists = [
  'abortExecution',
  'abortInspection',
  'incompleteInspection',
  'incompleteExecution',
] as const;
export type ReasonList = (typeof reasonLists)[number];

export type ReasonItem = { id: string; text: string; position: number };

export type Helpdesk = {
  name: string;
  email: string;
  phone: string;
  hours: string;
  note: string;
  updatedAt: string;
};
export type HelpdeskInput = Omit<Helpdesk, 'updatedAt'>;
