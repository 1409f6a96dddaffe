/** 'P-2026-001 – Riolering Dorpsstraat', the number alone without a description, '–' without a project. */
export function projectLabel(row: {
  projectNumber: string | null;
  projectDescription: string | null;
}): string {
  return `${row.projectNumber ?? '–'}${row.projectDescription ? ` – ${row.projectDescription}` : ''}`;
}
