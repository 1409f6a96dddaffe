import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The field app (/veld) is its own build: its first load holds only what a field worker's phone needs
// (no office pages, no office texts), and its service worker precaches exactly these files.
// Built after the office app (`npm run build:web`), into web/dist/veld.
export default defineConfig({
  root: fileURLToPath(new URL('./veld', import.meta.url)),
  base: '/veld/',
  publicDir: fileURLToPath(new URL('./veld/public', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/veld', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
