import { describe, expect, it } from 'vitest';
import { checkSettingsForm, settingsErrorsFromServer, settingsInput } from './settings-form';

describe('the warning settings form', () => {
  it('accepts whole numbers from 1 to 20 only', () => {
    for (const workdays of [1, 5, 20])
      expect(checkSettingsForm({ workdays, recipientUserIds: [] })).toEqual({});
    for (const workdays of [0, 21, 2.5, '', 'vijf']) {
      expect(checkSettingsForm({ workdays, recipientUserIds: [] })).toEqual({ workdays: true });
    }
  });

  it('sends N as a number with the chosen recipients', () => {
    expect(settingsInput({ workdays: 7, recipientUserIds: ['a'] })).toEqual({
      expiringWithinWorkdays: 7,
      recipientUserIds: ['a'],
    });
  });

  it("maps the server's refusals to their fields", () => {
    expect(
      settingsErrorsFromServer({ expiringWithinWorkdays: 'maximum', recipientUserIds: 'unknown_user' }),
    ).toEqual({
      workdays: true,
      recipients: true,
    });
  });
});
