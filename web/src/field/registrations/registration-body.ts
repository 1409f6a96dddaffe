import type { RegistrationBody, RegistrationKind } from '../outbox/outbox-types';

/** What the form holds, as typed (numbers too, so that nothing typed is lost or changed). */
export type RegistrationFormValues = {
  depthCm: string;
  found: string;
  hit: string;
  /** A bronhoudercode of the KLIC, `unknownOperator`, or '' (not chosen yet). */
  operator: string;
  reportedToOperator: '' | 'yes' | 'no';
  /** `datetime-local`: the phone's local time, yyyy-mm-ddThh:mm. */
  reportedAt: string;
  offsetCm: string;
  description: string;
  note: string;
};

export const unknownOperator = 'unknown';

export type FieldError =
  | { key: 'required' | 'chooseOne' | 'wholeNumber' | 'inFuture' | 'invalidDate' | 'outsideNetherlands' }
  | { key: 'range'; params: { min: number; max: number } }
  | { key: 'tooLong'; params: { max: number } };

/** A problem per form field; `position` is the location field's. */
export type FormErrors = Partial<Record<keyof RegistrationFormValues | 'position', FieldError>>;

export const emptyFormValues = (now: Date): RegistrationFormValues => ({
  depthCm: '',
  found: '',
  hit: '',
  operator: '',
  reportedToOperator: '',
  reportedAt: localDateTimeValue(now),
  offsetCm: '',
  description: '',
  note: '',
});

const maxText = 2000;
const maxDepthCm = 1000;
const maxOffsetCm = 10_000;
/** The server accepts a time at most 5 minutes ahead of its clock. */
const allowedClockSkewMs = 5 * 60 * 1000;
/** The RD New bounds of the Netherlands in metres, as server/field/registration-checks.ts enforces them. */
const rdBounds = { minX: 482, minY: 284_182, maxX: 306_603, maxY: 637_050 };

/** Whether the server takes this position: a GPS fix abroad (or a wrong one) would be refused for good. */
export function inNetherlands([x, y]: readonly [number, number]): boolean {
  return x >= rdBounds.minX && x <= rdBounds.maxX && y >= rdBounds.minY && y <= rdBounds.maxY;
}

/** A `datetime-local` value for a moment, in the phone's time zone. */
export function localDateTimeValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Context = {
  idempotencyKey: string;
  recordedAt: Date;
  position: [number, number] | null;
  /** The bronhoudercodes of the KLIC's operators. */
  operators: string[];
};

/**
 * Checks the form for one kind and builds the body the server takes; every problem is named per field,
 * so that the form can say it next to the field.
 */
export function buildRegistrationBody(
  kind: RegistrationKind,
  values: RegistrationFormValues,
  context: Context,
): { ok: true; body: RegistrationBody } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const text = (field: keyof RegistrationFormValues, required: boolean) => {
    const value = values[field].trim();
    if (required && !value) errors[field] = { key: 'required' };
    else if (value.length > maxText) errors[field] = { key: 'tooLong', params: { max: maxText } };
    return value;
  };
  const centimetres = (field: keyof RegistrationFormValues, max: number, required: boolean) => {
    const value = values[field].trim();
    if (!value) {
      if (required) errors[field] = { key: 'required' };
      return null;
    }
    if (!/^\d+$/.test(value)) {
      errors[field] = { key: 'wholeNumber' };
      return null;
    }
    const number = Number(value);
    if (number > max) errors[field] = { key: 'range', params: { min: 0, max } };
    return number;
  };
  const operator = () => {
    if (values.operator === unknownOperator) return null;
    if (!context.operators.includes(values.operator)) errors.operator = { key: 'chooseOne' };
    return values.operator;
  };
  if (context.position && !inNetherlands(context.position)) errors.position = { key: 'outsideNetherlands' };
  const common = {
    idempotencyKey: context.idempotencyKey,
    position: context.position,
    recordedAt: context.recordedAt.toISOString(),
    note: text('note', false),
  };
  const body = ((): RegistrationBody => {
    switch (kind) {
      case 'proefsleuf':
        return {
          ...common,
          kind,
          details: { depthCm: centimetres('depthCm', maxDepthCm, true) ?? 0, found: text('found', false) },
        };
      case 'graafschade':
        return {
          ...common,
          kind,
          details: damageDetails(values, context.recordedAt, errors, text, operator),
        };
      case 'afwijkendeLigging':
        return {
          ...common,
          kind,
          details: {
            bronhoudercode: operator(),
            offsetCm: centimetres('offsetCm', maxOffsetCm, true) ?? 0,
            description: text('description', true),
          },
        };
      case 'onbekendNet':
        return {
          ...common,
          kind,
          details: {
            description: text('description', true),
            depthCm: centimetres('depthCm', maxDepthCm, false),
          },
        };
    }
  })();
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

function damageDetails(
  values: RegistrationFormValues,
  now: Date,
  errors: FormErrors,
  text: (field: keyof RegistrationFormValues, required: boolean) => string,
  operator: () => string | null,
) {
  const hit = text('hit', true);
  const bronhoudercode = operator();
  if (values.reportedToOperator === '') errors.reportedToOperator = { key: 'chooseOne' };
  const reported = values.reportedToOperator === 'yes';
  let reportedAt: string | null = null;
  if (reported) {
    const moment = new Date(values.reportedAt);
    if (!values.reportedAt || Number.isNaN(moment.getTime())) errors.reportedAt = { key: 'invalidDate' };
    else if (moment.getTime() > now.getTime() + allowedClockSkewMs) errors.reportedAt = { key: 'inFuture' };
    else reportedAt = moment.toISOString();
  }
  return { hit, bronhoudercode, reportedToOperator: reported, reportedAt };
}
