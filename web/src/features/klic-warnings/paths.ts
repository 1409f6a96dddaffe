/** The warnings pages, and the page of another feature they lead to (features do not import each other). */
export const klicWarningPaths = {
  list: '/klic/waarschuwingen',
  settings: '/mijn-bedrijf/waarschuwingen',
} as const;

/** "Klics beheren" of a project. */
export const projectKlicsPath = (projectId: string) =>
  `/klic/projecten/${encodeURIComponent(projectId)}/klics`;
