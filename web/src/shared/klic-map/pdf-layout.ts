/** Paper, scale and scale-bar maths of the PDF export; landscape sheets in millimetres. */
export const paperSizes = { A4: { width: 297, height: 210 }, A3: { width: 420, height: 297 } } as const;
export type Paper = keyof typeof paperSizes;

export const exportScales = [250, 500, 1000, 2000] as const;
export type ExportScale = (typeof exportScales)[number];

const marginMm = 10;
/** The strip under the map with meldnummer, scale, scale bar, date and north arrow. */
export const titleBlockMm = 16;
/** Dots per inch of the map image: sharp on paper without making the file huge. */
export const exportDpi = 150;

export type PdfLayout = {
  paper: { width: number; height: number };
  /** Where the map sits on the sheet (mm). */
  map: { x: number; y: number; width: number; height: number };
  /** The ground the map shows (m) at the chosen scale. */
  ground: { width: number; height: number };
  /** The map image in pixels, and the metres per pixel that give the scale. */
  pixels: { width: number; height: number };
  resolution: number;
  scaleBar: { metres: number; lengthMm: number };
};

const niceLengths = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** The longest round length whose bar fits in a quarter of the map's width at this scale. */
export function scaleBarFor(scale: number, mapWidthMm: number): { metres: number; lengthMm: number } {
  const mmPerMetre = 1000 / scale;
  const fitting = niceLengths.filter((metres) => metres * mmPerMetre <= mapWidthMm / 4);
  const metres = fitting.at(-1) ?? 1;
  return { metres, lengthMm: metres * mmPerMetre };
}

export function pdfLayout(paper: Paper, scale: number): PdfLayout {
  const sheet = paperSizes[paper];
  const map = {
    x: marginMm,
    y: marginMm,
    width: sheet.width - 2 * marginMm,
    height: sheet.height - 2 * marginMm - titleBlockMm,
  };
  const ground = { width: (map.width / 1000) * scale, height: (map.height / 1000) * scale };
  const pixels = {
    width: Math.round((map.width / 25.4) * exportDpi),
    height: Math.round((map.height / 25.4) * exportDpi),
  };
  return {
    paper: sheet,
    map,
    ground,
    pixels,
    resolution: ground.width / pixels.width,
    scaleBar: scaleBarFor(scale, map.width),
  };
}

/** "1:500" with Dutch thousands: "1:1.000". */
export function formatScale(scale: number): string {
  return `1:${scale.toLocaleString('nl-NL')}`;
}
