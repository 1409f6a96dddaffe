import { describe, expect, it } from 'vitest';
import type { StatusListState } from '../api/types';
import { nextSort, receiptParams, statusParams } from './list-params';

const state: StatusListState = {
  search: ' 26G ',
  state: 'expired',
  sort: 'meldnummer',
  direction: 'asc',
  page: 3,
};

describe('list parameters', () => {
  it('sends the trimmed search, filter, sort and page', () => {
    expect(statusParams(state)).toBe(
      'search=26G&state=expired&sort=meldnummer&direction=asc&page=3&pageSize=25',
    );
    expect(receiptParams(' R-1', 'awaiting', 2)).toBe('search=R-1&status=awaiting&page=2&pageSize=25');
  });

  it('turns the direction on the same column and starts dates newest first, always on page 1', () => {
    expect(nextSort(state, 'meldnummer')).toMatchObject({ direction: 'desc', page: 1 });
    expect(nextSort(state, 'receivedAt')).toMatchObject({ sort: 'receivedAt', direction: 'desc', page: 1 });
    expect(nextSort(state, 'project')).toMatchObject({ sort: 'project', direction: 'asc', page: 1 });
  });
});
