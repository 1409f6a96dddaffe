import { AppError } from '../../infra/errors/app-error.ts';
import { DeliveryAssembler } from './delivery-assembler.ts';
import {
  type DeliveryFile,
  defaultZipLimits,
  openDeliveryZip,
  type ZipLimits,
  zipError,
} from './delivery-zip.ts';
import { createGmlStreamParser } from './gml-stream-parser.ts';
import type { DeliverySummary, ImklFeature } from './imkl-model.ts';
import { checkImklRoot } from './imkl-version.ts';
import './imkl-messages.ts';

export type ReadDeliveryOptions = {
  limits?: ZipLimits;
  /** Receives the map objects in batches; reading waits until each batch is handled (memory stays flat). */
  onFeatures?: (features: ImklFeature[]) => Promise<void>;
  batchSize?: number;
  /** Called after every chunk of GML with the bytes read so far and the GML's size. */
  onProgress?: (gmlBytesRead: number, gmlBytesTotal: number) => void;
  /** Whether to look for links to features that are not there (default true; off for a second pass). */
  checkLinks?: boolean;
  /** Receives every other file of the ZIP (PDFs, the background raster) after the GML was read. */
  onFile?: (file: DeliveryFile, content: import('node:stream').Readable) => Promise<void>;
};

export type ReadDelivery = {
  summary: DeliverySummary;
  files: { path: string; size: number }[];
  gmlBytes: number;
};

/** Reads a KLIC delivery ZIP (IMKL 2.0) from disk, streaming: ZIP entry → XML text → features. */
export async function readDelivery(
  zipPath: string,
  options: ReadDeliveryOptions = {},
): Promise<ReadDelivery> {
  const delivery = await openDeliveryZip(zipPath, options.limits ?? defaultZipLimits);
  try {
    const batchSize = options.batchSize ?? 1_000;
    let batch: ImklFeature[] = [];
    const assembler = new DeliveryAssembler(options.onFeatures ? (feature) => batch.push(feature) : null, {
      checkLinks: options.checkLinks ?? true,
    });
    const parser = createGmlStreamParser({
      onRoot: checkImklRoot,
      onFeature: (node, references) => assembler.add(node, references),
      onUnknownElement: (name) => assembler.addWarning('unknown_element', name),
    });

    let gmlBytes = 0;
    // A failure of the receiver (e.g. the database) is passed on as it is: it says nothing about the file.
    let receiverError: unknown;
    const stream = await delivery.open(delivery.giXml);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        gmlBytes += chunk.length;
        parser.write(chunk);
        options.onProgress?.(gmlBytes, delivery.giXml.size);
        if (options.onFeatures && batch.length >= batchSize) {
          const full = batch;
          batch = [];
          await options.onFeatures(full).catch((error: unknown) => {
            receiverError = error;
            throw error;
          });
        }
      }
    } catch (error) {
      stream.destroy();
      if (error === receiverError) throw error;
      throw error instanceof AppError ? error : zipError(error);
    }
    parser.end();
    if (options.onFeatures && batch.length > 0) await options.onFeatures(batch);

    const summary = assembler.finish();
    if (!summary.aanvraag.meldnummer)
      throw new AppError('VALIDATION_FAILED', { reason: 'klic.no_meldnummer' });

    if (options.onFile) {
      for (const file of delivery.files) {
        if (file === delivery.giXml) continue;
        await options.onFile(file, await delivery.open(file));
      }
    }
    return { summary, files: delivery.files.map(({ path, size }) => ({ path, size })), gmlBytes };
  } finally {
    delivery.close();
  }
}
