import { describe, expect, it } from 'vitest';
import {
  buildRegistrationBody,
  emptyFormValues,
  localDateTimeValue,
  type RegistrationFormValues,
  unknownOperator,
} from './registration-body';

const now = new Date('2026-03-02T10:00:00Z');
const context = {
  idempotencyKey: '7f1c2a4e-0000-4000-8000-000000000001',
  recordedAt: now,
  position: [134_000.12, 449_000.5] as [number, number],
  operators: ['GM0001', 'KPN'],
};
const values = (change: Partial<RegistrationFormValues>): RegistrationFormValues => ({
  ...emptyFormValues(now),
  ...change,
});

describe('a proefsleuf', () => {
  it('takes the depth in whole centimetres and what was found, trimmed', () => {
    const result = buildRegistrationBody(
      'proefsleuf',
      values({ depthCm: ' 85 ', found: ' Gasleiding ', note: ' ok ' }),
      context,
    );
    expect(result).toEqual({
      ok: true,
      body: {
        idempotencyKey: context.idempotencyKey,
        kind: 'proefsleuf',
        position: context.position,
        recordedAt: '2026-03-02T10:00:00.000Z',
        note: 'ok',
        details: { depthCm: 85, found: 'Gasleiding' },
      },
    });
  });

  it('needs a depth, in whole centimetres, at most 10 m', () => {
    expect(buildRegistrationBody('proefsleuf', values({}), context)).toEqual({
      ok: false,
      errors: { depthCm: { key: 'required' } },
    });
    for (const depthCm of ['8,5', '-3', 'diep', '1e3']) {
      expect(buildRegistrationBody('proefsleuf', values({ depthCm }), context)).toMatchObject({
        errors: { depthCm: { key: 'wholeNumber' } },
      });
    }
    expect(buildRegistrationBody('proefsleuf', values({ depthCm: '1001' }), context)).toMatchObject({
      errors: { depthCm: { key: 'range', params: { min: 0, max: 1000 } } },
    });
  });

  it('may be saved without a position', () => {
    const result = buildRegistrationBody('proefsleuf', values({ depthCm: '0' }), {
      ...context,
      position: null,
    });
    expect(result).toMatchObject({ ok: true, body: { position: null, details: { depthCm: 0, found: '' } } });
  });

  it('refuses a note of more than 2000 characters', () => {
    expect(
      buildRegistrationBody('proefsleuf', values({ depthCm: '50', note: 'x'.repeat(2001) }), context),
    ).toMatchObject({
      errors: { note: { key: 'tooLong', params: { max: 2000 } } },
    });
  });
});

describe('a graafschade', () => {
  it('names the operator, and when it was reported', () => {
    const reportedAt = localDateTimeValue(new Date('2026-03-02T09:45:00Z'));
    const result = buildRegistrationBody(
      'graafschade',
      values({ hit: 'Laagspanningskabel', operator: 'GM0001', reportedToOperator: 'yes', reportedAt }),
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      body: {
        kind: 'graafschade',
        details: {
          hit: 'Laagspanningskabel',
          bronhoudercode: 'GM0001',
          reportedToOperator: true,
          reportedAt: '2026-03-02T09:45:00.000Z',
        },
      },
    });
  });

  it('sends no time when not reported, and null for an unknown operator', () => {
    const result = buildRegistrationBody(
      'graafschade',
      values({ hit: 'Kabel', operator: unknownOperator, reportedToOperator: 'no' }),
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      body: { details: { bronhoudercode: null, reportedToOperator: false, reportedAt: null } },
    });
  });

  it('asks what was hit, the operator and whether it was reported', () => {
    expect(buildRegistrationBody('graafschade', values({ hit: '  ' }), context)).toEqual({
      ok: false,
      errors: {
        hit: { key: 'required' },
        operator: { key: 'chooseOne' },
        reportedToOperator: { key: 'chooseOne' },
      },
    });
  });

  it('refuses an operator that is not one of the KLIC’s', () => {
    expect(
      buildRegistrationBody(
        'graafschade',
        values({ hit: 'Kabel', operator: 'OTHER', reportedToOperator: 'no' }),
        context,
      ),
    ).toMatchObject({ errors: { operator: { key: 'chooseOne' } } });
  });

  it('refuses a report time in the future or missing', () => {
    const later = localDateTimeValue(new Date('2026-03-02T10:30:00Z'));
    const reported = { hit: 'Kabel', operator: 'KPN', reportedToOperator: 'yes' as const };
    expect(
      buildRegistrationBody('graafschade', values({ ...reported, reportedAt: later }), context),
    ).toMatchObject({
      errors: { reportedAt: { key: 'inFuture' } },
    });
    expect(
      buildRegistrationBody('graafschade', values({ ...reported, reportedAt: '' }), context),
    ).toMatchObject({
      errors: { reportedAt: { key: 'invalidDate' } },
    });
  });
});

describe('an afwijkende ligging', () => {
  it('takes the operator, the offset up to 100 m and where it really lies', () => {
    const result = buildRegistrationBody(
      'afwijkendeLigging',
      values({ operator: 'KPN', offsetCm: '150', description: '1,5 m dichter bij de gevel' }),
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      body: { details: { bronhoudercode: 'KPN', offsetCm: 150, description: '1,5 m dichter bij de gevel' } },
    });
    expect(
      buildRegistrationBody('afwijkendeLigging', values({ operator: 'KPN', offsetCm: '10001' }), context),
    ).toEqual({
      ok: false,
      errors: {
        offsetCm: { key: 'range', params: { min: 0, max: 10_000 } },
        description: { key: 'required' },
      },
    });
  });
});

describe('an onbekend net', () => {
  it('needs a description; the depth is optional', () => {
    expect(
      buildRegistrationBody('onbekendNet', values({ description: 'Zwarte kabel' }), context),
    ).toMatchObject({
      ok: true,
      body: { kind: 'onbekendNet', details: { description: 'Zwarte kabel', depthCm: null } },
    });
    expect(
      buildRegistrationBody('onbekendNet', values({ description: 'Kabel', depthCm: '60' }), context),
    ).toMatchObject({
      body: { details: { depthCm: 60 } },
    });
    expect(buildRegistrationBody('onbekendNet', values({}), context)).toEqual({
      ok: false,
      errors: { description: { key: 'required' } },
    });
  });
});

describe('the location', () => {
  it('must lie in the Netherlands, as the server checks, or be left out', () => {
    for (const position of [
      [482, 284_182],
      [306_603, 637_050],
      [155_000, 463_000],
    ] as [number, number][]) {
      expect(
        buildRegistrationBody('proefsleuf', values({ depthCm: '50' }), { ...context, position }),
      ).toMatchObject({ ok: true, body: { position } });
    }
    for (const position of [
      [481.9, 400_000],
      [306_604, 400_000],
      [155_000, 284_181],
      [155_000, 637_051],
      [-2_000_000, 5_000_000],
    ] as [number, number][]) {
      expect(
        buildRegistrationBody('proefsleuf', values({ depthCm: '50' }), { ...context, position }),
      ).toEqual({
        ok: false,
        errors: { position: { key: 'outsideNetherlands' } },
      });
    }
  });

  it('is named together with the other problems', () => {
    expect(buildRegistrationBody('onbekendNet', values({}), { ...context, position: [0, 0] })).toEqual({
      ok: false,
      errors: { position: { key: 'outsideNetherlands' }, description: { key: 'required' } },
    });
  });
});
