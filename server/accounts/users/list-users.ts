import type { Executor } from '../../infra/db/database.ts';
import { toUserSummary } from './user-presenter.ts';
import type { ListUsersQuery, UserSummary } from './user-schemas.ts';
import type { Caller } from './users-deps.ts';
import { listUsers as listUserRecords } from './users-repository.ts';

/** "Mijn bedrijf → Gebruikers": one page of the organisation's users; removed ones only when asked. */
export async function listUsers(
  db: Executor,
  caller: Caller,
  query: ListUsersQuery,
): Promise<{ items: UserSummary[]; total: number }> {
  const { items, total } = await listUserRecords(db, caller.actor.organisationId, query);
  return { items: items.map(toUserSummary), total };
}
