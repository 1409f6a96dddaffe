import type { WarningSettings, WarningSettingsInput } from '../api/types';

export type SettingsFormValues = { workdays: number | string; recipientUserIds: string[] };
export type SettingsFormErrors = Partial<Record<'workdays' | 'recipients', true>>;

export function settingsFormValues(settings: WarningSettings): SettingsFormValues {
  return { workdays: settings.expiringWithinWorkdays, recipientUserIds: settings.recipientUserIds };
}

/** Checks what the server checks too, so that most mistakes show before saving. */
export function checkSettingsForm(values: SettingsFormValues): SettingsFormErrors {
  const n = typeof values.workdays === 'number' ? values.workdays : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 20 ? {} : { workdays: true };
}

export function settingsInput(values: SettingsFormValues): WarningSettingsInput {
  return { expiringWithinWorkdays: Number(values.workdays), recipientUserIds: values.recipientUserIds };
}

/** The server's field codes mapped to the form's fields; anything else is shown above the form. */
export function settingsErrorsFromServer(fields: Record<string, string>): SettingsFormErrors {
  const errors: SettingsFormErrors = {};
  if (fields.expiringWithinWorkdays) errors.workdays = true;
  if (fields.recipientUserIds) errors.recipients = true;
  return errors;
}
