import { describe, expect, it } from 'vitest';
import { vapidSubject } from './announcement-jobs.ts';

describe('the VAPID subject', () => {
  it('is the public https address of the instance', () => {
    expect(vapidSubject('https://veldwerk.example.nl', 'Veldwerk <noreply@example.nl>')).toBe(
      'https://veldwerk.example.nl',
    );
  });

  it('is the mail sender otherwise, with or without a display name', () => {
    expect(vapidSubject('http://localhost:3000', 'Veldwerk <noreply@veldwerk.localhost>')).toBe(
      'mailto:noreply@veldwerk.localhost',
    );
    expect(vapidSubject('https://localhost:3000', 'noreply@example.nl')).toBe('mailto:noreply@example.nl');
  });
});
