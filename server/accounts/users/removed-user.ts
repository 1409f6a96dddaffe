import { AppError } from '../../infra/errors/app-error.ts';
import type { UserRecord } from './users-repository.ts';

/** Removed users cannot log in; passwords and invitations for them would be meaningless (409). */
export function assertNotRemoved(record: UserRecord): void {
  if (record.removedAt) {
    throw new AppError('CONFLICT', { fields: { id: 'user_removed' }, detail: 'user is removed' });
  }
}
