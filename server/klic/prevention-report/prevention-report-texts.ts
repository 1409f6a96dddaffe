import type { Language } from '../../infra/i18n/language.ts';
import type { AanvraagSoort } from '../imkl/imkl-model.ts';

const nl = {
  title: 'Preventierapport',
  meldnummer: 'Klic-meldnummer',
  project: 'Project',
  subProject: 'Deelproject',
  aanvraagSoort: 'Soort aanvraag',
  meldingDate: 'Meldingsdatum',
  expiresOn: 'Verloopdatum',
  generated: 'Gemaakt op {at} door {by}',
  none: '—',
  aanvraagSoorten: {
    graafmelding: 'Graafmelding',
    orientatieverzoek: 'Oriëntatieverzoek',
    calamiteitenmelding: 'Calamiteitenmelding',
  } satisfies Record<AanvraagSoort, string>,
  noRegistrations:
    'Bij deze Klic-melding zijn nog geen registraties gedaan (proefsleuf, graafschade, afwijkende ligging of onbekend net).',
  mapTitle: 'Kaartuitsnede',
  noMap: 'Geen kaartuitsnede: er is nog geen levering of geen registratie heeft een locatie.',
  scale: 'Schaal 1:{denominator} (afgedrukt op 100 %)',
  registrations: 'Registraties ({count})',
  registration: 'Registratie {number}: {kind}',
  recordedAt: 'Datum en tijd',
  worker: 'Medewerker',
  position: 'Locatie (RD)',
  noPosition: 'Geen locatie vastgelegd',
  note: 'Opmerking',
  photos: 'Foto’s',
  photoNotShown: 'Foto {number} ({mediaType}) kan niet in de PDF worden getoond; bekijk hem in Veldwerk.',
  page: 'Pagina {page} van {pages}',
};

export type PreventionReportTexts = typeof nl;

const en: PreventionReportTexts = {
  title: 'Prevention report',
  meldnummer: 'KLIC number',
  project: 'Project',
  subProject: 'Sub-project',
  aanvraagSoort: 'Request type',
  meldingDate: 'Melding date',
  expiresOn: 'Expiry date',
  generated: 'Made on {at} by {by}',
  none: '—',
  aanvraagSoorten: {
    graafmelding: 'Excavation notice',
    orientatieverzoek: 'Orientation request',
    calamiteitenmelding: 'Emergency notice',
  },
  noRegistrations:
    'No registrations have been made at this KLIC yet (trial trench, excavation damage, deviating position or unknown network).',
  mapTitle: 'Map extract',
  noMap: 'No map extract: there is no delivery yet or no registration has a location.',
  scale: 'Scale 1:{denominator} (printed at 100 %)',
  registrations: 'Registrations ({count})',
  registration: 'Registration {number}: {kind}',
  recordedAt: 'Date and time',
  worker: 'Worker',
  position: 'Location (RD)',
  noPosition: 'No location recorded',
  note: 'Note',
  photos: 'Photos',
  photoNotShown: 'Photo {number} ({mediaType}) cannot be shown in the PDF; view it in Veldwerk.',
  page: 'Page {page} of {pages}',
};

export function preventionReportTexts(language: Language): PreventionReportTexts {
  return language === 'en' ? en : nl;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
