import { describe, expect, it } from 'vitest';
import type { FieldDocument } from '../api/field-api';
import { documentGroups, formatFileSize } from './document-groups';

const doc = (kind: FieldDocument['kind'], name: string, bronhoudercode: string | null = null) => ({
  id: `${kind}-${name}`,
  kind,
  name,
  bronhoudercode,
  size: 1,
  url: `/api/field/klics/k/files/${name}`,
});

const names: Record<string, string> = { KL1031: 'Stedin', KL1018: 'Eurofiber', KL1001: 'Vitens' };

describe('documentGroups', () => {
  it('puts the letter first, then EVs, operator attachments and own attachments', () => {
    const groups = documentGroups(
      [doc('own', 'foto.jpg'), doc('attachment', 'b.pdf', 'KL1031'), doc('letter', 'Leveringsbrief.pdf')],
      (code) => names[code] ?? code,
    );
    expect(groups.map((group) => group.kind)).toEqual(['letter', 'attachment', 'own']);
  });

  it('orders a kind by operator name and then by file name, numbers in numeric order', () => {
    const groups = documentGroups(
      [
        doc('attachment', 'detail10.pdf', 'KL1031'),
        doc('attachment', 'detail9.pdf', 'KL1031'),
        doc('attachment', 'z.pdf', 'KL1018'),
        doc('attachment', 'a.pdf', 'KL1001'),
      ],
      (code) => names[code] ?? code,
    );
    expect(groups[0]?.documents.map((document) => document.name)).toEqual([
      'z.pdf',
      'detail9.pdf',
      'detail10.pdf',
      'a.pdf',
    ]);
  });

  it('gives no groups without documents', () => {
    expect(documentGroups([], (code) => code)).toEqual([]);
  });
});

describe('formatFileSize', () => {
  it('writes sizes the Dutch way', () => {
    expect(formatFileSize(812)).toBe('812 bytes');
    expect(formatFileSize(1025)).toBe('1 kB');
    expect(formatFileSize(12_800)).toBe('13 kB');
    expect(formatFileSize(3.4 * 1024 ** 2)).toBe('3,4 MB');
    expect(formatFileSize(1_234_567_890)).toBe('1,1 GB');
  });

  it('uses a thousands separator for large kilobyte counts', () => {
    expect(formatFileSize(1000 * 1024)).toBe('1.000 kB');
    expect(formatFileSize(3.4 * 1024 ** 2, 'en')).toBe('3.4 MB');
    expect(formatFileSize(1000 * 1024, 'en')).toBe('1,000 kB');
  });
});
