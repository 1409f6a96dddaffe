import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../infra/db/unique-violation.ts';
import { regionName, withUniqueRegionName } from './region-name.ts';

describe('region names', () => {
  it('are trimmed and hold 1 to 100 characters without line breaks', () => {
    expect(regionName.parse('  Utrecht Oost  ')).toBe('Utrecht Oost');
    expect(regionName.safeParse('   ').success).toBe(false);
    expect(regionName.safeParse('x'.repeat(101)).success).toBe(false);
    expect(regionName.safeParse('Noord\nZuid').success).toBe(false);
    expect(regionName.parse('<b>Noord</b>')).toBe('<b>Noord</b>');
  });

  it("turn a database unique violation, however wrapped, into 409 fields.name='already_exists'", async () => {
    const wrapped = new Error('Failed query', {
      cause: Object.assign(new Error('duplicate key'), { code: '23505' }),
    });
    expect(isUniqueViolation(wrapped)).toBe(true);
    expect(isUniqueViolation(Object.assign(new Error('fk'), { code: '23503' }))).toBe(false);
    await expect(
      withUniqueRegionName(async () => {
        throw wrapped;
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', fields: { name: 'already_exists' } });
  });
});
