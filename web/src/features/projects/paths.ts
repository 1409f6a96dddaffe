/** "Klic Beheer": the project list of the chosen region. */
export const projectPaths = {
  list: '/klic/projecten',
} as const;
