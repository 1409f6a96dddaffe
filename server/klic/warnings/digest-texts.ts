import type { Language } from '../../infra/i18n/language.ts';
import type { KlicWarning, WarningKind } from './warning-model.ts';

/** dd-mm-jjjj of an ISO date. */
export function dutchDate(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

type Texts = {
  subject(count: number, date: string): string;
  greeting(name: string): string;
  intro(date: string): string;
  heading: Record<WarningKind, string>;
  klic(w: KlicWarning): string;
  line: Record<WarningKind, (w: KlicWarning) => string>;
  more(count: number): string;
  all: string;
  why: string;
};

const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const nl: Texts = {
  subject: (count, date) => `Klic-waarschuwingen ${date}: ${days(count, 'waarschuwing', 'waarschuwingen')}`,
  greeting: (name) => `Goedemorgen ${name},`,
  intro: (date) => `Dit zijn de waarschuwingen voor uw Klic-meldingen op ${date}.`,
  heading: {
    expiring: 'Verloopt binnenkort',
    expired: 'Verlopen op een lopend project',
    partial: 'Levering nog niet compleet',
    evOpen: 'EV niet afgehandeld, start binnen 3 werkdagen',
  },
  klic: (w) =>
    `Klic ${w.meldnummer}${w.projectNumber ? `, project ${w.projectNumber}` : ' (niet gekoppeld)'}` +
    (w.subProject ? ` (${w.subProject})` : ''),
  line: {
    expiring: (w) =>
      (w.workdaysLeft === 0
        ? `vandaag (${dutchDate(w.expiresOn ?? '')}) de laatste geldige dag.`
        : `geldig tot en met ${dutchDate(w.expiresOn ?? '')}, nog ${days(w.workdaysLeft ?? 0, 'werkdag', 'werkdagen')}.`) +
      ' Vraag op tijd een nieuwe melding aan.',
    expired: (w) =>
      `verlopen sinds ${dutchDate(w.expiresOn ?? '')} (${days(-(w.workdaysLeft ?? 0), 'werkdag', 'werkdagen')} geleden). ` +
      'Doe een nieuwe melding voordat er gegraven wordt.',
    partial: () => 'de complete levering van het Kadaster is nog niet binnen. Controleer of die nog komt.',
    evOpen: (w) =>
      `start op ${dutchDate(w.startDate ?? '')}; de EV van ${w.operators.join(', ')} is nog niet afgehandeld. ` +
      'Neem contact op met de netbeheerder en handel de EV af.',
  },
  more: (count) => `… en nog ${count} meer in Veldwerk.`,
  all: 'Alle waarschuwingen',
  why: 'U ontvangt dit bericht omdat u bent ingesteld als ontvanger onder Mijn bedrijf → Waarschuwingen instellen.',
};

const en: Texts = {
  subject: (count, date) => `KLIC warnings ${date}: ${days(count, 'warning', 'warnings')}`,
  greeting: (name) => `Good morning ${name},`,
  intro: (date) => `These are the warnings for your KLIC notifications on ${date}.`,
  heading: {
    expiring: 'Expiring soon',
    expired: 'Expired on an active project',
    partial: 'Delivery not complete yet',
    evOpen: 'EV not handled, work starts within 3 working days',
  },
  klic: (w) =>
    `KLIC ${w.meldnummer}${w.projectNumber ? `, project ${w.projectNumber}` : ' (not linked)'}` +
    (w.subProject ? ` (${w.subProject})` : ''),
  line: {
    expiring: (w) =>
      (w.workdaysLeft === 0
        ? `today (${dutchDate(w.expiresOn ?? '')}) is the last valid day.`
        : `valid up to and including ${dutchDate(w.expiresOn ?? '')}, ${days(w.workdaysLeft ?? 0, 'working day', 'working days')} left.`) +
      ' Request a new notification in time.',
    expired: (w) =>
      `expired since ${dutchDate(w.expiresOn ?? '')} (${days(-(w.workdaysLeft ?? 0), 'working day', 'working days')} ago). ` +
      'Make a new notification before anyone digs.',
    partial: () => 'the complete delivery from the Kadaster has not arrived. Check that it is still coming.',
    evOpen: (w) =>
      `starts on ${dutchDate(w.startDate ?? '')}; the EV of ${w.operators.join(', ')} is not handled yet. ` +
      'Contact the network operator and handle the EV.',
  },
  more: (count) => `… and ${count} more in Veldwerk.`,
  all: 'All warnings',
  why: 'You receive this message because you are set as a recipient under My company → Warning settings.',
};

export const digestTexts: Record<Language, Texts> = { nl, en };
