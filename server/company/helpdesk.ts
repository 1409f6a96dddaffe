import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { changedFields, recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { organisationHelpdesk } from '../infra/db/schema/index.ts';

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u);

/** Empty means "not given"; a phone number has digits, spaces and + ( ) - . only, 6 to 15 digits. */
export const helpdeskBody = z.object({
  name: line(100).default(''),
  email: z
    .string()
    .trim()
    .max(254)
    .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'invalid_email' })
    .default(''),
  phone: line(30)
    .regex(/^[0-9+()\-. ]*$/)
    .refine((value) => value === '' || /^(?:\D*\d){6,15}\D*$/.test(value), { error: 'invalid_phone' })
    .default(''),
  hours: line(100).default(''),
  note: z
    .string()
    .trim()
    .max(1000)
    .regex(/^[^\p{Cc}]*(?:[\n\r\t]+[^\p{Cc}]*)*$/u)
    .default(''),
});
export type HelpdeskInput = z.infer<typeof helpdeskBody>;

export const helpdeskSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  hours: z.string(),
  note: z.string(),
  updatedAt: z.date(),
});
export type Helpdesk = z.infer<typeof helpdeskSchema>;

const fieldsOf = (helpdesk: HelpdeskInput) => ({
  name: helpdesk.name,
  email: helpdesk.email,
  phone: helpdesk.phone,
  hours: helpdesk.hours,
  note: helpdesk.note,
});

const isEmpty = (helpdesk: HelpdeskInput) => Object.values(helpdesk).every((value) => value === '');

/** The organisation's support contact, or null while nothing is filled in. */
export async function readHelpdesk(tx: Executor, organisationId: string): Promise<Helpdesk | null> {
  const [row] = await tx
    .select()
    .from(organisationHelpdesk)
    .where(eq(organisationHelpdesk.organisationId, organisationId));
  if (!row || isEmpty(fieldsOf(row))) return null;
  return { ...fieldsOf(row), updatedAt: row.updatedAt };
}

/** Replaces the support contact (all fields empty clears it) and logs what changed. */
export async function saveHelpdesk(
  db: Database,
  actor: Actor,
  input: HelpdeskInput,
): Promise<Helpdesk | null> {
  const organisationId = actor.organisationId;
  return db.transaction(async (tx) => {
    const [previous] = await tx
      .select()
      .from(organisationHelpdesk)
      .where(eq(organisationHelpdesk.organisationId, organisationId))
      .for('update');
    const values = { ...input, updatedAt: new Date() };
    await tx
      .insert(organisationHelpdesk)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: organisationHelpdesk.organisationId, set: values });
    const before = previous
      ? fieldsOf(previous)
      : fieldsOf({ name: '', email: '', phone: '', hours: '', note: '' });
    const changes = changedFields(before, fieldsOf(input));
    if (Object.keys(changes.after).length > 0)
      await recordAudit(tx, {
        organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'update',
        event: 'helpdesk.updated',
        entity: { type: 'helpdesk', id: organisationId, label: input.name || input.email },
        ...changes,
      });
    return isEmpty(input) ? null : { ...input, updatedAt: values.updatedAt };
  });
}
