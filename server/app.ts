import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { createActorCache } from './accounts/actor-cache.ts';
import type { Auth } from './accounts/auth.ts';
import { accountRoutes } from './accounts/routes/account-routes.ts';
import { holidayRulesRoutes } from './accounts/routes/holiday-rules-routes.ts';
import { invitationRoutes } from './accounts/routes/invitation-routes.ts';
import { logbookRoutes } from './accounts/routes/logbook-routes.ts';
import { meRoutes } from './accounts/routes/me-routes.ts';
import { organisationSecurityRoutes } from './accounts/routes/organisation-security-routes.ts';
import { regionsRoutes } from './accounts/routes/regions-routes.ts';
import { usersRoutes } from './accounts/routes/users-routes.ts';
import { userSessionsRoutes } from './accounts/sessions/user-sessions-routes.ts';
import { announcementRoutes } from './announcements/routes/announcement-routes.ts';
import { companyRoutes } from './company/company-routes.ts';
import { fieldRoutes } from './field/field-routes.ts';
import type { Config } from './infra/config/config.ts';
import type { DatabaseHandle } from './infra/db/database.ts';
import { registerAuthHandler } from './infra/http/auth-handler.ts';
import { registerAuthentication } from './infra/http/authenticate.ts';
import { registerCsrfCheck } from './infra/http/csrf.ts';
import { registerErrorHandler } from './infra/http/error-handler.ts';
import type { Jobs } from './infra/jobs/jobs.ts';
import type { Mailer } from './infra/mail/outbox.ts';
import './infra/http/route-access.ts';
import { registerWebApp } from './infra/http/web-app.ts';
import { type KlicWiring, klicRoutes } from './klic/klic-routes.ts';
import { healthRoutes } from './platform/health-routes.ts';
import { mailOutboxRoutes } from './platform/mail-outbox-routes.ts';
import { openapiRoutes } from './platform/openapi-routes.ts';
import { projectRoutes } from './projects/project-routes.ts';
import { reportRoutes } from './reports/report-routes.ts';

export type AppDependencies = {
  config: Pick<Config, 'publicUrl' | 'trustProxy' | 'invitationValidDays'> &
    Partial<Pick<Config, 'mapOnlineBackgroundUrl'>>;
  database: DatabaseHandle;
  auth: Auth;
  mailer: Mailer;
  logger: Logger;
  /** The job queue; absent in API tests, where announcements are stored but not pushed. */
  jobs?: Pick<Jobs, 'send'>;
  /** The blob store and settings of the KLIC intake (its jobs go to `klicJobs`). */
  klic: KlicWiring;
  /** Where KLIC intakes are queued; API tests pass an in-process queue they run themselves. */
  klicJobs: Pick<Jobs, 'send'>;
  /** Where the built web app lives; absent in API-only tests. */
  webDistDir?: string;
};

export const defaultWebDistDir = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Builds the HTTP application: infrastructure plugins first, then each module's routes. */
export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...onlineBackgroundOrigin(deps.config.mapOnlineBackgroundUrl)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Veldwerk API', version: '0.1.0' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'veldwerk.session_token' } },
      },
    },
    transform: jsonSchemaTransform,
  });

  registerErrorHandler(app);
  registerCsrfCheck(app, deps.config.publicUrl);
  const actorCache = createActorCache({ ttlMs: 5_000, maxEntries: 10_000 });
  registerAuthentication(app, deps.auth, deps.database.db, actorCache);
  registerAuthHandler(app, {
    auth: deps.auth,
    db: deps.database.db,
    cache: actorCache,
    publicUrl: deps.config.publicUrl,
  });

  await app.register(openapiRoutes);
  await app.register(healthRoutes(deps.database));
  await app.register(
    meRoutes(deps.database.db, { mapOnlineBackgroundUrl: deps.config.mapOnlineBackgroundUrl }),
  );
  await app.register(accountRoutes(deps.auth, deps.database.db, actorCache));
  await app.register(organisationSecurityRoutes(deps.database.db, actorCache));
  await app.register(holidayRulesRoutes(deps.database.db));
  await app.register(regionsRoutes(deps.database.db));
  await app.register(logbookRoutes(deps.database.db));
  await app.register(mailOutboxRoutes(deps.database.db));
  await app.register(usersRoutes({ ...deps, db: deps.database.db, actorCache }));
  await app.register(userSessionsRoutes({ db: deps.database.db, actorCache }));
  await app.register(invitationRoutes({ ...deps, db: deps.database.db }));
  await app.register(announcementRoutes({ db: deps.database.db, jobs: deps.jobs }));
  await app.register(projectRoutes(deps.database.db));
  await app.register(reportRoutes(deps.database.db));
  await app.register(companyRoutes(deps.database.db));
  await app.register(
    klicRoutes({ db: deps.database.db, jobs: deps.klicJobs, logger: deps.logger, klic: deps.klic }),
  );
  await app.register(fieldRoutes({ db: deps.database.db, blobs: deps.klic.blobs }));

  if (deps.webDistDir) await registerWebApp(app, deps.webDistDir);
  return app;
}

/** The map's optional online background (PDOK) is the only image source outside our own origin. */
function onlineBackgroundOrigin(url: string | undefined): string[] {
  return url ? [new URL(url).origin] : [];
}
