import { describe, expect, it } from 'vitest';
import { passwordResetLink } from './password-reset-mail.ts';
import { accountSubject } from './throttle.ts';
import { pendingAccountStep } from './two-factor-requirement.ts';

describe('the throttle key of an account', () => {
  it('is the same however the identifier is typed', () => {
    expect(accountSubject('  Piet@Example.TEST ')).toEqual(accountSubject('piet@example.test'));
  });

  it('stays short for a huge identifier', () => {
    expect(accountSubject('x'.repeat(100_000)).key.length).toBeLessThanOrEqual(400);
  });
});

describe('the password reset link', () => {
  it("points at the web app's page with the token", () => {
    expect(passwordResetLink('https://veldwerk.example.nl', 'abc123XYZ')).toBe(
      'https://veldwerk.example.nl/wachtwoord-herstellen?token=abc123XYZ',
    );
  });
});

describe('the step an account still has to take', () => {
  const none = { mustChangePassword: false, twoFactorEnabled: false, twoFactorRequired: false };

  it('is a new password first, then two-factor set-up when required', () => {
    expect(pendingAccountStep(none)).toBeNull();
    expect(pendingAccountStep({ ...none, mustChangePassword: true, twoFactorRequired: true })).toBe(
      'password_change_required',
    );
    expect(pendingAccountStep({ ...none, twoFactorRequired: true })).toBe('two_factor_setup_required');
    expect(pendingAccountStep({ ...none, twoFactorRequired: true, twoFactorEnabled: true })).toBeNull();
  });
});
