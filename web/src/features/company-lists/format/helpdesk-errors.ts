import { isApiError } from '@/shared/api';
import type { HelpdeskInput } from '../api/types';
import type { ErrorKey } from './helpdesk-checks';

type Field = keyof HelpdeskInput;

/** The server's field problems as the form's texts. */
export function helpdeskFieldErrors(error: unknown): Partial<Record<Field, ErrorKey>> {
  if (!isApiError(error) || !error.fields) return {};
  const errors: Partial<Record<Field, ErrorKey>> = {};
  for (const [field, problem] of Object.entries(error.fields)) {
    if (field === 'email') errors.email = 'emailInvalid';
    else if (field === 'phone') errors.phone = 'phoneInvalid';
    else if (field === 'name' || field === 'hours' || field === 'note')
      errors[field] = problem === 'too_big' ? 'tooLong' : 'invalid';
  }
  return errors;
}
