import type { baseNl } from './base.nl';

/** English texts every app needs; the same keys as `base.nl.ts`. */
export const baseEn: typeof baseNl = {
  app: {
    name: 'Veldwerk',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
  },
  common: {
    retry: 'Try again',
    close: 'Close',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: 'Page {{page}}',
    reload: 'Reload page',
  },
  errors: {
    network: 'Veldwerk cannot be reached. Check your internet connection and try again.',
    unexpected: 'Something went wrong (error code {{status}}). Try again later.',
    sessionTitle: 'Your details could not be loaded',
    crashTitle: 'Something went wrong',
    crashText: 'This page could not be shown. Reload the page; if it keeps failing, try again later.',
  },
  language: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
    current: 'selected',
  },
};
