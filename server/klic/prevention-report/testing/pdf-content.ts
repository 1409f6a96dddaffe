import { crc32, deflateSync, inflateSync } from 'node:zlib';

// Reading back what the prevention report wrote, without a PDF library: pdfkit compresses each content
// stream with Flate and writes text as hex strings in TJ arrays (Windows-1252 for the standard fonts).

// Node's TextDecoder treats windows-1252 as Latin-1, so the 0x80–0x9F range is mapped here (· = unused).
const high = '€·‚ƒ„…†‡ˆ‰Š‹Œ·Ž··‘’“”•–—˜™š›œ·žŸ';
const decode = (bytes: Buffer) =>
  [...bytes]
    .map((byte) => (byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] : String.fromCharCode(byte)))
    .join('');

/** The inflated streams of a PDF (page contents, image data); streams that are not Flate are skipped. */
export function pdfStreams(pdf: Buffer): Buffer[] {
  const streams: Buffer[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', from);
    if (start === -1) return streams;
    const end = pdf.indexOf('\nendstream', start);
    if (end === -1) return streams;
    try {
      streams.push(inflateSync(pdf.subarray(start + 'stream\n'.length, end)));
    } catch {
      // Not Flate (e.g. a JPEG): no text in there.
    }
    from = end + '\nendstream'.length;
  }
}

/** Every text-showing operation of the PDF as one string, one per line. */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const stream of pdfStreams(pdf)) {
    const content = stream.toString('latin1');
    for (const match of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(match[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((each) => each[1]).join('');
      lines.push(decode(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}

/** The stroke colours used (the `r g b SCN` operations), as 0–255 triplets. */
export function strokeColours(pdf: Buffer): Array<[number, number, number]> {
  const colours: Array<[number, number, number]> = [];
  for (const stream of pdfStreams(pdf)) {
    for (const match of stream.toString('latin1').matchAll(/([\d.]+) ([\d.]+) ([\d.]+) SCN/g)) {
      colours.push([1, 2, 3].map((i) => Math.round(Number(match[i]) * 255)) as [number, number, number]);
    }
  }
  return colours;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small solid-colour RGB PNG: a photo as the field app could send it. */
export function aPng(width = 8, height = 6, rgb: [number, number, number] = [200, 40, 40]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
