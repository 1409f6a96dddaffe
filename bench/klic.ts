import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverNodeOptions } from '../scripts/lib/server-node-options.ts';
import { findPostgresBin, startThrowawayPostgres } from '../scripts/lib/throwaway-postgres.ts';
import { klicSample, klicSampleFiles } from '../server/infra/testing/klic-samples.ts';
import { readDelivery } from '../server/klic/imkl/read-delivery.ts';
import { extractGml, largeDelivery } from './support/klic-bench-files.ts';
import { measurePeakGrowth, median } from './support/peak-memory.ts';

/**
 * `npm run bench:klic`: parse throughput of the streaming IMKL reader, the whole `veldwerk klic inspect`
 * process against GDAL's ogr2ogr, and full ingest into PostgreSQL and PGlite with peak memory growth, on the
 * 8.2 MB Kadaster sample and a generated delivery (BENCH_KLIC_MB, default 200 MB of GML). Each ingest runs
 * in a process of its own with the server's Node options.
 */
const largeMb = Number(process.env.BENCH_KLIC_MB ?? 200);
const sample = klicSample(klicSampleFiles.lianderLarge);
const large = await largeDelivery(largeMb * 1e6);
const rows: string[] = [];
const report = (line: string) => {
  rows.push(line);
  console.log(line);
};

async function parseRate(zip: string, runs: number) {
  const rates: number[] = [];
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    const { result, ms, peakGrowthMb } = await measurePeakGrowth(() =>
      readDelivery(zip, { onFeatures: async () => {} }),
    );
    rates.push(result.gmlBytes / 1e6 / (ms / 1000));
    peak = Math.max(peak, peakGrowthMb);
  }
  return { first: rates[0] as number, warmMedian: median(rates.slice(1)), median: median(rates), peak };
}

function timeProcess(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    times.push(performance.now() - started);
  }
  return median(times);
}

const smallParse = await parseRate(sample, 6);
report(
  `parse ${path.basename(sample)}: first run ${smallParse.first.toFixed(1)} MB/s, warm median ${smallParse.warmMedian.toFixed(1)} MB/s of GML`,
);
const largeParse = await parseRate(large, 3);
report(
  `parse generated ${largeMb} MB GML: median of 3 runs ${largeParse.median.toFixed(1)} MB/s (first ${largeParse.first.toFixed(1)}), peak memory growth ${largeParse.peak.toFixed(0)} MB`,
);

const cliBin = 'packages/cli/bin/veldwerk.mjs';
const npxMs = timeProcess('npx', ['veldwerk', 'klic', 'inspect', sample, '--json'], 5);
const nodeMs = timeProcess(process.execPath, [cliBin, 'klic', 'inspect', sample, '--json'], 5);
// What `npx` costs before a byte is read: npm's own start-up, then node and the CLI's modules.
const npxHelpMs = timeProcess('npx', ['veldwerk', '--help'], 5);
const nodeHelpMs = timeProcess(process.execPath, [cliBin, '--help'], 5);
report(
  `veldwerk klic inspect (whole process, median of 5): npx ${npxMs.toFixed(0)} ms, node ${cliBin} ${nodeMs.toFixed(0)} ms; ` +
    `without reading (--help): npx ${npxHelpMs.toFixed(0)} ms, node ${nodeHelpMs.toFixed(0)} ms`,
);
if (!existsSync('/usr/bin/ogr2ogr') && process.getuid?.() === 0) {
  execFileSync('apt-get', ['install', '-y', '-qq', 'gdal-bin'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
if (existsSync('/usr/bin/ogr2ogr')) {
  const gml = await extractGml(sample);
  const out = mkdtempSync(path.join(os.tmpdir(), 'veldwerk-ogr-'));
  const ogrTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    const target = path.join(out, `run${run}.gpkg`);
    ogrTimes.push(timeProcess('ogr2ogr', ['-f', 'GPKG', target, gml], 1));
  }
  rmSync(out, { recursive: true, force: true });
  const ogrMs = median(ogrTimes);
  report(
    `ogr2ogr -f GPKG on the same GML: ${ogrMs.toFixed(0)} ms → npx veldwerk is ${(ogrMs / npxMs).toFixed(1)}× faster, node bin ${(ogrMs / nodeMs).toFixed(1)}×`,
  );
} else {
  report('ogr2ogr not installed (apt-get install gdal-bin): no comparison');
}

// Each ingest runs in a fresh process with the server's Node options (a bounded heap; see
// scripts/lib/server-node-options.ts), so that its memory growth is not that of the benchmarks before it.
const ingestChild = path.join(import.meta.dirname, 'support', 'klic-ingest-child.ts');
for (const kind of ['postgres', 'pglite'] as const) {
  const pgBin = kind === 'postgres' ? findPostgresBin() : null;
  if (kind === 'postgres' && !pgBin) {
    report('PostgreSQL not installed: ingest on PostgreSQL skipped');
    continue;
  }
  const server = pgBin ? await startThrowawayPostgres(pgBin) : null;
  try {
    for (const zip of [sample, large]) {
      const child = spawnSync(
        process.execPath,
        [...serverNodeOptions, ingestChild, server?.url ?? 'pglite', zip],
        {
          encoding: 'utf8',
        },
      );
      if (child.status !== 0) throw new Error(`ingest of ${zip} into ${kind} failed: ${child.stderr}`);
      const { outcome, ms, peakGrowthMb, peakHeapMb } = JSON.parse(
        child.stdout.trim().split('\n').at(-1) ?? '',
      );
      report(
        `ingest into ${kind}: ${path.basename(zip)} (${outcome}) in ${(ms / 1000).toFixed(2)} s, ` +
          `peak memory growth ${peakGrowthMb.toFixed(0)} MB (JS heap in use at most ${peakHeapMb.toFixed(0)} MB)`,
      );
    }
  } finally {
    server?.stop();
  }
}
console.log(
  `\nbench:klic on ${os.cpus().length} cores, ${process.version}:\n${rows.map((row) => `  ${row}`).join('\n')}`,
);
