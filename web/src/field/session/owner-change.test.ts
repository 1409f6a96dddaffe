import { describe, expect, it } from 'vitest';
import type { Session } from '@/shared/session';
import { isAnotherUser } from './owner-change';

function sessionOf(userId: string, organisationId = 'org-1'): Session {
  return {
    user: { id: userId, name: `User ${userId}`, email: `${userId}@example.nl` },
    organisation: { id: organisationId, name: 'Demo' },
    rights: ['fieldWorker'],
    regions: [],
    abilities: {},
    mustChangePassword: false,
    twoFactor: { enabled: false, required: false },
    notifications: { choice: null },
  };
}

describe('whether the data kept on the device belong to another user', () => {
  it('keeps them for the same user', () => {
    expect(isAnotherUser(sessionOf('mo'), sessionOf('mo'))).toBe(false);
  });

  it('keeps them when no session was known on this device (first login)', () => {
    expect(isAnotherUser(null, sessionOf('mo'))).toBe(false);
  });

  it('removes them when another user logged in', () => {
    expect(isAnotherUser(sessionOf('mo'), sessionOf('bea'))).toBe(true);
  });

  it('keeps them when only the name, e-mail or rights of the same user changed', () => {
    const renamed: Session = {
      ...sessionOf('mo'),
      user: { id: 'mo', name: 'Mo de Monteur', email: 'mo@elders.nl' },
      rights: ['fieldWorker', 'workPlanner'],
    };
    expect(isAnotherUser(sessionOf('mo'), renamed)).toBe(false);
  });

  it('removes them for another user who happens to have the same name and e-mail', () => {
    const lookalike: Session = { ...sessionOf('bea', 'org-2'), user: { ...sessionOf('mo').user, id: 'bea' } };
    expect(isAnotherUser(sessionOf('mo'), lookalike)).toBe(true);
  });
});
