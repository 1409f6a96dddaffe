import { parseArgs } from 'node:util';
import { isAppError } from '../../infra/errors/app-error.ts';
import { errorMessage } from '../../infra/i18n/error-messages.ts';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { readDelivery } from '../imkl/read-delivery.ts';
import { inspectJson, inspectText } from './inspect-summary.ts';

const usage = `Gebruik: veldwerk klic inspect <levering.zip> [--json] [--lang nl|en]

  klic inspect   Leest een KLIC-levering (IMKL 2.0) en toont meldnummer, netbeheerders, EV's,
                 thema's en het aantal objecten per type. Met --json: één JSON-object.
`;

type Output = { out: (text: string) => void; err: (text: string) => void };

/** Runs the command line and answers its exit code: 0 done, 1 the file could not be read, 2 wrong use. */
export async function runCli(args: string[], output: Output): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    output.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const [area, command, file, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    output.out(usage);
    return 0;
  }
  if (area !== 'klic' || command !== 'inspect' || !file || rest.length > 0) {
    output.err(usage);
    return 2;
  }
  const language = parsed.values.lang === 'en' ? 'en' : 'nl';
  try {
    const read = await readDelivery(file);
    output.out(parsed.values.json ? `${JSON.stringify(inspectJson(read))}\n` : inspectText(read));
    return 0;
  } catch (error) {
    const message = describe(error, language);
    output.err(`${message}\n`);
    if (parsed.values.json)
      output.out(`${JSON.stringify({ error: { message, reason: reasonOf(error) } })}\n`);
    return 1;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

function reasonOf(error: unknown): string | null {
  return isAppError(error) ? (error.reason ?? error.code) : null;
}

function describe(error: unknown, language: 'nl' | 'en'): string {
  if (isAppError(error)) {
    return (
      (error.reason && reasonMessage(language, error.reason, error.params)) ||
      errorMessage(language, error.code, error.params)
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return language === 'nl' ? 'Dit bestand bestaat niet.' : 'This file does not exist.';
  if (code === 'EISDIR')
    return language === 'nl' ? 'Dit is een map, geen bestand.' : 'This is a folder, not a file.';
  return language === 'nl'
    ? `Het bestand kon niet worden gelezen (${String(error)}).`
    : `The file could not be read (${String(error)}).`;
}
