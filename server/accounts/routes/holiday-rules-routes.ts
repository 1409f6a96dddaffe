import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changedFields, recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { createWorkdayCalendar, holidayRulesSchema, toAmsterdamDate } from '../../infra/workdays/index.ts';
import { getHolidayRules, saveHolidayRules } from '../holiday-rules-repository.ts';

const holidaysBody = z.object({
  rules: holidayRulesSchema,
  year: z.number().int(),
  holidays: z.array(
    z.object({ date: z.string(), name: z.string(), kind: z.enum(['national', 'cao', 'organisation']) }),
  ),
  workingDays: z.number().int(),
});

/** "Mijn bedrijf → Feestdagen": which days count as working days for this organisation's deadlines. */
export function holidayRulesRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisation/holidays',
      {
        config: { access: 'member' },
        schema: {
          tags: ['accounts'],
          summary: "The organisation's holiday rules and the days off of a year",
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: holidaysBody },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const rules = await getHolidayRules(db, actor.organisationId);
        const year = request.query.year ?? Number(toAmsterdamDate(new Date()).slice(0, 4));
        const calendar = createWorkdayCalendar(rules);
        return {
          rules,
          year,
          holidays: [...calendar.holidaysInYear(year)],
          workingDays: calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`),
        };
      },
    );

    app.put(
      '/api/organisation/holiday-rules',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: "Changes the organisation's holiday rules",
          body: holidayRulesSchema,
          response: { 200: z.object({ rules: holidayRulesSchema }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await db.transaction(async (tx) => {
          const before = await getHolidayRules(tx, actor.organisationId);
          await saveHolidayRules(tx, actor.organisationId, request.body);
          const changes = changedFields(before, await getHolidayRules(tx, actor.organisationId));
          if (Object.keys(changes.after).length === 0) return;
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actor: { userId: actor.userId, name: actor.name },
            action: 'update',
            event: 'holiday_rules.changed',
            entity: { type: 'organisation', id: actor.organisationId, label: 'Feestdagen' },
            ...changes,
            ipAddress: request.ip,
          });
        });
        return { rules: await getHolidayRules(db, actor.organisationId) };
      },
    );
  };
}
