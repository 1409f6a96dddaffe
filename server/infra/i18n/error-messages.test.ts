import { describe, expect, it } from 'vitest';
import { errorStatus } from '../errors/app-error.ts';
import { errorMessage } from './error-messages.ts';
import { languageFromHeader } from './language.ts';

describe('error messages', () => {
  it('has a Dutch and an English message for every error code', () => {
    for (const code of Object.keys(errorStatus) as (keyof typeof errorStatus)[]) {
      expect(errorMessage('nl', code).length).toBeGreaterThan(10);
      expect(errorMessage('en', code).length).toBeGreaterThan(10);
      expect(errorMessage('nl', code)).not.toBe(errorMessage('en', code));
    }
  });

  it('never shows a bare placeholder, also when the thrower gave no parameters', () => {
    for (const code of Object.keys(errorStatus) as (keyof typeof errorStatus)[]) {
      expect(errorMessage('nl', code)).not.toMatch(/[{}]/);
      expect(errorMessage('en', code)).not.toMatch(/[{}]/);
    }
  });

  it('fills parameters into the message', () => {
    expect(errorMessage('nl', 'TOO_MANY_REQUESTS', { seconds: 30 })).toContain('Wacht 30 seconden');
    expect(errorMessage('en', 'PAYLOAD_TOO_LARGE', { limit: '50 MB' })).toContain('at most 50 MB');
  });

  it('speaks Dutch unless the request prefers English', () => {
    expect(languageFromHeader(undefined)).toBe('nl');
    expect(languageFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(languageFromHeader('nl-NL,en;q=0.5')).toBe('nl');
    expect(languageFromHeader('de-DE,fr;q=0.8')).toBe('nl');
    expect(languageFromHeader('de-DE,en;q=0.8')).toBe('en');
  });
});
