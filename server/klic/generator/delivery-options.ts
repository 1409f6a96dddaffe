export type AanvraagSoort = 'graafmelding' | 'orientatieverzoek' | 'calamiteitenmelding';

export type GenerateOptions = {
  /** e.g. '26G0001234': two-digit year, G/O/C, 6 or 7 digits. */
  meldnummer: string;
  /** Default 1. */
  volgnummer?: number;
  /** Default true; a partial delivery leaves the last operator without its data. */
  complete?: boolean;
  /** Default from the letter in the meldnummer. */
  aanvraagSoort?: AanvraagSoort;
  /** The project link, e.g. 'P-2026-001' or 'P-2026-001;Fase 2'. */
  referentie?: string;
  ordernummer?: string;
  positienummer?: string;
  /** Default 3. */
  operators?: number;
  /** How many operators (the first ones) set an EV; default 1. */
  evOperators?: number;
  /** Default 20: each a cable or pipe with its UtilityLink. */
  cablesPerOperator?: number;
  /** Instead of cablesPerOperator: keep adding cables until the GML reaches about this size. */
  targetGmlBytes?: number;
  /** RD New centre of the request polygon; default in Utrecht. */
  centre?: [number, number];
  /** Imperfections a reader must survive, for its warning tests. */
  extras?: { danglingLinks?: number; unknownFeatures?: number; unknownElements?: number };
  /** Same options and seed, same bytes. Default 1. */
  seed?: number;
  /** The moment of the aanvraag; default a day in the meldnummer's year chosen by the seed. */
  requestedAt?: Date;
};

export type ResolvedOptions = Required<Omit<GenerateOptions, 'targetGmlBytes' | 'extras' | 'requestedAt'>> & {
  targetGmlBytes: number | null;
  requestedAt: Date | null;
  extras: { danglingLinks: number; unknownFeatures: number; unknownElements: number };
};

export const MELDNUMMER_PATTERN = /^(\d{2})([GOC])(\d{6,7})$/;
const SOORT_BY_LETTER: Record<string, AanvraagSoort> = {
  G: 'graafmelding',
  O: 'orientatieverzoek',
  C: 'calamiteitenmelding',
};
const DEFAULT_CENTRE: [number, number] = [136_180, 452_640];

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return value;
}

function validDate(name: string, value: Date | undefined): Date | null {
  if (value === undefined) return null;
  if (Number.isNaN(value.getTime())) throw new RangeError(`${name} must be a valid date`);
  return value;
}

/** Checks the options and fills in the defaults; throws a RangeError that says what is wrong. */
export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const match = MELDNUMMER_PATTERN.exec(options.meldnummer);
  if (!match) {
    throw new RangeError(
      `meldnummer must be two digits, G, O or C, then 6 or 7 digits, e.g. 26G0001234 (got '${options.meldnummer}')`,
    );
  }
  const [, year = '26', letter = 'G'] = match;
  const operators = wholeNumber('operators', options.operators ?? 3, 1, 999);
  const centre = options.centre ?? DEFAULT_CENTRE;
  const [x, y] = centre;
  if (!(x > 0 && x < 300_000 && y > 300_000 && y < 625_000)) {
    throw new RangeError(`centre must be an RD New coordinate in the Netherlands (got ${centre.join(', ')})`);
  }
  const extras = options.extras ?? {};
  return {
    meldnummer: options.meldnummer,
    volgnummer: wholeNumber('volgnummer', options.volgnummer ?? 1, 1, 99),
    complete: options.complete ?? true,
    aanvraagSoort: options.aanvraagSoort ?? SOORT_BY_LETTER[letter] ?? 'graafmelding',
    referentie: options.referentie ?? `P-20${year}-001`,
    ordernummer:
      options.ordernummer ?? `70${options.meldnummer.replace(/\D/g, '').slice(-8).padStart(8, '0')}`,
    positienummer: options.positienummer ?? '0000000010',
    operators,
    evOperators: wholeNumber('evOperators', options.evOperators ?? 1, 0, operators),
    cablesPerOperator: wholeNumber('cablesPerOperator', options.cablesPerOperator ?? 20, 0, 10_000_000),
    targetGmlBytes:
      options.targetGmlBytes === undefined
        ? null
        : wholeNumber('targetGmlBytes', options.targetGmlBytes, 1, 64 * 1024 ** 3),
    centre: [x, y],
    extras: {
      danglingLinks: wholeNumber('extras.danglingLinks', extras.danglingLinks ?? 0, 0, 100_000),
      unknownFeatures: wholeNumber('extras.unknownFeatures', extras.unknownFeatures ?? 0, 0, 100_000),
      unknownElements: wholeNumber('extras.unknownElements', extras.unknownElements ?? 0, 0, 100_000),
    },
    seed: wholeNumber('seed', options.seed ?? 1, 0, 2 ** 32 - 1),
    requestedAt: validDate('requestedAt', options.requestedAt),
  };
}
