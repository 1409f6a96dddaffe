import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

// Small files of every allowed and some refused kinds, made by hand for the tests: only their first bytes
// and container structure matter.

const padding = Buffer.alloc(600, 0x20);

export const samplePdf = Buffer.concat([
  Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n'),
  padding,
  Buffer.from('%%EOF\n'),
]);
export const sampleJpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
  Buffer.from('JFIF'),
  padding,
]);
export const sampleTiff = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), padding]);
export const sampleTiffBigEndian = Buffer.concat([
  Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]),
  padding,
]);

const oleHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file whose directory names a WordDocument stream, as a Word 97–2003 file does. */
export const sampleDoc = Buffer.concat([
  oleHeader,
  Buffer.alloc(1024),
  Buffer.from('WordDocument', 'utf16le'),
  padding,
]);
/** An OLE compound file without a Word stream, like an Outlook .msg or an old Excel file. */
export const sampleOtherOle = Buffer.concat([
  oleHeader,
  Buffer.alloc(1024),
  Buffer.from('Workbook', 'utf16le'),
  padding,
]);

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return buffer(zip.outputStream);
}

export const sampleDocx = () =>
  zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
export const sampleXlsx = () =>
  zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
