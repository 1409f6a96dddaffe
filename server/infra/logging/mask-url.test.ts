import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { requestSerializers } from './logger.ts';
import { maskSecretsInUrl } from './mask-url.ts';

describe('secrets in logged URLs', () => {
  it('masks invitation tokens and reset tokens, and leaves other URLs alone', () => {
    expect(maskSecretsInUrl('/uitnodiging/abcDEF123_-')).toBe('/uitnodiging/[redacted]');
    expect(maskSecretsInUrl('/api/invitations/abcDEF123/accept')).toBe('/api/invitations/[redacted]/accept');
    expect(maskSecretsInUrl('/wachtwoord-herstellen?token=xyz&x=1')).toBe(
      '/wachtwoord-herstellen?token=[redacted]&x=1',
    );
    expect(maskSecretsInUrl('/api/users?search=token')).toBe('/api/users?search=token');
    expect(maskSecretsInUrl('https://service10.kadaster.nl/gds2/download/public/1b2c-3d4e')).toBe(
      'https://service10.kadaster.nl/gds2/download/public/[redacted]',
    );
  });

  it('never lets the token reach a request log line', async () => {
    let logged = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk;
        done();
      },
    });
    const logger = pino({ level: 'info', serializers: requestSerializers }, sink);
    const app = Fastify({ loggerInstance: logger as FastifyBaseLogger });
    app.get('/api/invitations/:token', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/api/invitations/geheim-token-123' });
    await app.close();
    expect(logged).toContain('/api/invitations/[redacted]');
    expect(logged).not.toContain('geheim-token-123');
  });
});
