/** "Klics beheren" and the pages of other features it leads to (features do not import each other). */
export const klicManagePaths = {
  klics: '/klic/projecten/:projectId/klics',
} as const;

export const projectKlicsPath = (projectId: string) =>
  `/klic/projecten/${encodeURIComponent(projectId)}/klics`;

export const projectsListPath = '/klic/projecten';

export type DetailTab = 'ev' | 'bijlagen' | 'contacten' | 'preventie';

export const meldingTabPath = (meldingId: string, tab: DetailTab) =>
  `/klic/meldingen/${encodeURIComponent(meldingId)}?tab=${tab}`;

export const meldingMapPath = (meldingId: string) => `/klic/meldingen/${encodeURIComponent(meldingId)}/kaart`;

export const deliveryZipUrl = (deliveryId: string) =>
  `/api/klic/deliveries/${encodeURIComponent(deliveryId)}/zip`;

export const receiptUrl = (meldingId: string) =>
  `/api/klic/meldingen/${encodeURIComponent(meldingId)}/receipt`;
