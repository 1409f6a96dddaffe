/** The field app's pages, relative to its base `/veld` (the router's basename). */
export const fieldBase = '/veld';

export const fieldPaths = {
  list: '/',
  klic: (klicId: string) => `/klics/${encodeURIComponent(klicId)}`,
  map: (klicId: string) => `/klics/${encodeURIComponent(klicId)}/kaart`,
  documents: (klicId: string) => `/klics/${encodeURIComponent(klicId)}/documenten`,
  register: (klicId: string, kind: string) =>
    `/klics/${encodeURIComponent(klicId)}/registreren/${encodeURIComponent(kind)}`,
  abort: (klicId: string) => `/klics/${encodeURIComponent(klicId)}/afbreken`,
  outbox: '/wachtrij',
};
