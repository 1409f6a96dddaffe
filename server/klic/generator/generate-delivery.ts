import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type GenerateOptions, resolveOptions } from './delivery-options.ts';
import { type DeliveryPlan, planDelivery } from './delivery-plan.ts';
import { type GmlStats, gmlStream } from './gml-document.ts';
import { placeholderPdf, placeholderPng, startPage } from './placeholder-files.ts';
import { type ZipEntry, zipStream } from './zip-writer.ts';

export type { AanvraagSoort, GenerateOptions } from './delivery-options.ts';

export type WrittenDelivery = {
  path: string;
  zipBytes: number;
  gmlBytes: number;
  /** Features per IMKL type as named in the XML (local name), e.g. { UtilityLink: 60, Belang: 3 }. */
  features: Record<string, number>;
};

/** The Kadaster's name for the ZIP: `Levering_<meldnummer>_<volgnummer>.zip`. */
export function deliveryFileName(options: Pick<GenerateOptions, 'meldnummer' | 'volgnummer'>): string {
  return `Levering_${options.meldnummer}_${options.volgnummer ?? 1}.zip`;
}

function letter(plan: DeliveryPlan): Buffer {
  const { meldnummer, volgnummer, complete, referentie, aanvraagSoort } = plan.options;
  return placeholderPdf([
    `Leveringsinformatie KLIC-melding ${meldnummer}`,
    `Soort: ${aanvraagSoort}; levering ${volgnummer} (${complete ? 'compleet' : 'deellevering'})`,
    `Referentie: ${referentie}`,
    `Samengesteld: ${plan.dates.levering}`,
    'Netbeheerders:',
    ...plan.operators.map(
      (operator) =>
        `  ${operator.code} ${operator.name}${operator.ev ? ` - eis voorzorgsmaatregel ${operator.ev.code}` : ''}${operator.delivered ? '' : ' (nog niet geleverd)'}`,
    ),
    'Gegenereerde testlevering van Veldwerk: alle gegevens zijn verzonnen.',
  ]);
}

function entries(plan: DeliveryPlan, stats: GmlStats): ZipEntry[] {
  const { meldnummer, volgnummer } = plan.options;
  const folder = `${plan.folder}/`;
  const list: ZipEntry[] = [
    { path: folder, directory: true },
    {
      path: `${folder}GI_gebiedsinformatielevering_${meldnummer}_${volgnummer}_V2.xml`,
      stream: gmlStream(plan, stats),
    },
    { path: `${folder}LI_${meldnummer}_${volgnummer}.pdf`, content: letter(plan) },
    { path: `${folder}_Startpagina.html`, content: startPage(meldnummer) },
    { path: `${folder}bronnen/`, directory: true },
    { path: `${folder}bronnen/GB_${meldnummer}.png`, content: placeholderPng() },
  ];
  for (const operator of plan.operators.filter((candidate) => candidate.attachments.length > 0)) {
    list.push({ path: `${folder}bronnen/${operator.code}/`, directory: true });
    for (const attachment of operator.attachments) {
      const content = placeholderPdf([
        attachment.title,
        `${operator.name} (${operator.code})`,
        `KLIC-melding ${meldnummer}`,
        'Verzonnen testbijlage van Veldwerk.',
      ]);
      list.push({ path: `${folder}${attachment.bestandLocatie}`, content });
    }
  }
  return list;
}

/** The delivery ZIP as a stream, with the GML statistics that are complete once the stream has ended. */
export function createDelivery(options: GenerateOptions): { stream: Readable; stats: GmlStats } {
  const plan = planDelivery(resolveOptions(options));
  const stats: GmlStats = { gmlBytes: 0, features: {} };
  return { stream: zipStream(entries(plan, stats), plan.leveredAt), stats };
}

/** A valid IMKL 2.0 delivery ZIP with invented content, streamed: the GML is never held in memory whole. */
export function generateDelivery(options: GenerateOptions): Readable {
  return createDelivery(options).stream;
}

export async function writeDelivery(options: GenerateOptions, path: string): Promise<WrittenDelivery> {
  const { stream, stats } = createDelivery(options);
  try {
    await pipeline(stream, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  const { size } = await stat(path);
  const features = Object.fromEntries(Object.entries(stats.features).sort(([a], [b]) => a.localeCompare(b)));
  return { path, zipBytes: size, gmlBytes: stats.gmlBytes, features };
}
