/** What the picker offers; the server decides by the file's bytes. */
export const attachmentAccept = {
  'application/pdf': ['.pdf'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'image/tiff': ['.tif', '.tiff'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

export const attachmentMaxBytes = 25 * 1024 * 1024;

/** Refused before uploading, so that nobody waits for a file the server would refuse anyway. */
export function attachmentProblem(file: { size: number }): 'tooLarge' | 'empty' | null {
  if (file.size === 0) return 'empty';
  return file.size > attachmentMaxBytes ? 'tooLarge' : null;
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
