import { createContext, useContext } from 'react';

export type Ability =
  | 'users.manage'
  | 'regions.manage'
  | 'logbook.read'
  | 'announcements.publish'
  | 'mail.readOutbox'
  | 'settings.manage'
  | 'klic.manage'
  | 'klic.intake'
  | 'field.use'
  | 'reports.read'
  | 'reasonLists.manage'
  | 'helpdesk.manage'
  | 'klicWarnings.configure';
export type Right = 'userAdmin' | 'workPlanner' | 'fieldWorker';
export type Region = { id: string; name: string };

/** The logged-in user as `GET /api/me` describes them. */
export type Session = {
  user: { id: string; name: string; email: string };
  organisation: { id: string; name: string };
  rights: Right[];
  regions: Region[];
  abilities: Partial<Record<Ability, boolean>>;
  /** Set by an admin who chose the password: the user must choose their own before anything else. */
  mustChangePassword: boolean;
  twoFactor: { enabled: boolean; required: boolean };
  notifications: { choice: 'informed' | 'declined' | null };
  /** The instance's map settings; the online background (PDOK) only when configured. */
  map?: { onlineBackgroundUrl: string | null };
};

/** Filled by the auth feature for every page behind the login. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside a logged-in page');
  return session;
}

/** Whether the logged-in user may do this; the server checks it again. */
export function useAbility(ability: Ability): boolean {
  return useSession().abilities[ability] === true;
}
