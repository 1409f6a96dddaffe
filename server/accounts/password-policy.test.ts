import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('the password policy', () => {
  it('refuses short passwords', () => {
    expect(passwordProblem('Kort1!')).toBe('too_short');
  });

  it('refuses passwords known from breaches and trivial patterns, also when long enough', () => {
    for (const password of [
      'password123',
      'welkom12345',
      'qwertyuiop',
      '1234567890',
      'wachtwoord1',
      'aaaaaaaaaaaa',
    ]) {
      expect(passwordProblem(password), password).toBe('too_common');
    }
  });

  it("refuses a password made of the user's own name or address", () => {
    expect(passwordProblem('Jansen2026!!', ['Piet Jansen', 'piet.jansen@example.nl'])).toBe(
      'contains_personal_data',
    );
  });

  it('accepts a long passphrase and a random password', () => {
    expect(passwordProblem('graafmachine kabel oranje 42')).toBeNull();
    expect(passwordProblem('dLnfG9eMeXEUPUuK')).toBeNull();
  });
});
