/** What can be dropped: a delivery ZIP or a Kadaster mail (saved from a mail program or Outlook). */
export const klicFileExtensions = ['.zip', '.eml', '.msg'] as const;

export function isKlicFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return klicFileExtensions.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

const units = ['kB', 'MB', 'GB'] as const;

/** A file size for people: `850 bytes`, `12,5 kB`, `1,2 MB` (1 kB = 1000 bytes, as file managers show). */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${number(bytes)} bytes`;
  let value = bytes;
  let unit: (typeof units)[number] = 'kB';
  for (const next of units) {
    unit = next;
    value /= 1000;
    if (value < 1000) break;
  }
  return `${number(value)} ${unit}`;
}
