import { defineConfig } from 'vitest/config';

// Three kinds of tests, each a project:
// - unit: pure code, no database (`*.test.ts`)
// - integration-pglite / integration-postgres: the same `*.int.test.ts` files against each database,
//   fresh organisation per test
// - e2e: a real browser against the running app (`tests/e2e/*.e2e.test.ts`)
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.pg.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration-pglite',
          include: ['server/**/*.int.test.ts'],
          env: { VELDWERK_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration-postgres',
          // `*.pg.test.ts`: behaviour only a server database has (e.g. losing the connection).
          include: ['server/**/*.int.test.ts', 'server/**/*.pg.test.ts'],
          env: { VELDWERK_TEST_DB: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
