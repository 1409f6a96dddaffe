import type { ContactMethod, EvHandling, EvHandlingInput, EvStatus } from '../api/types';

/** What the EV form holds while the planner types: text as typed, the date as the date field gives it. */
export type EvForm = {
  instructions: string;
  contactName: string;
  contactedOn: string;
  contactMethod: ContactMethod | null;
  notes: string;
};

export const evLimits = { instructions: 4000, contactName: 200, notes: 4000 } as const;

export function evFormFrom(handling: EvHandling): EvForm {
  return {
    instructions: handling.instructions,
    contactName: handling.contactName,
    contactedOn: handling.contactedOn ?? '',
    contactMethod: handling.contactMethod,
    notes: handling.notes,
  };
}

/** The body of PUT …/ev/:bronhoudercode: the form with the status chosen by the button pressed. */
export function evInput(form: EvForm, status: EvStatus): EvHandlingInput {
  return {
    status,
    instructions: form.instructions.trim(),
    contactName: form.contactName.trim(),
    contactedOn: form.contactedOn || null,
    contactMethod: form.contactMethod,
    notes: form.notes.trim(),
  };
}

/** Today in the Netherlands as 'YYYY-MM-DD': the latest day a contact can have taken place. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** A contact date the server would refuse, checked before sending so the planner sees it at once. */
export function contactDateProblem(form: EvForm, today = todayInAmsterdam()): 'inFuture' | null {
  return form.contactedOn && form.contactedOn > today ? 'inFuture' : null;
}
