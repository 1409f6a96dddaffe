import type { HelpdeskInput } from '../api/types';

type Field = keyof HelpdeskInput;
export type ErrorKey = 'emailInvalid' | 'phoneInvalid' | 'tooLong' | 'invalid';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the form can tell before sending; the server checks the same and more. */
export function checkHelpdesk(input: HelpdeskInput): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  const email = input.email.trim();
  if (email && !emailPattern.test(email)) errors.email = 'emailInvalid';
  const phone = input.phone.trim();
  const digits = phone.replace(/\D/g, '').length;
  if (phone && (!/^[0-9+()\-. ]*$/.test(phone) || digits < 6 || digits > 15)) errors.phone = 'phoneInvalid';
  return errors;
}
