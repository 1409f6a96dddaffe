import PDFDocument from 'pdfkit';
import type { Language } from '../../infra/i18n/language.ts';
import { drawMapExtract } from './draw-map-extract.ts';
import type { PreventionReportData, ReportFeature, ReportRegistration } from './load-prevention-report.ts';
import { extentAround, mapFrame, type PageBox, scaleDenominator } from './map-frame.ts';
import { fill, type PreventionReportTexts, preventionReportTexts } from './prevention-report-texts.ts';
import { detailLines, formatDateTime, formatDay, formatNumber, noteOf } from './registration-details.ts';
import { registrationTexts } from './registration-texts.ts';
import { winAnsi } from './win-ansi.ts';

type Doc = InstanceType<typeof PDFDocument>;

export type RenderInput = {
  data: PreventionReportData;
  /** Cables and pipes of the current delivery; empty when there is none. */
  features: ReportFeature[];
  language: Language;
  generatedBy: string;
  now: Date;
  /** The photo's bytes, or null when it cannot be read. */
  readPhoto: (blobKey: string) => Promise<Buffer | null>;
};

const margin = 40;
const photoBox = { width: 250, height: 190 };
const embeddable = new Set(['image/jpeg', 'image/png']);

function labelled(doc: Doc, label: string, value: string): void {
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000000').text(`${label}: `, { continued: true });
  doc.font('Helvetica').text(winAnsi(value));
}

function header(doc: Doc, input: RenderInput, texts: PreventionReportTexts): void {
  const { melding } = input.data;
  const project = melding.projectNumber
    ? [melding.projectNumber, melding.projectDescription].filter(Boolean).join(' – ')
    : texts.none;
  doc.font('Helvetica-Bold').fontSize(20).text(`${texts.title} ${melding.meldnummer}`);
  doc.moveDown(0.5);
  labelled(doc, texts.meldnummer, melding.meldnummer);
  labelled(doc, texts.project, project);
  labelled(doc, texts.subProject, melding.subProject || texts.none);
  labelled(
    doc,
    texts.aanvraagSoort,
    melding.aanvraagSoort ? texts.aanvraagSoorten[melding.aanvraagSoort] : texts.none,
  );
  labelled(doc, texts.meldingDate, melding.meldingDate ? formatDay(melding.meldingDate) : texts.none);
  labelled(doc, texts.expiresOn, melding.expiresOn ? formatDay(melding.expiresOn) : texts.none);
  doc.moveDown(0.3);
  doc
    .font('Helvetica-Oblique')
    .fontSize(9)
    .fillColor('#444444')
    .text(winAnsi(fill(texts.generated, { at: formatDateTime(input.now), by: input.generatedBy })));
  doc.fillColor('#000000').moveDown(1);
}

function mapSection(doc: Doc, input: RenderInput, texts: PreventionReportTexts): void {
  const markers = input.data.registrations.flatMap((each) =>
    each.position ? [{ number: each.number, position: each.position }] : [],
  );
  const extent = extentAround(markers.map((marker) => marker.position));
  doc.font('Helvetica-Bold').fontSize(14).text(texts.mapTitle).moveDown(0.3);
  if (!extent || input.features.length === 0) {
    doc.font('Helvetica').fontSize(10).text(texts.noMap).moveDown(1);
    return;
  }
  const box: PageBox = { x: margin, y: doc.y, width: doc.page.width - 2 * margin, height: 330 };
  const frame = mapFrame(extent, box);
  drawMapExtract(doc, frame, box, input.features, markers);
  doc.font('Helvetica').fontSize(8).fillColor('#000000');
  doc.text(fill(texts.scale, { denominator: scaleDenominator(frame.scale) }), margin, box.y + box.height + 4);
  doc.moveDown(1);
}

async function photos(
  doc: Doc,
  input: RenderInput,
  registration: ReportRegistration,
  texts: PreventionReportTexts,
) {
  if (registration.photos.length === 0) return;
  doc.font('Helvetica-Bold').fontSize(10).text(texts.photos);
  let column = 0;
  let rowTop = doc.y + 4;
  for (const [index, photo] of registration.photos.entries()) {
    const bytes = embeddable.has(photo.mediaType) ? await input.readPhoto(photo.blobKey) : null;
    const fallback = winAnsi(fill(texts.photoNotShown, { number: index + 1, mediaType: photo.mediaType }));
    if (!bytes) {
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(fallback, margin, column === 0 ? rowTop : rowTop + photoBox.height + 4);
      rowTop = doc.y + 4;
      column = 0;
      continue;
    }
    if (column === 0 && rowTop + photoBox.height > doc.page.height - margin) {
      doc.addPage();
      rowTop = margin;
    }
    const x = margin + column * (photoBox.width + 15);
    try {
      doc.image(bytes, x, rowTop, { fit: [photoBox.width, photoBox.height] });
    } catch {
      // Bytes that are not the image their media type promises: say so instead of breaking the report.
      doc.font('Helvetica').fontSize(9).text(fallback, x, rowTop, { width: photoBox.width });
    }
    column = (column + 1) % 2;
    if (column === 0) rowTop += photoBox.height + 8;
  }
  doc.x = margin;
  doc.y = column === 0 ? rowTop : rowTop + photoBox.height + 8;
}

async function registrationSection(doc: Doc, input: RenderInput, registration: ReportRegistration) {
  const texts = preventionReportTexts(input.language);
  const words = registrationTexts(input.language);
  if (doc.y > doc.page.height - 160) doc.addPage();
  const kind = words.kinds[registration.kind] ?? registration.kind;
  doc.x = margin;
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(fill(texts.registration, { number: registration.number, kind }));
  labelled(doc, texts.recordedAt, formatDateTime(registration.recordedAt));
  labelled(doc, texts.worker, registration.worker ?? words.unknownWorker);
  const position = registration.position
    ? `x ${formatNumber(registration.position[0], input.language)}  y ${formatNumber(registration.position[1], input.language)}`
    : texts.noPosition;
  labelled(doc, texts.position, position);
  for (const line of detailLines(registration.details, input.language)) {
    labelled(doc, winAnsi(line.label), line.value);
  }
  const note = noteOf(registration.details);
  if (note) labelled(doc, texts.note, note);
  await photos(doc, input, registration, texts);
  doc.moveDown(1);
}

function pageNumbers(doc: Doc, texts: PreventionReportTexts): void {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page += 1) {
    doc.switchToPage(page);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#666666')
      .text(fill(texts.page, { page: page + 1, pages: range.count }), margin, doc.page.height - 25, {
        width: doc.page.width - 2 * margin,
        align: 'right',
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The Preventierapport of one KLIC as a PDF stream: the facts, a map extract around the registrations, then
 * each registration with its details and photos. Photos are read one at a time while the PDF streams out.
 */
export function renderPreventionReport(input: RenderInput): Doc {
  const texts = preventionReportTexts(input.language);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    info: { Title: `${texts.title} ${input.data.melding.meldnummer}`, Author: input.generatedBy },
  });
  const write = async () => {
    header(doc, input, texts);
    if (input.data.registrations.length === 0) {
      doc.font('Helvetica').fontSize(11).text(texts.noRegistrations);
    } else {
      mapSection(doc, input, texts);
      doc
        .font('Helvetica-Bold')
        .fontSize(14)
        .text(fill(texts.registrations, { count: input.data.registrations.length }));
      doc.moveDown(0.5);
      for (const registration of input.data.registrations)
        await registrationSection(doc, input, registration);
    }
    pageNumbers(doc, texts);
    doc.end();
  };
  write().catch((error: unknown) => doc.destroy(error as Error));
  return doc;
}
