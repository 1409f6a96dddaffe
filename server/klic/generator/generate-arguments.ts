import { parseArgs } from 'node:util';
import type { AanvraagSoort, GenerateOptions } from './delivery-options.ts';

export const GENERATE_USAGE = `Usage: npm run klic:generate -- --meldnummer 26G0001234 [options]

  --meldnummer <nr>    KLIC meldnummer: two digits, G/O/C, 6 or 7 digits (required)
  --referentie <text>  the project link, e.g. P-2026-001 or "P-2026-001;Fase 2"
  --volgnummer <n>     delivery number (default 1)
  --partial            a partial delivery (deellevering): the last operator has not answered yet
  --soort <soort>      graafmelding | orientatieverzoek | calamiteitenmelding (default from the meldnummer)
  --operators <n>      number of network operators (default 3)
  --ev-operators <n>   how many of them set an EV (default 1)
  --cables <n>         cables and pipes per operator (default 20)
  --size <size>        grow the GML to about this size instead, e.g. 5MB, 200MB, 1GB
  --seed <n>           same seed, same bytes (default 1)
  --out <path>         the ZIP to write, or a folder for Levering_<meldnummer>_<volgnummer>.zip (default .)`;

const SOORTEN: readonly AanvraagSoort[] = ['graafmelding', 'orientatieverzoek', 'calamiteitenmelding'];
const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** '200MB' → 200 000 000 bytes (KB/MB/GB decimal, KiB/MiB/GiB binary, a plain number is bytes). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const factor = UNITS[match?.[2]?.toLowerCase() ?? 'none'];
  if (!match || factor === undefined)
    throw new RangeError(`--size must be a size such as 5MB or 200MB (got '${value}')`);
  return Math.round(Number(match[1]) * factor);
}

function whole(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new RangeError(`--${name} must be a whole number (got '${value}')`);
  return Number(value);
}

/** The command line of `klic:generate` as generator options; throws a RangeError that says what is wrong. */
export function parseGenerateArguments(args: readonly string[]): { options: GenerateOptions; out: string } {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    throw new RangeError((error as Error).message);
  }
  if (!values.meldnummer) throw new RangeError('--meldnummer is required, e.g. --meldnummer 26G0001234');
  const soort = values.soort;
  if (soort !== undefined && !SOORTEN.includes(soort as AanvraagSoort)) {
    throw new RangeError(`--soort must be one of ${SOORTEN.join(', ')} (got '${soort}')`);
  }
  const options: GenerateOptions = {
    meldnummer: values.meldnummer,
    referentie: values.referentie,
    volgnummer: whole('volgnummer', values.volgnummer),
    complete: !values.partial,
    aanvraagSoort: soort as AanvraagSoort | undefined,
    operators: whole('operators', values.operators),
    evOperators: whole('ev-operators', values['ev-operators']),
    cablesPerOperator: whole('cables', values.cables),
    targetGmlBytes: values.size === undefined ? undefined : parseSize(values.size),
    seed: whole('seed', values.seed),
  };
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { options: defined as GenerateOptions, out: values.out ?? '.' };
}

function parse(args: readonly string[]) {
  const text = { type: 'string' } as const;
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      meldnummer: text,
      referentie: text,
      volgnummer: text,
      partial: { type: 'boolean' },
      soort: text,
      operators: text,
      'ev-operators': text,
      cables: text,
      size: text,
      seed: text,
      out: text,
    },
  });
}
