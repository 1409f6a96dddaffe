import { z } from 'zod';
import { isIsoDate } from './iso-date.ts';

/**
 * Which days an organisation is closed besides weekends and the national holidays. Goede Vrijdag is not
 * a general day off; Bevrijdingsdag (5 May) is a day off only every fifth year (2025, 2030) in most CAOs.
 */
export const holidayRulesSchema = z.object({
  goedeVrijdag: z.boolean(),
  bevrijdingsdag: z.enum(['always', 'lustrum', 'never']),
  extraClosedDays: z.array(z.string().refine(isIsoDate, { message: 'invalid_date' })).max(1000),
});

export type HolidayRules = z.infer<typeof holidayRulesSchema>;

export const defaultHolidayRules: HolidayRules = {
  goedeVrijdag: false,
  bevrijdingsdag: 'lustrum',
  extraClosedDays: [],
};
