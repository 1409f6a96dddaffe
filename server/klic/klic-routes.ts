import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import type { Database } from '../infra/db/database.ts';
import type { BlobStore } from '../infra/files/index.ts';
import type { Jobs } from '../infra/jobs/jobs.ts';
import { klicAttachmentRoutes } from './attachments/attachment-routes.ts';
import { klicEvRoutes } from './ev/ev-routes.ts';
import type { KlicIntakeSettings } from './intake/klic-intake-deps.ts';
import { klicMailSettingsRoutes } from './mail-intake/mail-settings-routes.ts';
import { createSecretBox } from './mail-intake/secret-box.ts';
import { klicManageRoutes } from './manage/klic-manage-routes.ts';
import { klicMapRoutes } from './map/klic-map-routes.ts';
import { klicMeldingInfoRoutes } from './melding-info/melding-info-routes.ts';
import { preventionReportRoutes } from './prevention-report/prevention-report-routes.ts';
import { klicFileRoutes } from './routes/klic-file-routes.ts';
import { klicIntakeRoutes } from './routes/klic-intake-routes.ts';
import { klicMeldingRoutes } from './routes/klic-melding-routes.ts';
import { klicStatusRoutes } from './status/klic-status-routes.ts';
import { klicWarningRoutes } from './warnings/warning-routes.ts';

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
    await app.register(klicWarningRoutes(deps.db));
    await app.register(klicManageRoutes(deps.db));
    await app.register(klicStatusRoutes(deps.db));
    await app.register(klicFileRoutes({ db: deps.db, blobs: deps.klic.blobs }));
    await app.register(klicMapRoutes({ db: deps.db, blobs: deps.klic.blobs }));
    await app.register(klicEvRoutes(deps.db));
    await app.register(klicAttachmentRoutes({ db: deps.db, blobs: deps.klic.blobs }));
    await app.register(klicMeldingInfoRoutes(deps.db));
    await app.register(preventionReportRoutes({ db: deps.db, blobs: deps.klic.blobs }));
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
