import { describe, expect, it } from 'vitest';
import { buildAbortBody } from './abort-body';

const context = {
  idempotencyKey: '7f1c2a4e-0000-4000-8000-000000000001',
  recordedAt: new Date('2026-03-02T10:00:00Z'),
  reasonIds: ['7f1c2a4e-0000-4000-8000-0000000000bb'],
};

describe('an abort', () => {
  it('takes the kind, a reason of the list and a trimmed note', () => {
    expect(
      buildAbortBody({ kind: 'inspection', reasonId: context.reasonIds[0] ?? '', note: ' Regen ' }, context),
    ).toEqual({
      ok: true,
      body: {
        idempotencyKey: context.idempotencyKey,
        kind: 'inspection',
        reasonId: context.reasonIds[0],
        note: 'Regen',
        recordedAt: '2026-03-02T10:00:00.000Z',
      },
    });
  });

  it('needs the kind and a reason from the list; the note at most 2000 characters', () => {
    expect(buildAbortBody({ kind: '', reasonId: '', note: 'x'.repeat(2001) }, context)).toEqual({
      ok: false,
      errors: { kind: 'chooseOne', reasonId: 'chooseOne', note: 'tooLong' },
    });
    expect(buildAbortBody({ kind: 'execution', reasonId: 'not-on-the-list', note: '' }, context)).toEqual({
      ok: false,
      errors: { reasonId: 'chooseOne' },
    });
  });
});
