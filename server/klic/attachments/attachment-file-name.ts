import { cleanFileName } from '../intake/accept-intake.ts';
import type { AttachmentType } from './detect-attachment-type.ts';

/**
 * The name to keep: no folders or control characters, and an extension that fits the content, so that
 * a PDF uploaded as 'plan.jpg' opens as 'plan.jpg.pdf' on a device.
 */
export function attachmentFileName(name: string, type: AttachmentType): string {
  const clean = cleanFileName(name);
  const extension = clean.includes('.') ? clean.slice(clean.lastIndexOf('.') + 1).toLowerCase() : '';
  if (type.extensions.includes(extension)) return clean;
  return `${clean.slice(0, 195)}.${type.extensions[0]}`;
}

/** A Content-Disposition that no file name can break: an ASCII fallback and the exact name in UTF-8. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
