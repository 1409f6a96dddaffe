import type { Database } from '../../infra/db/database.ts';
import type { Mailer } from '../../infra/mail/outbox.ts';
import type { Actor } from '../actor.ts';
import type { ActorCache } from '../actor-cache.ts';
import type { Auth } from '../auth.ts';

/** What the user administration needs from the application. */
export type UsersDeps = {
  db: Database;
  auth: Auth;
  mailer: Mailer;
  config: { publicUrl: string; invitationValidDays: number };
  /**
   * This instance's actor cache: after a change of rights, regions, password or removal the user's
   * cached actors are dropped at once. Other instances see the change when their entry expires (5 s).
   */
  actorCache?: Pick<ActorCache, 'invalidateUser'>;
};

/** Who asks, and from where: for the tenancy scope and the logbook. */
export type Caller = { actor: Actor; ipAddress: string };

export function auditActor(caller: Caller) {
  return { userId: caller.actor.userId, name: caller.actor.name };
}
