import { describe, expect, it } from 'vitest';
import { passwordResetLink } from './password-reset-mail.ts';
import { accountSubject, addressSubject } from './throttle.ts';
import { pendingAccountStep } from './two-factor-requirement.ts';

describe('the throttle key of an account', () => {
  it('is the same however the identifier is typed', () => {
    expect(accountSubject('  Piet@Example.TEST ')).toEqual(accountSubject('piet@example.test'));
  });

  it('stays short for a huge identifier', () => {
    expect(accountSubject('x'.repeat(100_000)).key.length).toBeLessThanOrEqual(400);
  });
});

describe('the throttle key of a network address', () => {
  it('is the /64 for IPv6, however the address is written, and the plain address for IPv4', () => {
    const key = addressSubject('2001:db8:abcd:12::1').key;
    expect(addressSubject('2001:db8:abcd:12:ffff:1:2:3').key).toBe(key);
    expect(addressSubject('2001:DB8:ABCD:12:0:0:0:9').key).toBe(key);
    expect(addressSubject('2001:db8:abcd:13::1').key).not.toBe(key);
    expect(addressSubject('::ffff:192.0.2.7').key).toBe(addressSubject('192.0.2.7').key);
    expect(addressSubject('192.0.2.7').key).not.toBe(addressSubject('192.0.2.8').key);
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
