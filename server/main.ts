import { startVeldwerk } from './boot.ts';
import { ConfigError, loadConfig } from './infra/config/config.ts';
import { isAppError } from './infra/errors/app-error.ts';
import { createLogger } from './infra/logging/logger.ts';

/** The process entry point: every way a start can fail ends in one clear sentence and exit code 1. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof ConfigError ? error.message : String(error));
  }
  const logger = createLogger({
    level: config.logLevel,
    pretty: config.env === 'development' && process.stdout.isTTY,
  });
  try {
    const running = await startVeldwerk(config, logger);
    logger.info(`Veldwerk is running at ${config.publicUrl} (${config.database.kind})`);
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'stopping');
      await running.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    fail(describeStartFailure(error, config));
  }
}

function describeStartFailure(error: unknown, config: ReturnType<typeof loadConfig>): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return `Port ${config.port} is already in use. Stop the program that uses it, or start Veldwerk on another port with PORT=…`;
  }
  if (code === 'EACCES')
    return `Not allowed to listen on port ${config.port}. Choose a port above 1024 with PORT=…`;
  if (isAppError(error)) return error.message;
  if (config.database.kind === 'postgres' && isConnectionError(error)) {
    const target = new URL(config.database.url);
    return (
      `Cannot reach PostgreSQL at ${target.hostname}:${target.port || 5432}/${target.pathname.slice(1)} ` +
      `(${(error as Error).message}). Check that the server runs and that DATABASE_URL is right.`
    );
  }
  return `Veldwerk could not start: ${(error as Error).stack ?? String(error)}`;
}

function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '28P01', '3D000', '28000'].includes(code) ||
    /timeout|terminated|connect/i.test((error as Error).message ?? '')
  );
}

function fail(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}

await main();
