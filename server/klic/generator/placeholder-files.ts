import { crc32, deflateSync } from 'node:zlib';
import { escapeXml } from './gml-writer.ts';

/** PDF strings in WinAnsi: Latin-1 stays, anything else becomes '?'; (, ) and \ are escaped. */
const pdfString = (line: string) =>
  line.replace(/[^\u0020-\u00ff]/g, '?').replace(/[()\\]/g, (character) => `\\${character}`);

/** A one-page A4 PDF with the given lines in Helvetica: small, but valid enough for any viewer. */
export function placeholderPdf(lines: readonly string[]): Buffer {
  const text = lines
    .map(
      (line, index) =>
        `BT /F1 ${index === 0 ? 16 : 11} Tf 56 ${780 - index * 22} Td (${pdfString(line)}) Tj ET`,
    )
    .join('\n');
  const content = Buffer.from(text, 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** A light background raster with a faint 16-pixel grid, standing in for the Kadaster's BGT map. */
export function placeholderPng(width = 256, height = 256): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const grid = x % 16 === 0 || y % 16 === 0;
      rows.set(grid ? [220, 220, 214] : [246, 245, 240], row + 1 + x * 3);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The delivery's start page, in the place and role of the Kadaster's `_Startpagina.html`. */
export function startPage(meldnummer: string): Buffer {
  return Buffer.from(
    `<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="UTF-8">\n<title>KLIC-gebiedsinformatie ${escapeXml(meldnummer)}</title>\n</head>\n<body>\n` +
      `<h1>KLIC-gebiedsinformatie ${escapeXml(meldnummer)}</h1>\n` +
      '<p>Dit is een gegenereerde testlevering van Veldwerk. De netinformatie is verzonnen en mag niet worden gebruikt om te graven.</p>\n' +
      '</body>\n</html>\n',
  );
}
