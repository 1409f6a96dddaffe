import { describe, expect, it } from 'vitest';
import { cacheRuleFor, dataCacheKey } from './cache-rules';

const klic = '0190a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b';
const file = '0190a3b4-0000-7000-8000-000000000001';

describe('which requests the field app keeps on the device', () => {
  it.each([
    ['/api/field/klics', 'data'],
    [`/api/field/klics/${klic}`, 'data'],
    [`/api/field/klics/${klic}/map`, 'kept'],
    ['/api/field/registrations', 'data'],
    ['/api/reason-lists/abortExecution', 'data'],
    [`/api/field/klics/${klic}/files/${file}`, 'files'],
    [`/api/field/klics/${klic}/attachments/${file}`, 'files'],
    [`/api/field/registrations/${file}/photos/${file}`, 'files'],
  ])('keeps GET %s as %s', (path, rule) => {
    expect(cacheRuleFor(path, 'GET')).toBe(rule);
  });

  it.each([
    `/api/field/klics/${klic}/registrations`,
    `/api/field/klics/${klic}/abort`,
    `/api/field/klics/${klic}/remove`,
    `/api/field/registrations/${file}/photos`,
  ])('never keeps a POST (%s)', (path) => {
    expect(cacheRuleFor(path, 'POST')).toBeNull();
  });

  it.each([
    '/api/klic/meldingen',
    `/api/klic/meldingen/${klic}/map`,
    '/api/users',
    '/api/auth/get-session',
    // The session: the field app keeps its own copy (field-session.ts), which knows it is not confirmed.
    '/api/me',
    '/api/field/klics/',
    `/api/field/klics/${klic}/files`,
    `/api/field/klics/${klic}/map/extra`,
    `/api/field/klics/${klic}/files/${file}/x`,
    '/api/meetings',
    '/veld/',
    '/',
  ])('lets %s pass without keeping it (office API, other paths)', (path) => {
    expect(cacheRuleFor(path, 'GET')).toBeNull();
  });

  it('keeps one answer of the arrived registrations, whatever moment they were asked since', () => {
    const origin = 'https://veldwerk.example';
    expect(dataCacheKey(new URL(`${origin}/api/field/registrations?since=2026-01-01T00:00:00Z`))).toBe(
      `${origin}/api/field/registrations`,
    );
    expect(dataCacheKey(new URL(`${origin}/api/field/klics/${klic}/map`))).toBe(
      `${origin}/api/field/klics/${klic}/map`,
    );
  });
});
