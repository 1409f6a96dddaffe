import lockfile from 'proper-lockfile';
import { AppError } from '../errors/app-error.ts';

/**
 * Locks a PGlite data directory for this process. The lock file's modification time is refreshed while
 * the process lives; a lock left by a crashed process goes stale after `staleMs` and is taken over.
 */
export async function lockDataDirectory(dataDir: string, staleMs = 10_000): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: `${dataDir}/veldwerk.lock`,
      stale: staleMs,
      update: staleMs / 2,
      realpath: false,
      onCompromised: (error) => {
        // Another process took the directory over: continuing would corrupt it.
        console.error(`The lock on ${dataDir} was lost (${error.message}); stopping to protect the data.`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new AppError('SERVICE_UNAVAILABLE', {
        detail:
          `Another Veldwerk process is already using the data directory ${dataDir}. ` +
          'PGlite allows one process per directory: stop the other process, or give this one its own ' +
          'DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several processes.',
        cause: error,
      });
    }
    throw error;
  }
}
