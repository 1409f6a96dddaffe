import { describe, expect, it } from 'vitest';
import type { ListState } from '../api/types';
import { listParams, nextSort, numberErrorKey } from './list-params';

const initial: ListState = { search: '', status: 'open', sort: 'number', direction: 'asc', page: 1 };

describe('the project list request', () => {
  it('sends only the region and page size for the defaults', () => {
    expect(listParams('r1', initial)).toBe('regionId=r1&pageSize=25');
  });

  it('sends a trimmed search, another status, the sort and the page', () => {
    const query = new URLSearchParams(
      listParams('r1', { search: '  P-1 ', status: 'all', sort: 'klics', direction: 'desc', page: 3 }),
    );
    expect(Object.fromEntries(query)).toEqual({
      regionId: 'r1',
      search: 'P-1',
      status: 'all',
      sort: 'klics',
      direction: 'desc',
      page: '3',
      pageSize: '25',
    });
  });

  it('flips the direction on the same column and starts ascending on another, from page 1', () => {
    const flipped = nextSort({ ...initial, page: 4 }, 'number');
    expect(flipped).toMatchObject({ sort: 'number', direction: 'desc', page: 1 });
    expect(nextSort(flipped, 'number')).toMatchObject({ direction: 'asc' });
    expect(nextSort(flipped, 'startDate')).toMatchObject({ sort: 'startDate', direction: 'asc' });
  });

  it("explains the server's number errors", () => {
    expect(numberErrorKey(undefined)).toBeNull();
    expect(numberErrorKey('already_exists')).toBe('projects.form.exists');
    expect(numberErrorKey('invalid_format')).toBe('projects.form.semicolon');
    expect(numberErrorKey('too_small')).toBe('projects.form.required');
    expect(numberErrorKey('too_big')).toBe('projects.form.invalid');
  });
});
