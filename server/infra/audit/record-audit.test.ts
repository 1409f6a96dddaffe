import { describe, expect, it } from 'vitest';
import { changedFields } from './record-audit.ts';

describe('changedFields', () => {
  it('keeps only what changed, on both sides', () => {
    expect(
      changedFields(
        { name: 'Jan', phone: '06-1', rights: ['fieldWorker'], remarks: null },
        { name: 'Jan', phone: '06-2', rights: ['fieldWorker', 'workPlanner'], remarks: null },
      ),
    ).toEqual({
      before: { phone: '06-1', rights: ['fieldWorker'] },
      after: { phone: '06-2', rights: ['fieldWorker', 'workPlanner'] },
    });
  });

  it('shows a field that appears or disappears', () => {
    expect(changedFields({}, { jobTitle: 'Uitvoerder' })).toEqual({
      before: { jobTitle: undefined },
      after: { jobTitle: 'Uitvoerder' },
    });
  });
});
