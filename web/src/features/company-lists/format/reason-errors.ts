import { isApiError } from '@/shared/api';

type ReasonErrorKey = 'required' | 'tooLong' | 'exists' | 'invalid';

/** The text field's problem as a catalogue key, or null when the error is not about the text. */
export function reasonTextError(error: unknown): ReasonErrorKey | null {
  if (!isApiError(error)) return null;
  if (error.status === 409) return 'exists';
  const problem = error.fields?.text;
  if (!problem || problem === 'list_full') return null;
  if (problem === 'too_small') return 'required';
  if (problem === 'too_big') return 'tooLong';
  return 'invalid';
}
