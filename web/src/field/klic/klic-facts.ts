import type { FieldKlic } from '../api/field-api';

export type FieldEv = FieldKlic['ev'][number];

/** The EVs the worker must see: all but those the planner marked as of no interest, open ones first. */
export function shownEvs(klic: FieldKlic): FieldEv[] {
  return klic.ev
    .filter((ev) => ev.status !== 'noInterest')
    .sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));
}

export const hasOpenEv = (klic: FieldKlic) => klic.ev.some((ev) => ev.status === 'open');

/**
 * A `tel:` link for a number as the delivery writes it ("030 - 123 45 67", "+31 (0)30 1234567"): only
 * digits and a leading +, with the Dutch "(0)" after a country code dropped; null when nothing is left.
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim().replace(/^(\+\d{2})\s*\(0\)/, '$1');
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** The operator's name, or its code when the delivery has no name. */
export const operatorLabel = (operator: { bronhoudercode: string; name: string | null }) =>
  operator.name ?? operator.bronhoudercode;
