/** The map of one KLIC-melding. */
export const klicMapPaths = {
  map: '/klic/meldingen/:meldingId/kaart',
} as const;

export const klicMapPath = (meldingId: string) => `/klic/meldingen/${encodeURIComponent(meldingId)}/kaart`;
