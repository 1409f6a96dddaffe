import { eq } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { changedFields, recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMelding } from '../../infra/db/schema/index.ts';
import type { MeldingTexts } from './manage-schemas.ts';
import { meldingenForChange } from './meldingen-for-change.ts';

/** "Wijzigen" on Klics beheren: the toelichting (shown in the field app) and the extra free field. */
export async function updateMeldingTexts(db: Database, actor: Actor, id: string, input: MeldingTexts) {
  return db.transaction(async (tx) => {
    const [before] = await meldingenForChange(tx, actor.organisationId, [id]);
    const melding = before as NonNullable<typeof before>;
    const after = {
      toelichting: input.toelichting ?? melding.toelichting,
      extraField: input.extraField ?? melding.extraField,
    };
    const changes = changedFields(
      { toelichting: melding.toelichting, extraField: melding.extraField },
      after,
    );
    if (Object.keys(changes.after).length > 0) {
      await tx
        .update(klicMelding)
        .set({ ...after, updatedAt: new Date() })
        .where(eq(klicMelding.id, id));
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'update',
        event: 'klic.texts.updated',
        entity: { type: 'klic', id, label: melding.meldnummer },
        ...changes,
      });
    }
    return { id, ...after };
  });
}
