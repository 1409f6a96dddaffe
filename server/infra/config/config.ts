import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every setting Veldwerk reads from the environment; the README's configuration table lists them. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_VALID_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Veldwerk <noreply@veldwerk.localhost>'),
  SEED_DEMO: z.enum(['auto', 'never']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFromEnv.default(false),
  KLIC_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(2000).default(500),
  KLIC_DOWNLOAD_HOSTS: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+(,[A-Za-z0-9.:[\]-]+)*$/, 'must be a comma-separated list of host names')
    .default('service10.kadaster.nl,service10.acceptatie.kadaster.nl'),
  KLIC_DOWNLOAD_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  KLIC_SMTP_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  KLIC_SMTP_HOST: z.string().min(1).default('0.0.0.0'),
  KLIC_SMTP_TLS_KEY_FILE: z.string().min(1).optional(),
  KLIC_SMTP_TLS_CERT_FILE: z.string().min(1).optional(),
  KLIC_INTAKE_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a domain name such as klic.example.nl')
    .optional(),
  KLIC_IMAP_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  KLIC_IMAP_ALLOW_INTERNAL_HOSTS: booleanFromEnv.default(false),
  MAP_ONLINE_BACKGROUND_URL: z
    .url()
    .regex(/^https?:\/\//, 'must start with https:// (a PDOK WMTS tile URL with {z}/{x}/{y}, or a WMS URL)')
    .optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  filesDir: string;
  authSecret: string | undefined;
  sessionMaxAgeSeconds: number;
  invitationValidDays: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  seedDemo: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  klic: {
    maxUploadBytes: number;
    allowedDownloadHosts: string[];
    downloadTimeoutMs: number;
    /** The SMTP listener for intake addresses; off when undefined. */
    smtpPort: number | undefined;
    smtpHost: string;
    /** PEM files; with both, the listener offers STARTTLS (the notices carry secret download links). */
    smtpTls: { keyFile: string; certFile: string } | undefined;
    /** The domain of the organisations' intake addresses (klic-…@domain). */
    intakeDomain: string;
    imapPollMinutes: number;
    allowInternalImapHosts: boolean;
  };
  /** An online background map in RD New (PDOK); the map never loads anything from the internet without it. */
  mapOnlineBackgroundUrl: string | undefined;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once at boot; throws a ConfigError that says what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration; fix these environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.AUTH_SECRET) {
    throw new ConfigError(
      'Invalid configuration: AUTH_SECRET is required in production (at least 32 random characters, ' +
        'e.g. `openssl rand -base64 48`), and must be the same on every instance.',
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    dataDir,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    filesDir: path.join(dataDir, 'files'),
    authSecret: e.AUTH_SECRET,
    sessionMaxAgeSeconds: e.SESSION_MAX_AGE_DAYS * 24 * 60 * 60,
    invitationValidDays: e.INVITATION_VALID_DAYS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    // Never a demo organisation (and printed passwords) in production unless asked for.
    seedDemo: (e.SEED_DEMO ?? (e.NODE_ENV === 'production' ? 'never' : 'auto')) === 'auto',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    klic: {
      maxUploadBytes: e.KLIC_MAX_UPLOAD_MB * 1024 * 1024,
      allowedDownloadHosts: e.KLIC_DOWNLOAD_HOSTS.split(',').map((host) => host.trim().toLowerCase()),
      downloadTimeoutMs: e.KLIC_DOWNLOAD_TIMEOUT_SECONDS * 1000,
      smtpPort: e.KLIC_SMTP_PORT,
      smtpHost: e.KLIC_SMTP_HOST,
      smtpTls:
        e.KLIC_SMTP_TLS_KEY_FILE && e.KLIC_SMTP_TLS_CERT_FILE
          ? { keyFile: e.KLIC_SMTP_TLS_KEY_FILE, certFile: e.KLIC_SMTP_TLS_CERT_FILE }
          : undefined,
      intakeDomain: e.KLIC_INTAKE_DOMAIN ?? new URL(e.PUBLIC_URL ?? 'http://localhost').hostname,
      imapPollMinutes: e.KLIC_IMAP_POLL_MINUTES,
      allowInternalImapHosts: e.KLIC_IMAP_ALLOW_INTERNAL_HOSTS,
    },
    mapOnlineBackgroundUrl: e.MAP_ONLINE_BACKGROUND_URL,
  };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
}
