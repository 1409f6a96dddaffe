import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'veldwerk-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Veldwerk</title>');
  await writeFile(path.join(distDir, 'assets', 'app-1234.js'), 'console.log(1)');
  await mkdir(path.join(distDir, 'veld', 'assets'), { recursive: true });
  await writeFile(path.join(distDir, 'veld', 'index.html'), '<!doctype html><title>Veldwerk Veld</title>');
  await writeFile(path.join(distDir, 'veld', 'assets', 'field-1234.js'), 'console.log(2)');
  await writeFile(path.join(distDir, 'veld', 'sw.js'), '(function(){})()');
  await writeFile(path.join(distDir, 'veld', 'manifest.webmanifest'), '{"name":"Veldwerk Veld"}');
  t = await createTestApp({ webDistDir: distDir });
});
afterAll(async () => {
  await t.close();
  await rm(distDir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers the pages of the app with index.html, never cached', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/mijn-bedrijf/uitgaande-email' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Veldwerk</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves built assets with a long cache life', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers the pages of the field app under /veld with its own index.html, never cached', async () => {
    for (const url of ['/veld', '/veld/', '/veld/klics/0190a3b4/kaart']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>Veldwerk Veld</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const office = await t.app.inject({ method: 'GET', url: '/veldwerk-info' });
    expect(office.body).toContain('<title>Veldwerk</title>');
  });

  it("serves the field app's built assets with a long cache life", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/veld/assets/field-1234.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing asset of either app with 404, not a page (a chunk of a replaced release)', async () => {
    for (const url of [
      '/assets/app-0000.js',
      '/veld/assets/field-0000.js',
      '/veld/assets/field-0000.css?v=1',
      '/assets/',
      '/assets/sub/deeper.js',
    ]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('<title>');
    }
  });

  it('answers a path with a malformed %-escape with a 4xx, never a page or a 500', async () => {
    // Fastify's router refuses most of these itself (400) before any route sees them.
    for (const url of ['/veld/%E0%A4%A', '/assets/%', '/%zz', '/mijn-bedrijf/%E0%A4%A']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain('<title>');
    }
    // The router ends the path at '#', the web app does not: a raw request line reaches it undecodable.
    const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    for (const url of ['/veld/x#%E0%A4%A', '/assets/x.js#%zz', '/x#%']) {
      const answer = await rawGet(Number(address.port), url);
      expect(answer.split('\r\n')[0], url).toBe('HTTP/1.1 404 Not Found');
      expect(answer, url).not.toContain('<title>');
    }
  });

  it("serves the field app's service worker as JavaScript that the phone always asks again", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/veld/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe('(function(){})()');
  });

  it("serves the field app's manifest as a web app manifest, asked again on every start", async () => {
    const response = await t.app.inject({ method: 'GET', url: '/veld/manifest.webmanifest' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toEqual({ name: 'Veldwerk Veld' });
  });

  it('lets pages register a service worker and read a manifest of their own origin only', async () => {
    const header = (await t.app.inject({ method: 'GET', url: '/veld/' })).headers['content-security-policy'];
    const directives = new Map(
      String(header)
        .split(';')
        .map((directive) => {
          const [name, ...sources] = directive.trim().split(/\s+/);
          return [name, sources] as const;
        }),
    );
    expect(directives.get('worker-src')).toContain("'self'");
    expect(directives.get('worker-src')).not.toContain('*');
    // No manifest-src: the manifest falls back to default-src, which is this origin only.
    expect(directives.has('manifest-src')).toBe(false);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('answers an unknown API path with a JSON 404, not the web app', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('does not serve files outside the build', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/..%2f..%2fetc%2fpasswd' });
    expect(response.body).not.toContain('root:');
  });
});

/** A GET with the request line exactly as given (inject and fetch would normalise it). */
function rawGet(port: number, url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${url} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}
