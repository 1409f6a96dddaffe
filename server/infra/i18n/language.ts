export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Dutch unless the request prefers English (the web app sends its chosen language). */
export function languageFromHeader(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'nl';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
