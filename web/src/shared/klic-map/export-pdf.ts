import type OlMap from 'ol/Map';
import { type ExportScale, formatScale, type Paper, pdfLayout } from './pdf-layout';

export type PdfTexts = { title: string; scale: string; date: string; north: string };

/** Renders the map at the size and resolution that give the scale on paper, then puts the size back. */
async function renderAt(map: OlMap, pixels: { width: number; height: number }, resolution: number) {
  const target = map.getTargetElement();
  const view = map.getView();
  const before = { width: target.style.width, height: target.style.height, resolution: view.getResolution() };
  const ratio = window.devicePixelRatio || 1;
  target.style.width = `${pixels.width / ratio}px`;
  target.style.height = `${pixels.height / ratio}px`;
  map.updateSize();
  view.setResolution(resolution * ratio);
  const rendered = new Promise<void>((resolve) => map.once('rendercomplete', () => resolve()));
  map.render();
  await rendered;
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of map.getViewport().querySelectorAll<HTMLCanvasElement>('.ol-layer canvas')) {
    if (layer.width === 0) continue;
    const opacity = (layer.parentNode as HTMLElement).style.opacity || layer.style.opacity;
    context.globalAlpha = opacity === '' ? 1 : Number(opacity);
    const matrix = layer.style.transform
      .match(/^matrix\(([^(]*)\)$/)?.[1]
      ?.split(',')
      .map(Number);
    if (matrix) context.setTransform(...(matrix as [number, number, number, number, number, number]));
    else context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(layer, 0, 0);
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  target.style.width = before.width;
  target.style.height = before.height;
  map.updateSize();
  view.setResolution(before.resolution);
  return canvas;
}

/** The current view centred on a sheet at the chosen scale, with meldnummer, scale bar, date and north arrow. */
export async function exportMapToPdf(
  map: OlMap,
  options: { paper: Paper; scale: ExportScale; fileName: string; texts: PdfTexts },
): Promise<void> {
  const layout = pdfLayout(options.paper, options.scale);
  // jsPDF (with html2canvas and DOMPurify) is loaded only when a PDF is made: it stays out of the map's code.
  const [{ jsPDF }, canvas] = await Promise.all([
    import('jspdf'),
    renderAt(map, layout.pixels, layout.resolution),
  ]);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: options.paper.toLowerCase() });
  const { map: box, paper } = layout;
  pdf.addImage(canvas.toDataURL('image/jpeg', 0.9), 'JPEG', box.x, box.y, box.width, box.height);
  pdf.setLineWidth(0.3);
  pdf.rect(box.x, box.y, box.width, box.height);

  const baseline = box.y + box.height + 9;
  pdf.setFontSize(12);
  pdf.text(options.texts.title, box.x, baseline);
  pdf.setFontSize(9);
  pdf.text(`${options.texts.scale} ${formatScale(options.scale)}`, box.x + 90, baseline);
  pdf.text(options.texts.date, box.x + box.width - 60, baseline);

  // Scale bar: two halves, black and white, with the length under it.
  const barX = box.x + 130;
  const half = layout.scaleBar.lengthMm / 2;
  pdf.setFillColor(0, 0, 0);
  pdf.rect(barX, baseline - 3, half, 2, 'FD');
  pdf.setFillColor(255, 255, 255);
  pdf.rect(barX + half, baseline - 3, half, 2, 'FD');
  pdf.setFontSize(7);
  pdf.text('0', barX, baseline + 2.5, { align: 'center' });
  pdf.text(`${layout.scaleBar.metres} m`, barX + layout.scaleBar.lengthMm, baseline + 2.5, {
    align: 'center',
  });

  // North arrow: RD's grid north is up in the view (the map is never rotated).
  const arrowX = paper.width - 16;
  const arrowY = box.y + 6;
  pdf.setFillColor(0, 0, 0);
  pdf.triangle(arrowX, arrowY, arrowX - 3, arrowY + 9, arrowX + 3, arrowY + 9, 'F');
  pdf.setFontSize(9);
  pdf.text(options.texts.north, arrowX, arrowY + 13, { align: 'center' });
  pdf.save(options.fileName);
}
