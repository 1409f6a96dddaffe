import { describe, expect, it } from 'vitest';
import type { Intake } from '../api/types';
import { describeIntake } from './intake-outcome';

const intake = (changes: Partial<Intake>): Intake => ({
  id: 'i1',
  source: 'upload',
  kind: 'zip',
  status: 'done',
  outcome: null,
  fileName: 'Levering_22G0027001_1.zip',
  bytes: 1024,
  progress: 100,
  createdAt: '2025-03-05T10:00:00.000Z',
  updatedAt: '2025-03-05T10:00:02.000Z',
  meldnummer: null,
  volgnummer: null,
  projectNumber: null,
  meldingId: null,
  error: null,
  ...changes,
});

const delivery = { outcome: 'delivery', meldnummer: '22G0027001', volgnummer: 1 } as const;

describe('describeIntake', () => {
  it('names a linked delivery with its volgnummer and project', () => {
    expect(describeIntake(intake({ ...delivery, projectNumber: 'P-1' }))).toEqual({
      tone: 'success',
      key: 'linked',
      values: { project: 'P-1' },
      subject: { key: 'delivery', values: { meldnummer: '22G0027001', volgnummer: 1 } },
      message: null,
    });
  });

  it('sends a delivery without a project to the unlinked list', () => {
    const description = describeIntake(intake(delivery));
    expect(description.key).toBe('unlinked');
    expect(description.tone).toBe('attention');
    expect(description.subject).toEqual({
      key: 'delivery',
      values: { meldnummer: '22G0027001', volgnummer: 1 },
    });
  });

  it('leaves out an unknown volgnummer and falls back to the file name for the meldnummer', () => {
    expect(describeIntake(intake({ outcome: 'delivery' })).subject).toEqual({
      key: 'deliveryPlain',
      values: { meldnummer: 'Levering_22G0027001_1.zip' },
    });
  });

  it('describes duplicates, receipts and downloads', () => {
    expect(describeIntake(intake({ outcome: 'duplicate' })).key).toBe('duplicate');
    expect(describeIntake(intake({ outcome: 'receipt', meldnummer: '22G0027001' }))).toMatchObject({
      key: 'receipt',
      values: { meldnummer: '22G0027001' },
    });
    expect(describeIntake(intake({ outcome: 'receipt' })).key).toBe('receiptPlain');
    expect(describeIntake(intake({ outcome: 'download', kind: 'mail' })).key).toBe('download');
    expect(describeIntake(intake({ outcome: null })).key).toBe('done');
  });

  it('shows the work in progress while the intake is not finished', () => {
    expect(describeIntake(intake({ status: 'queued' })).key).toBe('queued');
    expect(describeIntake(intake({ status: 'processing', outcome: null })).tone).toBe('pending');
  });

  it("passes on the server's sentence for a failure and a retry", () => {
    const error = { code: 'VALIDATION_FAILED', reason: 'klic.no_gi_xml', message: 'Geen GI-bestand.' };
    expect(describeIntake(intake({ status: 'failed', error }))).toMatchObject({
      tone: 'error',
      key: 'failed',
      message: 'Geen GI-bestand.',
    });
    expect(describeIntake(intake({ status: 'retrying', error })).message).toBe('Geen GI-bestand.');
    expect(describeIntake(intake({ status: 'failed' })).message).toBeNull();
  });
});
