import { describe, expect, it } from 'vitest';
import { defaultHolidayRules, holidayRulesSchema } from './holiday-rules.ts';

describe('holiday rules schema', () => {
  it('accepts the defaults and a full configuration', () => {
    expect(holidayRulesSchema.parse(defaultHolidayRules)).toEqual({
      goedeVrijdag: false,
      bevrijdingsdag: 'lustrum',
      extraClosedDays: [],
    });
    const rules = { goedeVrijdag: true, bevrijdingsdag: 'always', extraClosedDays: ['2025-12-24'] };
    expect(holidayRulesSchema.parse(rules)).toEqual(rules);
  });

  it('rejects unknown Bevrijdingsdag choices and bad dates', () => {
    const bad = holidayRulesSchema.safeParse({
      goedeVrijdag: 'yes',
      bevrijdingsdag: 'sometimes',
      extraClosedDays: ['2025-12-24', '24-12-2025'],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'goedeVrijdag',
      'bevrijdingsdag',
      'extraClosedDays.1',
    ]);
  });
});
