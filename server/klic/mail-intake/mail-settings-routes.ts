import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { klicMailSettings } from '../../infra/db/schema/index.ts';
import type { ErrorCode } from '../../infra/errors/app-error.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { errorMessage } from '../../infra/i18n/error-messages.ts';
import { type Language, languageFromHeader } from '../../infra/i18n/language.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { assertPublicImapHost } from './imap-host-check.ts';
import { defaultImapPort, type MailSettingsRow, mailSettingsOf } from './mail-settings-repository.ts';
import './mail-intake-messages.ts';
import '../mail/imap-messages.ts';
import type { SecretBox } from './secret-box.ts';

const settingsSchema = z.object({
  intakeAddress: z.string(),
  imap: z.object({
    enabled: z.boolean(),
    host: z.string().nullable(),
    port: z.number().nullable(),
    secure: z.boolean(),
    user: z.string().nullable(),
    mailbox: z.string(),
    passwordSet: z.boolean(),
    lastPolledAt: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
});

const hostName = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$/);

const imapBody = z
  .object({
    enabled: z.boolean(),
    host: hostName.nullable(),
    port: z.number().int().min(1).max(65_535).nullable(),
    secure: z.boolean(),
    user: z.string().trim().min(1).max(320).nullable(),
    password: z.string().min(1).max(500).optional(),
    mailbox: z.string().trim().min(1).max(200).default('INBOX'),
  })
  .refine((body) => !body.enabled || body.host, { path: ['host'], message: 'required' })
  .refine((body) => !body.enabled || body.user, { path: ['user'], message: 'required' });

/** "KLIC e-mail": the organisation's intake address and the IMAP mailbox Veldwerk polls. */
export function klicMailSettingsRoutes(deps: {
  db: Database;
  intakeDomain: string;
  secrets: SecretBox;
  allowInternalImapHosts: boolean;
}): FastifyPluginAsyncZod {
  const present = (row: MailSettingsRow, language: Language): z.infer<typeof settingsSchema> => ({
    intakeAddress: `${row.intakeLocalPart}@${deps.intakeDomain}`,
    imap: {
      enabled: row.imapEnabled,
      host: row.imapHost,
      port: row.imapPort,
      secure: row.imapSecure,
      user: row.imapUser,
      mailbox: row.imapMailbox,
      passwordSet: row.imapPasswordEncrypted !== null,
      lastPolledAt: row.imapLastPolledAt?.toISOString() ?? null,
      lastError: row.imapLastError
        ? (reasonMessage(language, row.imapLastError.reason ?? '', row.imapLastError.params) ??
          errorMessage(language, row.imapLastError.code as ErrorCode, row.imapLastError.params))
        : null,
    },
  });

  return async (app) => {
    app.get(
      '/api/klic/mail-settings',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The intake address and IMAP settings',
          response: { 200: settingsSchema },
        },
      },
      async (request) =>
        present(
          await mailSettingsOf(deps.db, requireActor(request).organisationId),
          languageFromHeader(request.headers['accept-language']),
        ),
    );

    app.put(
      '/api/klic/mail-settings/imap',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'Sets the IMAP mailbox to poll (the password is kept when omitted; never returned)',
          body: imapBody,
          response: { 200: settingsSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const body = request.body;
        if (body.host) await assertPublicImapHost(body.host, deps.allowInternalImapHosts);
        return deps.db.transaction(async (tx) => {
          const before = await mailSettingsOf(tx, actor.organisationId);
          const change = {
            imapEnabled: body.enabled,
            imapHost: body.host,
            imapPort: body.port ?? defaultImapPort(body.secure),
            imapSecure: body.secure,
            imapUser: body.user,
            imapMailbox: body.mailbox,
            ...(body.password ? { imapPasswordEncrypted: deps.secrets.seal(body.password) } : {}),
            imapLastError: null,
            updatedAt: new Date(),
          };
          const [row] = await tx
            .update(klicMailSettings)
            .set(change)
            .where(eq(klicMailSettings.organisationId, actor.organisationId))
            .returning();
          await recordAudit(tx, {
            organisationId: actor.organisationId,
            actor: { userId: actor.userId, name: actor.name },
            action: 'update',
            event: 'klic.imap.changed',
            entity: { type: 'klicMailSettings', id: actor.organisationId },
            before: { enabled: before.imapEnabled, host: before.imapHost, user: before.imapUser },
            after: {
              enabled: body.enabled,
              host: body.host,
              user: body.user,
              passwordChanged: Boolean(body.password),
            },
          });
          return present(row as MailSettingsRow, languageFromHeader(request.headers['accept-language']));
        });
      },
    );
  };
}
