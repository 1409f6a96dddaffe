import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization, twoFactor, username } from 'better-auth/plugins';
import type { Logger } from 'pino';
import type { Database } from '../infra/db/database.ts';
import * as schema from '../infra/db/schema/index.ts';
import type { Mailer } from '../infra/mail/outbox.ts';
import { passwordResetValidSeconds, sendPasswordResetMail } from './sign-in/password-reset-mail.ts';
import { loginEvents, refuseRemovedUsers } from './sign-in/session-rules.ts';

/** argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane); see docs/decisions/0003-auth-better-auth.md. */
export const passwordHashOptions = {
  // Algorithm.Argon2id; the package exports a const enum, which type stripping cannot read.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Cookie names start with this: `veldwerk.session_token`, `__Secure-veldwerk.session_token` behind TLS. */
export const authCookiePrefix = 'veldwerk';

/** The request header better-auth reads the client's address from; the HTTP layer sets it from request.ip. */
export const clientIpHeader = 'x-veldwerk-client-ip';

export type AuthSettings = {
  secret: string;
  /** better-auth's own messages go to the application log. */
  logger: Logger;
  baseUrl: string;
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
  /** Password-reset mails go through the outbox. */
  mailer: Mailer;
};

/**
 * better-auth owns users, passwords and sessions. Organisations are its organisations (the tenant
 * boundary), regions are its teams, and a user's rights are the roles of their membership.
 * Login throttling and the password policy sit in front of it (server/infra/http/auth-handler.ts).
 */
export function createAuth(db: Database, settings: AuthSettings) {
  const organisations = organization({
    allowUserToCreateOrganization: false,
    teams: { enabled: true, allowRemovingAllTeams: true },
    creatorRole: 'userAdmin',
  });
  return betterAuth({
    appName: 'Veldwerk',
    secret: settings.secret,
    baseURL: settings.baseUrl,
    basePath: '/api/auth',
    trustedOrigins: [new URL(settings.baseUrl).origin],
    database: drizzleAdapter(db, { provider: 'pg', schema, usePlural: false }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 256,
      password: {
        hash: (password) => hash(password, passwordHashOptions),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      sendResetPassword: sendPasswordResetMail(db, settings.mailer, settings.baseUrl),
      resetPasswordTokenExpiresIn: passwordResetValidSeconds,
      revokeSessionsOnPasswordReset: true,
    },
    // No session cookie cache: a session that is ended (logout, new password, removal) must stop
    // working at once, not minutes later. The actor cache (5 s) keeps authenticated bursts cheap.
    session: {
      expiresIn: settings.sessionMaxAgeSeconds,
      updateAge: 60 * 60 * 24,
    },
    databaseHooks: {
      session: { create: { before: refuseRemovedUsers(db) } },
    },
    // Reset links and two-factor challenges are stored hashed: the database alone cannot redeem them.
    verification: { storeIdentifier: 'hashed' },
    rateLimit: {
      // Logins are throttled by Veldwerk instead (sign-in/throttle.ts): per account and address, shared
      // by all instances, counting failures only. better-auth's limit here would count every login
      // from an office behind one address and live in one instance's memory.
      // On everywhere (better-auth's default is production only), for the second factor above all: a
      // password holder must not be able to try the million TOTP codes. In memory, per instance and
      // address; a generous general limit only stops floods.
      enabled: true,
      window: 10,
      max: 1000,
      customRules: {
        '/sign-in/email': false,
        '/sign-in/username': false,
        // Password changes are checked by Veldwerk's own route and guard (account-routes.ts).
        '/change-password': false,
        '/two-factor/verify-totp': { window: 60, max: 10 },
        '/two-factor/verify-backup-code': { window: 60, max: 10 },
      },
    },
    advanced: {
      cookiePrefix: authCookiePrefix,
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // better-auth skips its Origin (CSRF) check when NODE_ENV=test; keep it on so tests see the truth.
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
    // Users, organisations and regions change only through Veldwerk's API (rights, tenancy, logbook).
    // Over HTTP, better-auth's own routes for them would let a member rename themselves or leave
    // their organisation; server code can still call them through auth.api.
    disabledPaths: [
      '/update-user',
      ...Object.values(organisations.endpoints)
        .map((endpoint) => endpoint.path)
        .filter((path) => path !== ''),
    ],
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      log: (level, message) => settings.logger[level]({ source: 'better-auth' }, message),
    },
    plugins: [
      username(),
      organisations,
      twoFactor({ issuer: 'Veldwerk' }),
      // After twoFactor: its hook withdraws the session of a login that still needs the second factor.
      loginEvents(db),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
