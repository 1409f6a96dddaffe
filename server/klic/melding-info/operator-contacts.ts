import { z } from 'zod';
import type { Contact, DeliverySummary } from '../imkl/imkl-model.ts';

export const contactSchema = z.object({
  naam: z.string().nullable(),
  telefoon: z.string().nullable(),
  email: z.string().nullable(),
});

export const operatorContactsSchema = z.object({
  bronhoudercode: z.string(),
  name: z.string().nullable(),
  themes: z.array(z.string()),
  ev: z.boolean(),
  netinformatie: z.array(contactSchema),
  beschadiging: z.array(contactSchema),
  eisVoorzorgsmaatregel: z.array(contactSchema),
});

export type OperatorContacts = z.infer<typeof operatorContactsSchema>;

const tidy = (value: string | null) => value?.replace(/\s+/g, ' ').trim() || null;

/**
 * The contacts without empty ones and without repeats: the Kadaster lists a contact once per Belang and
 * EV area, so one person often appears several times with the same phone and e-mail.
 */
export function uniqueContacts(contacts: readonly Contact[]): Contact[] {
  const seen = new Set<string>();
  const unique: Contact[] = [];
  for (const contact of contacts) {
    const clean = { naam: tidy(contact.naam), telefoon: tidy(contact.telefoon), email: tidy(contact.email) };
    if (!clean.naam && !clean.telefoon && !clean.email) continue;
    const key = [
      clean.naam?.toLowerCase() ?? '',
      clean.telefoon?.replace(/[^\d+]/g, '') ?? '',
      clean.email?.toLowerCase() ?? '',
    ].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(clean);
  }
  return unique;
}

/** "Klic contacten": per operator of the delivery, whom to call for net information, damage and the EV. */
export function operatorContacts(summary: DeliverySummary | null): OperatorContacts[] {
  return (summary?.netbeheerders ?? []).map((operator) => ({
    bronhoudercode: operator.bronhoudercode,
    name: operator.naam,
    themes: operator.themas,
    ev: operator.eisVoorzorgsmaatregel,
    netinformatie: uniqueContacts(operator.contactNetinformatie),
    beschadiging: uniqueContacts(operator.contactBeschadiging),
    eisVoorzorgsmaatregel: uniqueContacts(operator.contactEisVoorzorgsmaatregel),
  }));
}
