import { findPostgresBin, startThrowawayPostgres } from '../../scripts/lib/throwaway-postgres.ts';
import { type RunningApp, startApp } from '../../tests/e2e/support/running-app.ts';

/**
 * Veldwerk as production runs it (NODE_ENV=production, JSON logs at warn) on PostgreSQL: the one in
 * BENCH_DATABASE_URL, or a throw-away server. Seeds the demo organisation, whose logins the benches use.
 */
export async function startProductionApp(): Promise<{ app: RunningApp; stop(): Promise<void> }> {
  const bin = findPostgresBin();
  const postgres = process.env.BENCH_DATABASE_URL
    ? undefined
    : bin
      ? await startThrowawayPostgres(bin)
      : undefined;
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? postgres?.url;
  if (!databaseUrl)
    throw new Error('No PostgreSQL: install the postgresql package or set BENCH_DATABASE_URL.');
  const app = await startApp({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    // Production does not seed by default; the benches log in with demo accounts.
    SEED_DEMO: 'auto',
    AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-000',
    LOG_LEVEL: 'warn',
  });
  return {
    app,
    async stop() {
      await app.stop();
      postgres?.stop();
    },
  };
}
