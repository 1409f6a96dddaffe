import { statSync } from 'node:fs';
import path from 'node:path';
import { GENERATE_USAGE, parseGenerateArguments } from '../server/klic/generator/generate-arguments.ts';
import { deliveryFileName, writeDelivery } from '../server/klic/generator/generate-delivery.ts';

/**
 * `npm run klic:generate -- --meldnummer 26G0001234 --referentie P-1 --size 200MB --out /tmp/x.zip`: writes a
 * valid IMKL 2.0 KLIC delivery with invented content (for tests, demo data and benchmarks) and says what is in it.
 */
const size = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseGenerateArguments>;
  try {
    parsed = parseGenerateArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`klic:generate: ${(error as Error).message}\n\n${GENERATE_USAGE}`);
    return 1;
  }
  const { options, out } = parsed;
  const isFolder = statSync(out, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const target = path.resolve(isFolder ? path.join(out, deliveryFileName(options)) : out);
  const started = performance.now();
  let written: Awaited<ReturnType<typeof writeDelivery>>;
  try {
    written = await writeDelivery(options, target);
  } catch (error) {
    console.error(`klic:generate: could not write ${target}: ${(error as Error).message}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(written.features).reduce((sum, count) => sum + count, 0);
  console.log(`Wrote ${written.path}`);
  console.log(`  ZIP ${size(written.zipBytes)}, GML ${size(written.gmlBytes)}, ${total} features`);
  console.log(`  ${seconds.toFixed(1)} s, peak memory (RSS) ${size(process.resourceUsage().maxRSS * 1024)}`);
  const width = Math.max(...Object.keys(written.features).map((type) => type.length));
  for (const [type, count] of Object.entries(written.features)) {
    console.log(`  ${type.padEnd(width)} ${String(count).padStart(9)}`);
  }
  return 0;
}

process.exitCode = await main();
