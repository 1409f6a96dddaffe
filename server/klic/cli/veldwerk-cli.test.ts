import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { imklMessages } from '../imkl/imkl-messages.ts';
import { runCli } from './veldwerk-cli.ts';

const folder = mkdtempSync(join(tmpdir(), 'veldwerk-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const notAZip = join(folder, 'notitie.zip');
writeFileSync(notAZip, 'Dit is een notitie, geen levering.\n');

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

const sample = () => klicSample(klicSampleFiles.graafmeldingComplete);

describe('veldwerk klic inspect --json', () => {
  it('prints one JSON object with the delivery, its operators, counts, themes, box and warnings', async () => {
    const { code, out, err } = await run('klic', 'inspect', sample(), '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({
      meldnummer: '22G0027001',
      ordernummer: '9807215110',
      referentie: 'Graafmelding',
      aanvraagSoort: 'graafmelding',
      volgnummer: 1,
      compleet: true,
    });
    expect(json.netbeheerders).toHaveLength(9);
    expect(json.netbeheerders[0]).toEqual({
      bronhoudercode: 'TS1383',
      naam: 'Autotest Regressie01',
      themas: expect.arrayContaining(['hoogspanning', 'water', 'wees']),
      eisVoorzorgsmaatregel: true,
    });
    expect(json.netbeheerders[8]).toMatchObject({ bronhoudercode: 'GM0001', eisVoorzorgsmaatregel: false });
    expect(json.counts).toMatchObject({
      UtilityLink: 57,
      Belanghebbende: 9,
      AanduidingEisVoorzorgsmaatregel: 4,
    });
    expect(json.themas).toHaveLength(15);
    // The extremes of every gml:pos/gml:posList after gml:boundedBy, read by hand from the file.
    expect(json.bbox.rd).toEqual([136216.653, 456004, 136873, 456487]);
    const [west, south, east, north] = json.bbox.wgs84;
    expect([west, east].map((lon: number) => Math.round(lon * 100) / 100)).toEqual([5.11, 5.12]);
    expect([south, north].map((lat: number) => Math.round(lat * 100) / 100)).toEqual([52.09, 52.1]);
    expect(json.warnings).toEqual([expect.objectContaining({ code: 'dangling_link' })]);
  });

  it('prints an {error} object and the sentence on stderr for a file that is not a ZIP', async () => {
    const { code, out, err } = await run('klic', 'inspect', notAZip, '--json');
    const sentence = imklMessages.nl['klic.not_a_zip'];
    expect({ code, err }).toEqual({ code: 1, err: `${sentence}\n` });
    expect(JSON.parse(out)).toEqual({ error: { message: sentence, reason: 'klic.not_a_zip' } });
  });
});

describe('veldwerk klic inspect', () => {
  it('prints a readable Dutch summary', async () => {
    const { code, out, err } = await run('klic', 'inspect', sample());
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain('KLIC-melding 22G0027001 — Graafmelding');
    expect(out).toContain('Netbeheerders (9):');
    expect(out).toMatch(/TS1383\s+Autotest Regressie01\s+EV: ja/);
    expect(out).toMatch(/UtilityLink\s+57/);
    expect(out).toContain('Waarschuwingen (niet fataal):');
  });

  it('answers a missing file with exit code 1 and a Dutch sentence', async () => {
    const { code, out, err } = await run('klic', 'inspect', join(folder, 'bestaat-niet.zip'));
    expect({ code, out, err }).toEqual({ code: 1, out: '', err: 'Dit bestand bestaat niet.\n' });
  });

  it('answers a folder with exit code 1 and a Dutch sentence', async () => {
    const { code, err } = await run('klic', 'inspect', folder);
    expect({ code, err }).toEqual({ code: 1, err: 'Dit is een map, geen bestand.\n' });
  });

  it("answers a file that is not a ZIP with the reason's Dutch sentence", async () => {
    const { code, out, err } = await run('klic', 'inspect', notAZip);
    expect({ code, out, err }).toEqual({ code: 1, out: '', err: `${imklMessages.nl['klic.not_a_zip']}\n` });
  });

  it('speaks English with --lang en', async () => {
    const bad = await run('klic', 'inspect', notAZip, '--lang', 'en');
    expect(bad).toEqual({ code: 1, out: '', err: `${imklMessages.en['klic.not_a_zip']}\n` });
    const missing = await run('klic', 'inspect', join(folder, 'missing.zip'), '--lang', 'en');
    expect(missing.err).toBe('This file does not exist.\n');
  });

  it('answers wrong use with exit code 2 and the usage text', async () => {
    for (const args of [
      [],
      ['klic'],
      ['klic', 'inspect'],
      ['klic', 'bekijk', 'levering.zip'],
      ['project', 'inspect', 'levering.zip'],
      ['klic', 'inspect', 'a.zip', 'b.zip'],
      ['klic', 'inspect', 'a.zip', '--onbekend'],
    ]) {
      const { code, out, err } = await run(...args);
      expect({ code, out }, args.join(' ')).toEqual({ code: 2, out: '' });
      expect(err, args.join(' ')).toContain('Gebruik: veldwerk klic inspect <levering.zip> [--json]');
    }
  });

  it('prints the usage text on --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('Gebruik: veldwerk klic inspect');
  });
});

describe('the veldwerk command', () => {
  const cliPackage = join(repoRoot, 'packages', 'cli');
  const expectInspected = (stdout: string) =>
    expect(JSON.parse(stdout)).toMatchObject({
      meldnummer: '22O000518',
      aanvraagSoort: 'orientatieverzoek',
      compleet: false,
      netbeheerders: expect.arrayContaining([
        {
          bronhoudercode: 'KL1031',
          naam: 'Enexis B.V.',
          themas: expect.any(Array),
          eisVoorzorgsmaatregel: true,
        },
      ]),
      counts: expect.objectContaining({ UtilityLink: 480, Maatvoering: 762 }),
    });

  it("runs as its own process (the CLI package's bin) and prints the JSON on stdout", async () => {
    const { bin } = JSON.parse(readFileSync(join(cliPackage, 'package.json'), 'utf8'));
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [
        join(cliPackage, bin.veldwerk),
        'klic',
        'inspect',
        klicSample(klicSampleFiles.orientatieSmall),
        '--json',
      ],
      { cwd: repoRoot },
    );
    expect(stderr).toBe('');
    expectInspected(stdout);
  });

  it('runs as `npx veldwerk` in the project, from the bin npm installed (nothing fetched)', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['--no', 'veldwerk', 'klic', 'inspect', klicSample(klicSampleFiles.orientatieSmall), '--json'],
      { cwd: join(repoRoot, 'server') },
    );
    expectInspected(stdout);
  });
});
