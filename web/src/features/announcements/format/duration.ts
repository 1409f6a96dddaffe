export type DurationParts = { days: number; hours: number; minutes: number };

/** 1590 minutes → 1 day, 2 hours and 30 minutes; zero parts are left out when the text is made. */
export function splitDuration(totalMinutes: number): DurationParts {
  const minutes = Math.max(0, Math.round(totalMinutes));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/** "1 dag, 2 uur en 30 minuten": `unit` gives the words of one part in the user's language. */
export function formatDuration(
  totalMinutes: number,
  language: string,
  unit: (part: keyof DurationParts, count: number) => string,
): string {
  const parts = splitDuration(totalMinutes);
  const words = (['days', 'hours', 'minutes'] as const)
    .filter((part) => parts[part] > 0)
    .map((part) => unit(part, parts[part]));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(
    words.length > 0 ? words : [unit('minutes', 0)],
  );
}
