import type { FieldRegistrationKind } from '../../infra/db/schema/index.ts';
import type { Language } from '../../infra/i18n/language.ts';

/** The words of a field registration on paper (PDF) and in Excel; the web app has its own catalogue. */
const nl = {
  kinds: {
    proefsleuf: 'Proefsleuf',
    graafschade: 'Graafschade',
    afwijkendeLigging: 'Afwijkende ligging',
    onbekendNet: 'Onbekend net',
  } satisfies Record<FieldRegistrationKind, string>,
  /** The details' keys as the field API stores them (server/field/registration-input.ts). */
  details: {
    depthCm: 'Diepte (cm)',
    found: 'Aangetroffen',
    hit: 'Wat is geraakt',
    bronhoudercode: 'Netbeheerder (code)',
    reportedToOperator: 'Gemeld bij netbeheerder',
    reportedAt: 'Gemeld op',
    offsetCm: 'Afwijking (cm)',
    description: 'Omschrijving',
  } as Record<string, string>,
  yes: 'Ja',
  no: 'Nee',
  unknownWorker: 'Onbekende medewerker',
};

export type RegistrationTexts = typeof nl;

const en: RegistrationTexts = {
  kinds: {
    proefsleuf: 'Trial trench',
    graafschade: 'Excavation damage',
    afwijkendeLigging: 'Deviating position',
    onbekendNet: 'Unknown network',
  },
  details: {
    depthCm: 'Depth (cm)',
    found: 'Found',
    hit: 'What was hit',
    bronhoudercode: 'Operator (code)',
    reportedToOperator: 'Reported to the operator',
    reportedAt: 'Reported on',
    offsetCm: 'Offset (cm)',
    description: 'Description',
  },
  yes: 'Yes',
  no: 'No',
  unknownWorker: 'Unknown worker',
};

export function registrationTexts(language: Language): RegistrationTexts {
  return language === 'en' ? en : nl;
}
