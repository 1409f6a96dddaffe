import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('starts on the embedded default with no configuration at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('data/pglite') });
    expect(config.filesDir).toBe(path.resolve('data/files'));
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.smtpUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/veldwerk', DATABASE_POOL_SIZE: '20' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/veldwerk',
      poolSize: 20,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });

  it('names every wrong variable and what is wrong with it', () => {
    const attempt = () =>
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    expect(message).toMatch(/SMTP_URL: must start with smtp:\/\//);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  it('refuses production without an AUTH_SECRET and says how to make one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'short' })).toThrow(/at least 32/);
  });

  it('seeds demo data by default, but not in production unless asked', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_SECRET: secret, SEED_DEMO: 'auto' }).seedDemo).toBe(
      true,
    );
  });

  it('has no online map background unless one is configured, and only over http(s)', () => {
    expect(loadConfig({}).mapOnlineBackgroundUrl).toBeUndefined();
    const pdok =
      'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:28992/{z}/{x}/{y}.png';
    expect(loadConfig({ MAP_ONLINE_BACKGROUND_URL: pdok }).mapOnlineBackgroundUrl).toBe(pdok);
    expect(() => loadConfig({ MAP_ONLINE_BACKGROUND_URL: 'file:///etc/passwd' })).toThrow(
      /MAP_ONLINE_BACKGROUND_URL/,
    );
  });

  it('drops a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://veldwerk.example.nl/' }).publicUrl).toBe(
      'https://veldwerk.example.nl',
    );
  });
});
