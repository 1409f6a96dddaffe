import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { registerErrorHandler } from './error-handler.ts';

const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();

beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.get('/boom', async () => {
    throw new Error('connection to 10.0.0.5 failed: password authentication for user "veldwerk"');
  });
  app.get('/forbidden', async () => {
    throw new AppError('FORBIDDEN');
  });
  app.get('/busy', async () => {
    throw new AppError('TOO_MANY_REQUESTS', { params: { seconds: 42 } });
  });
  app.post(
    '/form',
    { schema: { body: z.object({ name: z.string().min(2), age: z.number().int() }) } },
    async () => ({ ok: true }),
  );
  await app.ready();
});
afterAll(() => app.close());

describe('the error handler', () => {
  it('answers 500 with a request id but without internals', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.error.code).toBe('INTERNAL');
    expect(body.error.message).toContain(body.error.requestId);
    expect(response.body).not.toMatch(/10\.0\.0\.5|password|veldwerk"|stack/);
  });

  it('maps codes to status and speaks Dutch by default, English on request', async () => {
    const dutch = await app.inject({ method: 'GET', url: '/forbidden' });
    expect(dutch.statusCode).toBe(403);
    expect(dutch.json().error.message).toMatch(/geen recht/);
    const english = await app.inject({
      method: 'GET',
      url: '/forbidden',
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().error.message).toMatch(/do not have the right/);
  });

  it('tells a throttled client when to come back', async () => {
    const response = await app.inject({ method: 'GET', url: '/busy' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('42');
    expect(response.json().error.message).toContain('42 seconden');
  });

  it('answers invalid input with 422 and the fields that are wrong', async () => {
    const response = await app.inject({ method: 'POST', url: '/form', payload: { name: 'x', age: 'old' } });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields).sort()).toEqual(['age', 'name']);
  });

  it('answers malformed JSON with 422, an unknown path with 404 and an oversized body with 413', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(422);
    const unknown = await app.inject({ method: 'GET', url: '/nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('NOT_FOUND');
    const huge = await app.inject({
      method: 'POST',
      url: '/form',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), age: 1 }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
