/** The page of one KLIC, its tabs (in `?tab=`), and the pages it links to. */
export const klicMeldingPaths = {
  detail: '/klic/meldingen/:meldingId',
} as const;

export const meldingTabs = ['overzicht', 'ev', 'bijlagen', 'contacten', 'preventie'] as const;
export type MeldingTab = (typeof meldingTabs)[number];

export function meldingTab(value: string | null): MeldingTab {
  return meldingTabs.find((tab) => tab === value) ?? 'overzicht';
}

export const mapPath = (meldingId: string) => `/klic/meldingen/${encodeURIComponent(meldingId)}/kaart`;
export const projectKlicsPath = (projectId: string) =>
  `/klic/projecten/${encodeURIComponent(projectId)}/klics`;
