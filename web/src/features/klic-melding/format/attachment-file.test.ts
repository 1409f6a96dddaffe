import { describe, expect, it } from 'vitest';
import { attachmentMaxBytes, attachmentProblem, formatFileSize } from './attachment-file';

describe('an own attachment before upload', () => {
  it('is refused when empty or over 25 MB', () => {
    expect(attachmentProblem({ size: 0 })).toBe('empty');
    expect(attachmentProblem({ size: attachmentMaxBytes })).toBeNull();
    expect(attachmentProblem({ size: attachmentMaxBytes + 1 })).toBe('tooLarge');
  });

  it('shows its size in Dutch', () => {
    expect(formatFileSize(850, 'nl')).toBe('850 bytes');
    expect(formatFileSize(12_500, 'nl')).toBe('12,5 kB');
  });
});
