import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { isKnownPushService } from '../push-services.ts';
import { removeOwnSubscription, saveSubscription } from '../push-subscriptions.ts';
import { vapidKeys } from '../vapid-keys.ts';

const base64url = /^[A-Za-z0-9_-]+={0,2}$/;

/** Decoded length of a base64url text, to check the browser's keys before the push job trips over them. */
const decodedBytes = (text: string) => Buffer.from(text, 'base64url').length;

const endpointField = z
  .url({ protocol: /^https$/ })
  .max(2048)
  .refine(isKnownPushService, { message: 'not the push service of a supported browser' });

const subscriptionBody = z.strictObject({
  endpoint: endpointField,
  keys: z.strictObject({
    // An uncompressed P-256 public key (65 bytes) and a 16-byte authentication secret (RFC 8291).
    p256dh: z
      .string()
      .max(128)
      .regex(base64url)
      .refine((key) => decodedBytes(key) === 65),
    auth: z
      .string()
      .max(64)
      .regex(base64url)
      .refine((key) => decodedBytes(key) === 16),
  }),
});

/** Browser push: the key to subscribe with, and the user's subscriptions. */
export function pushSubscriptionRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/notifications/vapid-public-key',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: "This instance's public VAPID key (applicationServerKey)",
          response: { 200: z.object({ publicKey: z.string() }) },
        },
      },
      async () => ({ publicKey: (await vapidKeys(db)).publicKey }),
    );

    app.post(
      '/api/notifications/subscriptions',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: "Binds the browser's push subscription to the logged-in user",
          body: subscriptionBody,
        },
      },
      async (request, reply) => {
        await saveSubscription(db, { actor: requireActor(request), ipAddress: request.ip }, request.body);
        return reply.status(201).send();
      },
    );

    app.delete(
      '/api/notifications/subscriptions',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: "Removes one of the user's own push subscriptions",
          body: z.strictObject({ endpoint: z.string().min(1).max(2048) }),
        },
      },
      async (request, reply) => {
        const by = { actor: requireActor(request), ipAddress: request.ip };
        await removeOwnSubscription(db, by, request.body.endpoint);
        return reply.status(204).send();
      },
    );
  };
}
