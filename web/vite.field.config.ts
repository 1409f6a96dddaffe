import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type Plugin } from 'vite';
import { type BuiltFile, precacheEntries } from './src/field/service-worker/precache-entries.ts';

const base = '/veld/';
const outDir = fileURLToPath(new URL('./dist/veld', import.meta.url));

// The field app (/veld) is its own build: its first load holds only what a field worker's phone needs
// (no office pages, no office texts), and its service worker precaches exactly these files.
// Built after the office app (`npm run build:web`), into web/dist/veld.
export default defineConfig({
  root: fileURLToPath(new URL('./veld', import.meta.url)),
  base,
  publicDir: fileURLToPath(new URL('./veld/public', import.meta.url)),
  plugins: [react(), fieldServiceWorker()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});

/**
 * After the app is written, builds its service worker (web/src/field/service-worker/sw.ts) into
 * /veld/sw.js: one classic script (IIFE; Firefox and Safari run no module service workers everywhere)
 * with workbox's runtime modules and the list of every file of this build to precache.
 */
function fieldServiceWorker(): Plugin {
  return {
    name: 'veld-service-worker',
    apply: 'build',
    async closeBundle() {
      const entries = precacheEntries(await builtFiles(outDir), base);
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: {
          'process.env.NODE_ENV': JSON.stringify('production'),
          __VELD_PRECACHE__: JSON.stringify(entries),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: fileURLToPath(new URL('./src/field/service-worker/sw.ts', import.meta.url)),
            formats: ['iife'],
            name: 'veldServiceWorker',
            fileName: () => 'sw.js',
          },
        },
      });
    },
  };
}

async function builtFiles(dir: string): Promise<BuiltFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const contentHash = createHash('sha256')
          .update(await readFile(file))
          .digest('hex')
          .slice(0, 16);
        return { path: path.relative(dir, file).split(path.sep).join('/'), contentHash };
      }),
  );
}
