import type { ListState, ProjectSort } from '../api/types';

export const pageSize = 25;

/** The list request's query string: defaults left out, the search trimmed. */
export function listParams(regionId: string, state: ListState): string {
  const params = new URLSearchParams({ regionId });
  const search = state.search.trim();
  if (search) params.set('search', search);
  if (state.status !== 'open') params.set('status', state.status);
  if (state.sort !== 'number' || state.direction !== 'asc') {
    params.set('sort', state.sort);
    params.set('direction', state.direction);
  }
  if (state.page > 1) params.set('page', String(state.page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

/** Clicking a column header: the same column flips its direction, another starts ascending; back to page 1. */
export function nextSort(state: ListState, sort: ProjectSort): ListState {
  const direction = state.sort === sort && state.direction === 'asc' ? 'desc' : 'asc';
  return { ...state, sort, direction, page: 1 };
}

/** The project-number error of the form for a field code of the server. */
export function numberErrorKey(
  code: string | undefined,
):
  | 'projects.form.exists'
  | 'projects.form.semicolon'
  | 'projects.form.required'
  | 'projects.form.invalid'
  | null {
  if (!code) return null;
  if (code === 'already_exists') return 'projects.form.exists';
  if (code === 'invalid_format') return 'projects.form.semicolon';
  if (code === 'too_small' || code === 'required') return 'projects.form.required';
  return 'projects.form.invalid';
}
