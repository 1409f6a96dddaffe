/** "Klic Beheer": the project list of the chosen region. */
export const projectPaths = {
  list: '/klic/projecten',
  /** "Klic ontvangstbevestigingen" (a page of the Mijn bedrijf lists). */
  receipts: '/klic/ontvangstbevestigingen',
} as const;

/** "Klics beheren" of a project (the klic-manage feature's page). */
export const projectKlicsPath = (projectId: string) =>
  `/klic/projecten/${encodeURIComponent(projectId)}/klics`;
