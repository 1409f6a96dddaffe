import { createContext, useContext } from 'react';

/** What the logbook drawer shows: the history of one item. */
export type LogbookSubject = { entityType: string; entityId: string; label: string };

/**
 * Lets any list open the logbook drawer without importing the logbook feature: the logbook feature
 * provides it, the app composes it around the pages.
 */
export const LogbookOpenerContext = createContext<((subject: LogbookSubject) => void) | null>(null);

/** Opens the logbook drawer on one item; null where no drawer is provided (the button is then hidden). */
export function useOpenLogbook(): ((subject: LogbookSubject) => void) | null {
  return useContext(LogbookOpenerContext);
}
