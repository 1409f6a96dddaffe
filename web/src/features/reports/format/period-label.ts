/** '2026-03' → 'maart 2026' (English 'March 2026'); '2026-W11' → the week text with number and year. */
export function periodLabel(
  period: string,
  language: string,
  weekText: (values: { week: number; year: string }) => string,
): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return weekText({ week: Number(week[2]), year: week[1] as string });
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${period}-01T00:00:00Z`));
}

/** Whole numbers as the reader writes them: 1.234 in Dutch, 1,234 in English. */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(value);
}
