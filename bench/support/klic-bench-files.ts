import { existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeDelivery } from '../../server/klic/generator/generate-delivery.ts';
import { openDeliveryZip } from '../../server/klic/imkl/delivery-zip.ts';

export const benchDir = path.join(os.tmpdir(), 'veldwerk-bench-klic');

/** The generated large delivery (made once, then reused from the temp folder). */
export async function largeDelivery(gmlBytes: number): Promise<string> {
  mkdirSync(benchDir, { recursive: true });
  const target = path.join(
    benchDir,
    `Levering_26G${String(Math.round(gmlBytes / 1e6)).padStart(7, '0')}_1.zip`,
  );
  if (!existsSync(target)) {
    console.log(`generating a delivery with about ${Math.round(gmlBytes / 1e6)} MB of GML …`);
    await writeDelivery(
      {
        meldnummer: path.basename(target).slice(9, 19),
        referentie: 'BENCH-1',
        targetGmlBytes: gmlBytes,
        seed: 1,
      },
      target,
    );
  }
  return target;
}

/** The GML file of a delivery written to disk, for tools that read plain GML (ogr2ogr). */
export async function extractGml(zipPath: string): Promise<string> {
  const target = path.join(benchDir, `${path.basename(zipPath, '.zip')}.gml`);
  if (existsSync(target)) return target;
  const chunks: Buffer[] = [];
  const zip = await openDeliveryZip(zipPath);
  try {
    for await (const chunk of await zip.open(zip.giXml)) chunks.push(chunk as Buffer);
  } finally {
    zip.close();
  }
  await writeFile(target, Buffer.concat(chunks));
  return target;
}
