import type PDFDocument from 'pdfkit';
import { lineStatus, requestPolygonColour, statusDashes, themeColour } from '../../../shared/pmkl-palette.ts';
import type { BBox, Geometry, Position } from '../imkl/imkl-model.ts';
import type { ReportFeature } from './load-prevention-report.ts';
import { intersects, type MapFrame, type PageBox, scaleBar } from './map-frame.ts';

type Doc = InstanceType<typeof PDFDocument>;
export type Marker = { number: number; position: Position };

const markerColour = '#d00000';

/** pdfkit takes a dash pattern as an array since 0.12; its type declarations only know one length. */
function setDash(doc: Doc, pattern: readonly number[]): void {
  (doc.dash as unknown as (pattern: number[], options: object) => Doc).call(doc, [...pattern], {});
}

function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

function pointsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

function bboxOf(positions: Position[]): BBox {
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function strokePath(doc: Doc, frame: MapFrame, line: Position[]): void {
  line.forEach((position, index) => {
    const [x, y] = frame.toPage(position);
    if (index === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
}

/** Cables and pipes in their theme colour and status dash, request polygons magenta dashed on top. */
function drawFeatures(doc: Doc, frame: MapFrame, features: readonly ReportFeature[]): void {
  const requests = features.filter((feature) => feature.theme === null);
  for (const feature of features.filter((each) => each.theme !== null)) {
    const colour = themeColour(feature.theme);
    const dash = statusDashes[lineStatus(feature.status)];
    for (const line of linesOf(feature.geometry)) {
      if (line.length < 2 || !intersects(bboxOf(line), frame.extent)) continue;
      strokePath(doc, frame, line);
      if (dash)
        setDash(
          doc,
          dash.map((length) => length / 2),
        );
      doc.lineWidth(1.2).strokeColor(colour).stroke();
      if (dash) doc.undash();
    }
    for (const point of pointsOf(feature.geometry)) {
      const [x, y] = frame.toPage(point);
      doc.circle(x, y, 1.5).fillColor(colour).fill();
    }
  }
  for (const feature of requests) {
    for (const ring of linesOf(feature.geometry)) {
      if (ring.length < 2 || !intersects(bboxOf(ring), frame.extent)) continue;
      strokePath(doc, frame, ring);
      setDash(doc, [15, 3]);
      doc.lineWidth(2).strokeColor(requestPolygonColour).stroke().undash();
    }
  }
}

function drawMarkers(doc: Doc, frame: MapFrame, markers: readonly Marker[]): void {
  doc.font('Helvetica-Bold').fontSize(7);
  for (const marker of markers) {
    const [x, y] = frame.toPage(marker.position);
    doc.circle(x, y, 7).lineWidth(1).fillAndStroke(markerColour, '#ffffff');
    doc.fillColor('#ffffff').text(String(marker.number), x - 7, y - 2.5, { width: 14, align: 'center' });
  }
}

function drawNorthArrow(doc: Doc, box: PageBox): void {
  const x = box.x + box.width - 18;
  const y = box.y + 10;
  doc
    .polygon([x, y], [x + 6, y + 18], [x, y + 14], [x - 6, y + 18])
    .fillColor('#000000')
    .fill();
  doc
    .font('Helvetica-Bold')
    .fontSize(8)
    .text('N', x - 5, y + 20, { width: 10, align: 'center' });
}

function drawScaleBar(doc: Doc, frame: MapFrame, box: PageBox): void {
  const bar = scaleBar(frame.scale, 120);
  const x = box.x + 10;
  const y = box.y + box.height - 16;
  doc
    .rect(x - 4, y - 12, bar.width + 8, 22)
    .fillColor('#ffffff')
    .fillOpacity(0.8)
    .fill()
    .fillOpacity(1);
  doc
    .rect(x, y, bar.width / 2, 4)
    .fillColor('#000000')
    .fill();
  doc
    .rect(x + bar.width / 2, y, bar.width / 2, 4)
    .lineWidth(0.5)
    .strokeColor('#000000')
    .stroke();
  doc.rect(x, y, bar.width, 4).stroke();
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor('#000000')
    .text('0', x - 2, y - 10);
  doc.text(bar.label, x + bar.width - 20, y - 10, { width: 40, align: 'center' });
}

/** The extract: clipped to its box, with a frame, the numbered markers, a north arrow and a scale bar. */
export function drawMapExtract(
  doc: Doc,
  frame: MapFrame,
  box: PageBox,
  features: readonly ReportFeature[],
  markers: readonly Marker[],
): void {
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).clip();
  drawFeatures(doc, frame, features);
  drawMarkers(doc, frame, markers);
  doc.restore();
  drawNorthArrow(doc, box);
  drawScaleBar(doc, frame, box);
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.75).strokeColor('#444444').stroke();
}
