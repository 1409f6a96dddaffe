import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Database } from '../infra/db/database.ts';
import type { BlobStore } from '../infra/files/index.ts';
import type { Jobs } from '../infra/jobs/jobs.ts';
import type { KlicIntakeSettings } from './intake/klic-intake-deps.ts';
import { klicMailSettingsRoutes } from './mail-intake/mail-settings-routes.ts';
import { createSecretBox } from './mail-intake/secret-box.ts';
import { klicFileRoutes } from './routes/klic-file-routes.ts';
import { klicIntakeRoutes } from './routes/klic-intake-routes.ts';
import { klicMeldingRoutes } from './routes/klic-melding-routes.ts';

export type KlicWiring = {
  blobs: BlobStore;
  settings: KlicIntakeSettings;
  intakeDomain: string;
  /** The instance secret; encrypts IMAP passwords at rest. */
  secret: string;
};

/** Every HTTP route of the klic module. */
export function klicRoutes(deps: {
  db: Database;
  jobs: Pick<Jobs, 'send'>;
  logger: Logger;
  klic: KlicWiring;
}): FastifyPluginAsync {
  return async (app) => {
    const intakeDeps = {
      db: deps.db,
      jobs: deps.jobs,
      logger: deps.logger,
      blobs: deps.klic.blobs,
      settings: deps.klic.settings,
    };
    await app.register(klicIntakeRoutes(intakeDeps));
    await app.register(klicMeldingRoutes(deps.db));
    await app.register(klicFileRoutes({ db: deps.db, blobs: deps.klic.blobs }));
    await app.register(
      klicMailSettingsRoutes({
        db: deps.db,
        intakeDomain: deps.klic.intakeDomain,
        secrets: createSecretBox(deps.klic.secret),
        allowInternalImapHosts: deps.klic.settings.allowInternalImapHosts,
      }),
    );
  };
}
