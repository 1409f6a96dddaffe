/** "Rapportages": the four reports, one tab each. */
export const reportPaths = {
  page: '/rapportages',
} as const;
