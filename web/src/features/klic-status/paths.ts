/** "Status klics" (Mijn bedrijf) and "Klic ontvangstbevestigingen" (from the projects page). */
export const klicStatusPaths = {
  status: '/mijn-bedrijf/status-klics',
  receipts: '/klic/ontvangstbevestigingen',
  /** The melding's own page (the KLIC page feature). */
  melding: (id: string) => `/klic/meldingen/${encodeURIComponent(id)}`,
  receiptPdf: (id: string) => `/api/klic/meldingen/${encodeURIComponent(id)}/receipt`,
} as const;
