import type { Language } from '@/shared/i18n';
import type { FieldDocument } from '../api/field-api';

export type DocumentKind = FieldDocument['kind'];

/** The order the worker reads them in: the letter, the EVs, the operators' attachments, the planner's own. */
export const documentKindOrder: readonly DocumentKind[] = ['letter', 'ev', 'attachment', 'own'];

/**
 * The documents per kind in reading order, within a kind by operator and then by name (Dutch collation);
 * kinds without documents are left out.
 */
export function documentGroups(
  documents: readonly FieldDocument[],
  operatorName: (bronhoudercode: string) => string,
): { kind: DocumentKind; documents: FieldDocument[] }[] {
  const compare = (a: string, b: string) => a.localeCompare(b, 'nl', { numeric: true, sensitivity: 'base' });
  const operatorOf = (document: FieldDocument) =>
    document.bronhoudercode ? operatorName(document.bronhoudercode) : '';
  return documentKindOrder.flatMap((kind) => {
    const ofKind = documents
      .filter((document) => document.kind === kind)
      .sort((a, b) => compare(operatorOf(a), operatorOf(b)) || compare(a.name, b.name));
    return ofKind.length > 0 ? [{ kind, documents: ofKind }] : [];
  });
}

const sizeFormat = (digits: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** A file size as phones show it: "812 bytes", "12 kB", "3,4 MB" (1 kB = 1024 bytes); English "3.4 MB". */
export function formatFileSize(bytes: number, language: Language = 'nl'): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${sizeFormat(0, language).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  if (bytes < 1024 ** 3) return `${sizeFormat(1, language).format(bytes / 1024 ** 2)} MB`;
  return `${sizeFormat(1, language).format(bytes / 1024 ** 3)} GB`;
}
