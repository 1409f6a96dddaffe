import type { ErrorParams } from '../errors/app-error.ts';
import type { Language } from './language.ts';

/** A module's sentences for its error reasons: what is wrong and what to do, in every language. */
export type ReasonCatalogue = Record<Language, Record<string, string>>;

const reasons: ReasonCatalogue = { nl: {}, en: {} };

/**
 * Adds a module's reasons (keys such as 'klic.not_a_zip') to the catalogue the error handler reads.
 * Modules call this where they define the reasons, so a reason is known as soon as its thrower is loaded.
 * Both languages must name the same reasons; a reason defined twice is a programming error.
 */
export function defineReasonMessages<T extends ReasonCatalogue>(catalogue: T): T {
  const dutch = Object.keys(catalogue.nl).sort();
  const english = Object.keys(catalogue.en).sort();
  if (dutch.join() !== english.join()) {
    throw new Error(`reason catalogue languages differ: ${dutch.join()} vs ${english.join()}`);
  }
  for (const language of ['nl', 'en'] as const) {
    for (const [reason, message] of Object.entries(catalogue[language])) {
      const known = reasons[language][reason];
      if (known !== undefined && known !== message) throw new Error(`reason ${reason} defined twice`);
      reasons[language][reason] = message;
    }
  }
  return catalogue;
}

/** The sentence for a reason with `{name}` filled from params, or null when the reason is unknown. */
export function reasonMessage(language: Language, reason: string, params: ErrorParams = {}): string | null {
  const template = reasons[language][reason];
  if (template === undefined) return null;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
