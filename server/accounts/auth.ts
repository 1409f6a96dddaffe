import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization, username } from 'better-auth/plugins';
import type { Logger } from 'pino';
import type { Database } from '../infra/db/database.ts';
import * as schema from '../infra/db/schema/index.ts';

/** argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane); see docs/decisions/0004-auth.md. */
export const passwordHashOptions = {
  // Algorithm.Argon2id; the package exports a const enum, which type stripping cannot read.
  algorithm: 2 as Algorithm,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Cookie names start with this: `veldwerk.session_token`, `__Secure-veldwerk.session_token` behind TLS. */
export const authCookiePrefix = 'veldwerk';

export type AuthSettings = {
  secret: string;
  /** better-auth's own messages go to the application log. */
  logger: Logger;
  baseUrl: string;
  secureCookies: boolean;
  sessionMaxAgeSeconds: number;
};

/**
 * better-auth owns users, passwords and sessions. Organisations are its organisations (the tenant
 * boundary), regions are its teams, and a user's rights are the roles of their membership.
 */
export function createAuth(db: Database, settings: AuthSettings) {
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
    },
    session: {
      expiresIn: settings.sessionMaxAgeSeconds,
      updateAge: 60 * 60 * 24,
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    advanced: {
      cookiePrefix: authCookiePrefix,
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // better-auth skips its Origin (CSRF) check when NODE_ENV=test; keep it on so tests see the truth.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    telemetry: { enabled: false },
    logger: {
      level: 'warn',
      log: (level, message) => settings.logger[level]({ source: 'better-auth' }, message),
    },
    plugins: [
      username(),
      organization({
        allowUserToCreateOrganization: false,
        teams: { enabled: true, allowRemovingAllTeams: true },
        creatorRole: 'userAdmin',
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
