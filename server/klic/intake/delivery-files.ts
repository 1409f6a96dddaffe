import type { DeliverySummary } from '../imkl/imkl-model.ts';

export type DeliveryFileKind = 'letter' | 'ev' | 'attachment' | 'background' | 'startpage' | 'other';

export type StoredDeliveryFile = {
  path: string;
  kind: DeliveryFileKind;
  bronhoudercode: string | null;
  blobKey: string;
  size: number;
};

/** What a file in the delivery is, from its place in the ZIP and the GML's attachment list. */
export function classifyDeliveryFile(
  path: string,
  summary: DeliverySummary,
): Omit<StoredDeliveryFile, 'blobKey' | 'size'> {
  const bijlage = summary.netbeheerders
    .flatMap((each) => each.bijlagen)
    .find((each) => each.bestandLocatie === path);
  const bronhoudercode = bijlage?.bronhoudercode ?? /^bronnen\/([^/]+)\//.exec(path)?.[1] ?? null;
  if (bijlage)
    return { path, kind: bijlage.soort === 'eisVoorzorgsmaatregel' ? 'ev' : 'attachment', bronhoudercode };
  if (/^LI_[^/]*\.pdf$/i.test(path)) return { path, kind: 'letter', bronhoudercode: null };
  if (path === summary.levering.achtergrondkaart || /^bronnen\/GB_[^/]*\.png$/i.test(path)) {
    return { path, kind: 'background', bronhoudercode: null };
  }
  if (/_Startpagina\.html$/i.test(path)) return { path, kind: 'startpage', bronhoudercode: null };
  if (/\.pdf$/i.test(path)) return { path, kind: 'attachment', bronhoudercode };
  return { path, kind: 'other', bronhoudercode };
}

/** Blob keys allow plain segments only; file names from a ZIP are reduced to that, keeping them unique by index. */
export function deliveryFileKey(prefix: string, index: number, path: string): string {
  const base = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[._-]+/, '');
  return `${prefix}/${String(index).padStart(4, '0')}-${base.slice(-100) || 'file'}`;
}
