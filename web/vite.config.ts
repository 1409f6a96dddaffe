import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Development: start the server with PUBLIC_URL=http://localhost:5173 so that better-auth trusts the
// Origin of this dev server; `/api` is passed on to the server on port 3000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay in the browser's cache.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 2,
            },
            // Only what the first page needs (here and in vendor): libraries of pages loaded on demand
            // (@mantine/charts and recharts for the reports, OpenLayers and jsPDF for the map) stay in
            // those pages' chunks.
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 1, tags: ['$initial'] },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
