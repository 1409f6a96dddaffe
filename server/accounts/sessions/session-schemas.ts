import { z } from 'zod';

/** One device's session as user admins see it; the token never leaves the server. */
export const userSessionSchema = z.object({
  id: z.string(),
  /** "Chrome op Android", in the caller's language. */
  device: z.string(),
  browser: z.string().nullable(),
  platform: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** better-auth renews a session at most once a day, so this is accurate to the day. */
  lastActiveAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** The session of the request itself: the admin looking at their own device. */
  current: z.boolean(),
});

export type UserSession = z.infer<typeof userSessionSchema>;

export const userSessionsSchema = z.object({
  items: z.array(userSessionSchema),
  total: z.number().int(),
});

export const userSessionParamsSchema = z.object({
  id: z.string().min(1).max(100),
  sessionId: z.string().min(1).max(100),
});
