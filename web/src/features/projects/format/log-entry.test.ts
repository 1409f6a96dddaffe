import { describe, expect, it } from 'vitest';
import type { ProjectLogEntry } from '../api/types';
import { changesOf } from './log-entry';

const entry = (change: Partial<ProjectLogEntry>): ProjectLogEntry => ({
  id: 1,
  createdAt: '2026-04-01T08:00:00Z',
  actorName: 'Piet Planner',
  action: 'update',
  event: 'project.updated',
  before: null,
  after: null,
  ...change,
});

describe('a project logbook entry', () => {
  it('shows an update as before and after per field, in the fixed order', () => {
    const changes = changesOf(
      entry({
        before: { fieldWorkers: ['Anna'], status: 'new' },
        after: { fieldWorkers: ['Anna', 'Bert'], status: 'inExecution' },
      }),
    );
    expect(changes).toEqual([
      {
        field: 'status',
        before: { kind: 'status', status: 'new' },
        after: { kind: 'status', status: 'inExecution' },
      },
      {
        field: 'fieldWorkers',
        before: { kind: 'text', text: 'Anna' },
        after: { kind: 'text', text: 'Anna, Bert' },
      },
    ]);
  });

  it('shows a new project with its values only, leaving out unknown fields', () => {
    const changes = changesOf(
      entry({
        action: 'create',
        event: 'project.created',
        after: { number: 'P-1', startDate: null, klicValidityOverride: false, fieldWorkers: [], secret: 'x' },
      }),
    );
    expect(changes).toEqual([
      { field: 'number', before: null, after: { kind: 'text', text: 'P-1' } },
      { field: 'startDate', before: null, after: { kind: 'empty' } },
      { field: 'klicValidityOverride', before: null, after: { kind: 'boolean', value: false } },
      { field: 'fieldWorkers', before: null, after: { kind: 'empty' } },
    ]);
  });

  it('shows a deleted project with what it was and how many KLICs were unlinked', () => {
    const changes = changesOf(
      entry({ action: 'delete', before: { number: 'P-1', regionId: 'r1' }, after: { unlinkedKlics: 2 } }),
    );
    expect(changes.map((change) => change.field)).toEqual(['number', 'regionId', 'unlinkedKlics']);
  });
});
