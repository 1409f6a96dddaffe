import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGml, readZipEntries } from './delivery-testkit.ts';
import { type GenerateOptions, writeDelivery } from './generate-delivery.ts';

const folder = mkdtempSync(join(tmpdir(), 'klic-generator-size-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function gmlOf(options: GenerateOptions) {
  const path = join(folder, `${options.meldnummer}.zip`);
  const written = await writeDelivery(options, path);
  const entries = await readZipEntries(path);
  const gml = [...entries].find(([name]) => name.endsWith('_V2.xml'))?.[1];
  if (!gml) throw new Error('no GI XML in the generated ZIP');
  return { written, gml };
}

/** Width and height in metres of each request polygon, by feature type. */
function polygonSizes(gml: Buffer): Record<string, [number, number]> {
  const sizes: Record<string, [number, number]> = {};
  const text = gml.toString('utf8');
  for (const match of text.matchAll(
    /<imkl:(\w+polygoon) gml:id[\s\S]*?<gml:posList>([^<]+)<\/gml:posList>/g,
  )) {
    const numbers = (match[2] ?? '').trim().split(/\s+/).map(Number);
    const xs = numbers.filter((_, index) => index % 2 === 0);
    const ys = numbers.filter((_, index) => index % 2 === 1);
    sizes[match[1] ?? ''] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
  }
  return sizes;
}

describe('size and area of generated deliveries', () => {
  it('grows the GML to about the size asked for', async () => {
    const target = 5_000_000;
    const { written, gml } = await gmlOf({ meldnummer: '26G0005000', targetGmlBytes: target, operators: 4 });
    expect(written.gmlBytes).toBe(gml.length);
    expect(gml.length).toBeGreaterThanOrEqual(4_500_000);
    expect(gml.length).toBeLessThanOrEqual(5_500_000);
    expect(parseGml(gml).features).toEqual(written.features);
  }, 60_000);

  it('draws the polygon that belongs to each aanvraagSoort, within its maximum size', async () => {
    for (let seed = 1; seed <= 5; seed++) {
      const dig = polygonSizes((await gmlOf({ meldnummer: '26G0006000', seed })).gml);
      expect(Object.keys(dig)).toEqual(['Graafpolygoon']);
      for (const size of Object.values(dig)) expect(Math.max(...size)).toBeLessThanOrEqual(500);
      const orientation = polygonSizes((await gmlOf({ meldnummer: '26O0006000', seed })).gml);
      expect(Object.keys(orientation)).toEqual(['Orientatiepolygoon']);
      for (const size of Object.values(orientation)) expect(Math.max(...size)).toBeLessThanOrEqual(2500);
      const emergency = polygonSizes((await gmlOf({ meldnummer: '26C0006000', seed })).gml);
      expect(Object.keys(emergency).sort()).toEqual(['Graafpolygoon', 'Informatiepolygoon']);
      for (const size of Object.values(emergency)) expect(Math.max(...size)).toBeLessThanOrEqual(500);
    }
  }, 60_000);

  it('keeps every coordinate inside the envelope it announces, in RD New around the centre', async () => {
    const centre: [number, number] = [134_900, 449_300];
    const numbers = (texts: string[] | undefined) =>
      (texts ?? []).flatMap((text) => text.trim().split(/\s+/).map(Number));
    for (const meldnummer of ['26G0006002', '26O0006002', '26C0006002']) {
      const { gml } = await gmlOf({ meldnummer, centre, operators: 7, seed: 5 });
      const parsed = parseGml(gml, ['lowerCorner', 'upperCorner', 'pos', 'posList']);
      const [minX = 0, minY = 0] = numbers(parsed.texts.lowerCorner);
      const [maxX = 0, maxY = 0] = numbers(parsed.texts.upperCorner);
      expect(minX < centre[0] && centre[0] < maxX && minY < centre[1] && centre[1] < maxY).toBe(true);
      const coordinates = [...numbers(parsed.texts.pos), ...numbers(parsed.texts.posList)];
      expect(coordinates.length).toBeGreaterThan(1000);
      const outside = coordinates.filter((value, index) =>
        index % 2 === 0 ? value < minX || value > maxX : value < minY || value > maxY,
      );
      expect(outside, meldnummer).toEqual([]);
    }
  });
});
